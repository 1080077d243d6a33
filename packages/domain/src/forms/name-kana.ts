import type { FieldDefinition } from './types.ts';

/**
 * Puts each kana field with the name it reads: the person's name and nameKana, ids like
 * name/nameKana, or a kana field right after (failing that, right before) a text field. The kana
 * field gets no cell of its own: the PDF and the counter tablet print its value small above the name.
 */
export function pairNamesWithKana(
  fields: readonly FieldDefinition[],
): { field: FieldDefinition; kana?: FieldDefinition }[] {
  const isKana = (field: FieldDefinition) => field.type === 'kana' || field.person === 'nameKana';
  const isName = (field: FieldDefinition) => field.type === 'text' && field.person !== 'nameKana';
  const kanaOf = new Map<FieldDefinition, FieldDefinition>();
  const paired = new Set<FieldDefinition>();
  const pair = (name: FieldDefinition | undefined, kana: FieldDefinition | undefined) => {
    if (!name || !kana || paired.has(name) || paired.has(kana) || !isName(name) || !isKana(kana)) return;
    kanaOf.set(name, kana);
    paired.add(name).add(kana);
  };
  pair(
    fields.find((field) => field.person === 'name'),
    fields.find((field) => field.person === 'nameKana'),
  );
  for (const name of fields) {
    const ids = [`${name.id}Kana`, `${name.id}_kana`];
    pair(
      name,
      fields.find((field) => ids.includes(field.id)),
    );
  }
  fields.forEach((field, index) => {
    if (!isKana(field) || paired.has(field)) return;
    const before = fields[index - 1];
    if (before && isName(before) && !paired.has(before)) pair(before, field);
    else pair(fields[index + 1], field);
  });
  return fields
    .filter((field) => !paired.has(field) || kanaOf.has(field))
    .map((field) => ({ field, kana: kanaOf.get(field) }));
}
