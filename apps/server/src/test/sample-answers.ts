// Plausible answers for any form definition, so tests can cover every procedure in the catalog.

/** Every required field of a procedure filled with a plausible value, from its definition. */
export function fill(definition: { sections: { fields: Field[] }[] }) {
  const answers: Record<string, unknown> = {};
  for (const section of definition.sections)
    for (const field of section.fields) {
      if (field.person) continue;
      answers[field.id] = sample(field);
    }
  return answers;
}
interface Field {
  id: string;
  type: string;
  person?: string;
  options?: { value: string }[];
  fields?: Field[];
  minItems?: number;
  min?: number;
  pattern?: string;
}
function sample(field: Field): unknown {
  switch (field.type) {
    case 'kana':
      return 'ヤマダ ハナコ';
    case 'date':
      return '2026-11-01';
    case 'postal_code':
      return '100-0001';
    case 'phone':
      return '0312345678';
    case 'email':
      return 'taro@example.jp';
    case 'number':
      return Math.max(1, field.min ?? 1);
    case 'select':
    case 'radio':
      return field.options![0]!.value;
    case 'checkbox':
      return field.options ? [field.options[0]!.value] : true;
    case 'group':
      return Array.from({ length: Math.max(1, field.minItems ?? 1) }, () => {
        const row: Record<string, unknown> = {};
        for (const f of field.fields!) row[f.id] = sample(f);
        return row;
      });
    default:
      return field.pattern ? matching(field.pattern) : '記入例';
  }
}

// Shapes the catalog's coded fields take: account numbers, insurer numbers, pension numbers,
// year-months and clock times.
const CODED_SAMPLES = ['1234567', '12345678', '1234567890', '2020-04', '10:30'];

function matching(pattern: string): string {
  const found = CODED_SAMPLES.find((sample) => new RegExp(pattern, 'u').test(sample));
  if (!found) throw new Error(`no sample value matches ${pattern}; add one to CODED_SAMPLES`);
  return found;
}
