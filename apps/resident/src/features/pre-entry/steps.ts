import type { TFunction } from 'i18next';

/** The steps of a pre-entry: the person once, each procedure's form, then the review. */
export type PreEntryStep = 'person' | 'review' | { procedureId: string };

export function stepPath(step: PreEntryStep): string {
  return `/pre-entry/form/${typeof step === 'string' ? step : encodeURIComponent(step.procedureId)}`;
}

export function stepsOf(procedureIds: readonly string[]): PreEntryStep[] {
  return ['person', ...procedureIds.map((procedureId) => ({ procedureId })), 'review'];
}

const sameStep = (a: PreEntryStep, b: PreEntryStep) =>
  typeof a === 'string' || typeof b === 'string' ? a === b : a.procedureId === b.procedureId;

/** "ステップ 2/5". */
export function stepCaption(t: TFunction<'pre-entry'>, procedureIds: readonly string[], step: PreEntryStep) {
  const steps = stepsOf(procedureIds);
  return t('steps.caption', { current: steps.findIndex((s) => sameStep(s, step)) + 1, total: steps.length });
}

export function nextStep(procedureIds: readonly string[], step: PreEntryStep): PreEntryStep {
  const steps = stepsOf(procedureIds);
  return steps[steps.findIndex((s) => sameStep(s, step)) + 1] ?? 'review';
}

export function previousStep(procedureIds: readonly string[], step: PreEntryStep): PreEntryStep | undefined {
  const steps = stepsOf(procedureIds);
  return steps[steps.findIndex((s) => sameStep(s, step)) - 1];
}

/** The step an API error path belongs to: 'person.birthDate' → person, 'answers.tennyu.…' → tennyu. */
export function stepOfPath(path: string): PreEntryStep | undefined {
  const [head, procedureId] = path.split('.');
  if (head === 'person') return 'person';
  if (head === 'answers' && procedureId) return { procedureId };
  return undefined;
}

/** What a step is called in links and lists: "あなたの情報", the procedure's name, "確認". */
export function stepName(
  t: TFunction<'pre-entry'>,
  step: PreEntryStep,
  procedureName: (procedureId: string) => string | undefined,
): string {
  if (step === 'person') return t('person.title');
  if (step === 'review') return t('review.title');
  return procedureName(step.procedureId) ?? step.procedureId;
}
