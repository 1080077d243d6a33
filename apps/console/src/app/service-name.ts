import type { LocalizedText } from '@kakanai/contracts';
import { localized } from '@kakanai/ui';

/** 「住民異動（転入・転出・転居）」 → 「住民異動」: the name without its explanation, for tight spots. */
export function shortServiceName(name: LocalizedText, language: string): string {
  return localized(name, language)
    .replace(/（[^）]*）$|\s*\([^)]*\)$/, '')
    .trim();
}
