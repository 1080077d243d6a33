import type { Procedure } from '@kakanai/contracts';
import { compileAnswersSchema, compilePersonSchema, personFieldsUsed, type Values } from '@kakanai/domain';
import type { PreEntryStep } from './steps.ts';

/** The steps whose answers the full schemas (the server's) would refuse: something required is missing or wrong. */
export function unfinishedSteps(
  work: { person: Values; answers: Record<string, Record<string, unknown>> },
  chosen: Procedure[],
): PreEntryStep[] {
  const steps: PreEntryStep[] = [];
  const used = personFieldsUsed(chosen.map((p) => p.definition));
  if (!compilePersonSchema({ required: used }).safeParse(work.person).success) steps.push('person');
  for (const procedure of chosen) {
    const schema = compileAnswersSchema(procedure.definition, { person: work.person });
    if (!schema.safeParse(work.answers[procedure.id] ?? {}).success)
      steps.push({ procedureId: procedure.id });
  }
  return steps;
}
