import type { FieldSource, Procedure, Visit, VisitFlag, VisitStatus } from '@kakanai/contracts';
import {
  compileAnswersSchema,
  compilePersonSchema,
  PERSON_FIELDS,
  type PersonField,
  personFieldsUsed,
  type Values,
} from '@kakanai/domain';
import { type AnswerValues, isAnswered, personForApi } from '@kakanai/ui/forms';

/**
 * The visit's values as the screen's one react-hook-form holds them. The form's field names are
 * the API's value paths (`person.name`, `answers.juminhyo.copies`), so sources, flags and the
 * server's error paths all point straight at a field.
 */
export interface VisitValues {
  person: Values;
  answers: Record<string, AnswerValues>;
}

/** What a save sends, checked here first with the same partial schemas the server uses. */
export interface VisitSave {
  procedureIds: string[];
  person: Record<string, string>;
  answers: Record<string, AnswerValues>;
}

/** A value the form or the server found wrong: a full value path and the domain's error code. */
export interface ValueIssue {
  path: string;
  message: string;
}

/** The form's values for a visit as the server has it; every chosen procedure has an answers object. */
export function visitValues(visit: Pick<Visit, 'person' | 'answers' | 'procedureIds'>): VisitValues {
  const answers: Record<string, AnswerValues> = structuredClone(visit.answers) as Record<
    string,
    AnswerValues
  >;
  for (const id of visit.procedureIds) answers[id] ??= {};
  return { person: { ...visit.person }, answers };
}

/** What ID cards give: shown in the person block before any procedure is chosen. */
const CARD_FIELDS: readonly PersonField[] = ['name', 'birthDate', 'sex', 'address'];

/**
 * The person fields the screen asks, in the person form's order: those the chosen procedures use
 * (these are required), plus any that already hold a value, plus the card's four while nothing is
 * chosen, so a card read has somewhere to show.
 */
export function personFieldsShown(
  procedures: readonly Procedure[],
  person: Values,
): { fields: PersonField[]; required: PersonField[] } {
  const required = personFieldsUsed(procedures.map((p) => p.definition));
  const fields = PERSON_FIELDS.filter(
    (id) =>
      required.includes(id) ||
      isAnswered(person[id]) ||
      (procedures.length === 0 && CARD_FIELDS.includes(id)),
  );
  return { fields, required };
}

/**
 * Checks the values as a partial save does (formats only; empty required fields are fine) and
 * returns the body, with hidden answers dropped and values normalized — or every issue, by path.
 */
export function checkForSave(
  procedures: readonly Procedure[],
  values: VisitValues,
): { ok: true; save: VisitSave } | { ok: false; issues: ValueIssue[] } {
  const issues: ValueIssue[] = [];
  const required = personFieldsUsed(procedures.map((p) => p.definition));
  const person = compilePersonSchema({ partial: true, required }).safeParse(values.person);
  if (!person.success) {
    for (const issue of person.error.issues) {
      issues.push({ path: ['person', ...issue.path].join('.'), message: issue.message });
    }
  }
  const personValues = person.success ? person.data : values.person;
  const answers: Record<string, AnswerValues> = {};
  for (const procedure of procedures) {
    const parsed = compileAnswersSchema(procedure.definition, {
      partial: true,
      person: personValues,
    }).safeParse(values.answers[procedure.id] ?? {});
    if (parsed.success) answers[procedure.id] = parsed.data;
    else {
      for (const issue of parsed.error.issues) {
        issues.push({ path: ['answers', procedure.id, ...issue.path].join('.'), message: issue.message });
      }
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    save: {
      procedureIds: procedures.map((p) => p.id),
      person: personForApi(personValues as Values),
      answers,
    },
  };
}

/** The badge a value gets: where it came from, `staff` for anything typed here. Empty values get none. */
export function valueSource(
  sources: Visit['sources'],
  path: string,
  value: unknown,
  changedHere: boolean,
): FieldSource | undefined {
  if (!isAnswered(value)) return undefined;
  if (changedHere) return 'staff';
  // The contract: values without an entry were typed by staff.
  return sources[path] ?? 'staff';
}

/** The resident's correction requests still open, by value path (the newest per path). */
export function openFlags(flags: readonly VisitFlag[]): Map<string, VisitFlag> {
  const open = new Map<string, VisitFlag>();
  // Newest first in the contract, so the first seen per path wins.
  for (const flag of flags) if (!flag.resolvedAt && !open.has(flag.path)) open.set(flag.path, flag);
  return open;
}

/** The steps the header shows; `exported` is shown as accepted, with its own note. */
export const VISIT_STEPS = ['draft', 'awaiting_confirmation', 'signed', 'accepted'] as const;

export function stepIndex(status: VisitStatus): number {
  return status === 'exported' ? VISIT_STEPS.length - 1 : VISIT_STEPS.indexOf(status);
}

/** Accepted and exported applications are final: what was signed is what the back office gets. */
export function isEditable(status: VisitStatus): boolean {
  return status !== 'accepted' && status !== 'exported';
}

/** Whether the chosen procedures differ from the saved ones (order matters: it is the PDF's order). */
export function sameProcedures(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/** The 事前入力 code from what a QR scanner or staff typed: the code itself, or a link that ends in it. */
export function draftCodeFromInput(input: string): string {
  const trimmed = input.trim();
  // A scanned come-back link: /pre-entry/<code>#t=… — only the code, never the token.
  const fromLink = /\/pre-entry\/([^/#?\s]+)/.exec(trimmed)?.[1];
  return decodeURIComponent(fromLink ?? trimmed);
}
