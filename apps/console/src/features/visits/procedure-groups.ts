import type { Procedure, Service } from '@kakanai/contracts';
import { normalizeWidth, toKatakana } from '@kakanai/domain';

export interface ProcedureGroup {
  /** The service that handles these procedures; undefined for those no service of the office handles. */
  service: Service | undefined;
  procedures: Procedure[];
}

/** The catalog by the service that handles each procedure, in the office's service order. */
export function groupByService(
  procedures: readonly Procedure[],
  services: readonly Service[],
): ProcedureGroup[] {
  const groups: ProcedureGroup[] = services.map((service) => ({
    service,
    procedures: procedures.filter((p) => p.serviceCode === service.code),
  }));
  const codes = new Set(services.map((s) => s.code));
  const other = procedures.filter((p) => !codes.has(p.serviceCode));
  if (other.length > 0) groups.push({ service: undefined, procedures: other });
  return groups.filter((group) => group.procedures.length > 0);
}

function fold(text: string): string {
  return toKatakana(normalizeWidth(text)).toLowerCase();
}

/** Whether a procedure matches what staff typed: its name in either language or its code, any width or kana. */
export function matchesSearch(procedure: Procedure, search: string): boolean {
  const words = fold(search).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(
    `${procedure.name.ja} ${procedure.name.en} ${procedure.id} ${procedure.definition.title.ja}`,
  );
  return words.every((word) => haystack.includes(word));
}
