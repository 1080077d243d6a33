import type { LocalizedText } from '@kakanai/contracts';
import { localized } from '@kakanai/ui';
import { useTranslation } from 'react-i18next';

/** "What to bring" as a checklist. */
export function DocumentsList({
  documents,
  compact = false,
}: {
  documents: LocalizedText[];
  compact?: boolean;
}) {
  const { i18n } = useTranslation();
  return (
    <ul className={compact ? 'documents-list documents-list--compact' : 'documents-list'}>
      {documents.map((document) => (
        <li key={document.ja}>{localized(document, i18n.language)}</li>
      ))}
    </ul>
  );
}
