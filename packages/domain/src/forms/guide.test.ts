import { describe, expect, it } from 'vitest';
import { type GuideLifeEvent, guideComplete, guideProcedures, guideQuestions } from './guide.ts';

const moving: GuideLifeEvent = {
  id: 'moving-in',
  questions: [
    { id: 'fromAbroad', kind: 'yes_no' },
    { id: 'withChildren', kind: 'yes_no', visibleWhen: { field: 'fromAbroad', equals: 'no' } },
    {
      id: 'childAge',
      kind: 'choice',
      options: [{ value: 'preschool' }, { value: 'school' }],
      visibleWhen: { field: 'withChildren', equals: 'yes' },
    },
  ],
  rules: [
    { procedures: ['tennyu', 'kokuho'] },
    { when: { field: 'fromAbroad', equals: 'yes' }, procedures: ['tennyu-kokugai'] },
    { when: { field: 'withChildren', equals: 'yes' }, procedures: ['jido-teate', 'kokuho'] },
    { when: { field: 'childAge', equals: 'school' }, procedures: ['tengaku'] },
  ],
};

const ids = (answers: Record<string, unknown>) =>
  guideQuestions(moving, answers).map((question) => question.id);

describe('guideQuestions', () => {
  it('asks the questions whose conditions hold for the answers so far', () => {
    expect(ids({})).toEqual(['fromAbroad']);
    expect(ids({ fromAbroad: 'no' })).toEqual(['fromAbroad', 'withChildren']);
    expect(ids({ fromAbroad: 'no', withChildren: 'yes' })).toEqual([
      'fromAbroad',
      'withChildren',
      'childAge',
    ]);
  });

  it('drops follow-ups of a changed answer, however deep', () => {
    expect(ids({ fromAbroad: 'yes', withChildren: 'yes', childAge: 'school' })).toEqual(['fromAbroad']);
  });
});

describe('guideProcedures', () => {
  it('applies rules without a condition, and those whose condition holds, in order, once each', () => {
    expect(guideProcedures(moving, {})).toEqual(['tennyu', 'kokuho']);
    expect(guideProcedures(moving, { fromAbroad: 'no', withChildren: 'yes', childAge: 'school' })).toEqual([
      'tennyu',
      'kokuho',
      'jido-teate',
      'tengaku',
    ]);
  });

  it('ignores answers to questions no longer asked', () => {
    expect(guideProcedures(moving, { fromAbroad: 'yes', withChildren: 'yes', childAge: 'school' })).toEqual([
      'tennyu',
      'kokuho',
      'tennyu-kokugai',
    ]);
  });
});

describe('guideComplete', () => {
  it('is true once every asked question has a valid answer', () => {
    expect(guideComplete(moving, {})).toBe(false);
    expect(guideComplete(moving, { fromAbroad: 'yes' })).toBe(true);
    expect(guideComplete(moving, { fromAbroad: 'no', withChildren: 'yes' })).toBe(false);
    expect(guideComplete(moving, { fromAbroad: 'no', withChildren: 'yes', childAge: 'college' })).toBe(false);
    expect(guideComplete(moving, { fromAbroad: 'no', withChildren: 'yes', childAge: 'preschool' })).toBe(
      true,
    );
    expect(guideComplete(moving, { fromAbroad: 'maybe' })).toBe(false);
  });
});
