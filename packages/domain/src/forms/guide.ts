import { evaluateCondition, readValue, type Values } from './conditions.ts';
import { type ResolvedScope, resolveScope } from './scope.ts';
import type { Condition } from './types.ts';

// The life-event guide (手続きナビ): a few questions, then rules that pick the procedures. The
// structure mirrors packages/contracts' LifeEvent, which this package must not import.

export interface GuideLifeEvent {
  id: string;
  questions: {
    id: string;
    /** yes_no answers are 'yes' or 'no'; choice answers one of the options' values. */
    kind: 'yes_no' | 'choice';
    options?: { value: string }[] | undefined;
    visibleWhen?: Condition | undefined;
  }[];
  rules: { when?: Condition | undefined; procedures: string[] }[];
}

/** The questions to ask now (visibleWhen over the answers so far). */
export function guideQuestions<E extends GuideLifeEvent>(event: E, answers: Values): E['questions'] {
  const { shown } = resolveGuide(event, answers);
  return event.questions.filter((_, index) => shown[index]) as E['questions'];
}

/** The procedures a life event needs for these answers: every rule whose `when` holds (or has none), in rule order, without duplicates. */
export function guideProcedures(event: GuideLifeEvent, answers: Values): string[] {
  // Answers to questions no longer asked are ignored, as they are for showing questions.
  const { values } = resolveGuide(event, answers);
  const procedures = new Set<string>();
  for (const rule of event.rules) {
    if (rule.when && !evaluateCondition(rule.when, values)) continue;
    for (const procedure of rule.procedures) procedures.add(procedure);
  }
  return [...procedures];
}

/** Whether every visible question has an answer ('yes'/'no', or one of its options). */
export function guideComplete(event: GuideLifeEvent, answers: Values): boolean {
  return guideQuestions(event, answers).every((question) => {
    const answer = readValue(answers, question.id);
    const allowed =
      question.kind === 'yes_no' ? ['yes', 'no'] : question.options?.map((option) => option.value);
    return typeof answer === 'string' && (allowed?.includes(answer) ?? answer.trim() !== '');
  });
}

function resolveGuide(event: GuideLifeEvent, answers: Values): ResolvedScope {
  return resolveScope(
    event.questions.map((question) => ({ id: question.id, conditions: [question.visibleWhen] })),
    answers,
  );
}
