import type { Procedure } from '@kakanai/contracts';
import { compileAnswersSchema, compilePersonSchema, personFieldsUsed } from '@kakanai/domain';
import { DomainError } from '../../domain-error.ts';
import type { ProcedureCatalog } from '../catalog/procedures.ts';

export interface ApplicationInput {
  procedureIds: readonly string[];
  person?: Record<string, unknown> | undefined;
  answers?: Record<string, Record<string, unknown>> | undefined;
}

export interface CheckedApplication {
  procedures: Procedure[];
  /** Normalised values (katakana, 123-4567, phone digits); hidden answers dropped. */
  person: Record<string, unknown>;
  answers: Record<string, Record<string, unknown>>;
  /** Every required field of every procedure is filled. */
  complete: boolean;
}

/**
 * Validates the person once and every procedure's answers with the same compiled schemas as the
 * browser and the PDF: pre-entry at home and the visit at the window. `partial` saves unfinished
 * work, skipping only "required"; anything else wrong throws validation_failed with every path.
 */
export function checkApplication(
  catalog: ProcedureCatalog,
  input: ApplicationInput,
  { partial }: { partial: boolean },
): CheckedApplication {
  const procedures = [...new Set(input.procedureIds)].map((id) => catalog.get(id));
  const required = personFieldsUsed(procedures.map((p) => p.definition));
  const errors: { path: string; message: string }[] = [];
  const person = compilePersonSchema({ partial, required }).safeParse(input.person ?? {});
  if (!person.success) {
    for (const issue of person.error.issues)
      errors.push({ path: ['person', ...issue.path].join('.'), message: issue.message });
  }
  const personValues = person.success ? person.data : {};
  const answers: Record<string, Record<string, unknown>> = {};
  let complete = person.success && compilePersonSchema({ required }).safeParse(personValues).success;
  for (const procedure of procedures) {
    const given = input.answers?.[procedure.id] ?? {};
    const parsed = compileAnswersSchema(procedure.definition, { partial, person: personValues }).safeParse(
      given,
    );
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push({ path: ['answers', procedure.id, ...issue.path].join('.'), message: issue.message });
      }
      continue;
    }
    answers[procedure.id] = parsed.data;
    if (partial && complete)
      complete = compileAnswersSchema(procedure.definition, { person: personValues }).safeParse(
        given,
      ).success;
  }
  if (errors.length > 0) throw new DomainError('validation_failed', undefined, errors);
  return { procedures, person: personValues, answers, complete: complete && procedures.length > 0 };
}

/** The paths of the required fields still empty, for telling staff what to fill before sending. */
export function missingFields(catalog: ProcedureCatalog, input: ApplicationInput) {
  try {
    checkApplication(catalog, input, { partial: false });
    return [];
  } catch (error) {
    if (error instanceof DomainError && error.errors) return error.errors;
    throw error;
  }
}
