// Each procedure's form as it will be printed, as data for the review screen: the sections and
// fields the PDF prints for these answers (apps/server/src/modules/visits/pdf/form-layout.ts),
// each value with the path a "this is wrong" mark sends back to staff.
import type { Answers, Person, Procedure } from '@kakanai/contracts';
import {
  type FieldDefinition,
  type FormDefinition,
  pairNamesWithKana,
  type SectionDefinition,
  type Values,
  visibleFields,
  visibleValues,
  withPerson,
} from '@kakanai/domain';

/** One value as printed, and what marking it as wrong flags. */
export interface ReviewValue {
  /** The value's path on the visit (`person.name`, `answers.juminhyo.copies`): a mark's identity. */
  path: string;
  /** Paths flagged together with it: the reading printed above a name is part of the name's cell. */
  paths: string[];
  field: FieldDefinition;
  value: unknown;
  /** The reading printed small above the value (a name's furigana). */
  kana?: { field: FieldDefinition; value: unknown } | undefined;
}

export type ReviewRow =
  | { kind: 'value'; item: ReviewValue }
  /** A repeated block (people moving together): each row with the fields shown for it. */
  | { kind: 'group'; field: FieldDefinition; path: string; rows: ReviewValue[][] };

export interface ReviewSection {
  section: SectionDefinition;
  rows: ReviewRow[];
}

export interface ReviewForm {
  procedure: Procedure;
  sections: ReviewSection[];
}

/** `person.<field>` for a value the form takes from the person data, else `answers.<procedure>.<field>`. */
export function valuePath(procedureId: string, field: FieldDefinition): string {
  return field.person ? `person.${field.person}` : `answers.${procedureId}.${field.id}`;
}

/** The path of a field in one row of a group: `answers.<procedure>.<group>.<row>.<field>`. */
export function rowValuePath(
  procedureId: string,
  group: FieldDefinition,
  row: number,
  field: FieldDefinition,
) {
  return `answers.${procedureId}.${group.id}.${row}.${field.id}`;
}

/** The form's visible sections for this person and these answers, in print order. */
export function reviewForm(procedure: Procedure, person: Person, answers: Answers): ReviewForm {
  const own = answers[procedure.id] ?? {};
  const values = withPerson(own, person);
  const visible = new Set(visibleFields(procedure.definition, values).map(({ field }) => field));
  const formValues = visibleValues(procedure.definition, values);
  const printedValue = (field: FieldDefinition) =>
    (field.person ? person[field.person] : undefined) ?? own[field.id];

  const sections: ReviewSection[] = [];
  for (const section of procedure.definition.sections) {
    const fields = section.fields.filter((field) => visible.has(field));
    if (fields.length === 0) continue;
    const rows: ReviewRow[] = pairNamesWithKana(fields).map(({ field, kana }): ReviewRow => {
      if (field.type === 'group') {
        return {
          kind: 'group',
          field,
          path: valuePath(procedure.id, field),
          rows: groupRows(procedure.id, field, own[field.id], formValues),
        };
      }
      const path = valuePath(procedure.id, field);
      const kanaPath = kana ? valuePath(procedure.id, kana) : undefined;
      return {
        kind: 'value',
        item: {
          path,
          paths: kanaPath ? [path, kanaPath] : [path],
          field,
          value: printedValue(field),
          kana: kana ? { field: kana, value: printedValue(kana) } : undefined,
        },
      };
    });
    sections.push({ section, rows });
  }
  return { procedure, sections };
}

function groupRows(
  procedureId: string,
  group: FieldDefinition,
  value: unknown,
  formValues: Values,
): ReviewValue[][] {
  const rows = Array.isArray(value) ? value.filter(isRecord) : [];
  const children = group.fields ?? [];
  // A row is a scope of its own, like a form with one section: its conditions see the row's
  // answers first, then the form's.
  const rowForm: FormDefinition = {
    version: 1,
    title: group.label,
    sections: [{ id: group.id, title: group.label, fields: children }],
  };
  return rows.map((row, index) => {
    const shown = new Set(visibleFields(rowForm, { ...formValues, ...row }).map(({ field }) => field));
    return pairNamesWithKana(children.filter((child) => shown.has(child))).map(({ field, kana }) => {
      const path = rowValuePath(procedureId, group, index, field);
      const kanaPath = kana ? rowValuePath(procedureId, group, index, kana) : undefined;
      return {
        path,
        paths: kanaPath ? [path, kanaPath] : [path],
        field,
        value: row[field.id],
        kana: kana ? { field: kana, value: row[kana.id] } : undefined,
      };
    });
  });
}

/** A value's name in words: its label, with its reading's (氏名・フリガナ). */
export function valueLabel(item: ReviewValue, language: string): string {
  const pick = (text: { ja: string; en: string }) => (language.startsWith('en') ? text.en : text.ja);
  return item.kana ? `${pick(item.field.label)}・${pick(item.kana.field.label)}` : pick(item.field.label);
}

/** Every value of the forms, in reading order; a value printed on two forms is listed once. */
export function reviewValues(forms: readonly ReviewForm[]): ReviewValue[] {
  const seen = new Map<string, ReviewValue>();
  const add = (item: ReviewValue) => {
    if (!seen.has(item.path)) seen.set(item.path, item);
  };
  for (const form of forms) {
    for (const { rows } of form.sections) {
      for (const row of rows) {
        if (row.kind === 'value') add(row.item);
        else if (row.rows.length === 0)
          add({ path: row.path, paths: [row.path], field: row.field, value: [] });
        else for (const items of row.rows) for (const item of items) add(item);
      }
    }
  }
  return [...seen.values()];
}

/**
 * The paths to send for the values the resident marked, in reading order, each once: a marked
 * name brings its reading along, and a value printed on two forms is one correction.
 */
export function flaggedPaths(forms: readonly ReviewForm[], marked: ReadonlySet<string>): string[] {
  const paths = reviewValues(forms)
    .filter((item) => marked.has(item.path))
    .flatMap((item) => item.paths);
  return [...new Set(paths)];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
