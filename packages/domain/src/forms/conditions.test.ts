import { describe, expect, it } from 'vitest';
import { evaluateCondition, isFilled, withPerson } from './conditions.ts';

describe('evaluateCondition', () => {
  const values = { moving: 'yes', members: 3, reasons: ['job', 'school'], agreed: true, note: '  ' };

  it('compares equals strictly', () => {
    expect(evaluateCondition({ field: 'moving', equals: 'yes' }, values)).toBe(true);
    expect(evaluateCondition({ field: 'moving', equals: 'no' }, values)).toBe(false);
    expect(evaluateCondition({ field: 'members', equals: 3 }, values)).toBe(true);
    expect(evaluateCondition({ field: 'members', equals: '3' }, values)).toBe(false);
    expect(evaluateCondition({ field: 'agreed', equals: true }, values)).toBe(true);
  });

  it('matches in against a value, or any ticked option of a list', () => {
    expect(evaluateCondition({ field: 'moving', in: ['yes', 'maybe'] }, values)).toBe(true);
    expect(evaluateCondition({ field: 'members', in: [1, 2] }, values)).toBe(false);
    expect(evaluateCondition({ field: 'reasons', in: ['school', 'care'] }, values)).toBe(true);
    expect(evaluateCondition({ field: 'reasons', in: ['care'] }, values)).toBe(false);
  });

  it('counts non-blank text, non-empty lists, true and numbers as filled', () => {
    expect(evaluateCondition({ field: 'moving', filled: true }, values)).toBe(true);
    expect(evaluateCondition({ field: 'note', filled: true }, values)).toBe(false);
    expect(evaluateCondition({ field: 'note', filled: false }, values)).toBe(true);
    expect([0, true, ['a'], 'x'].every(isFilled)).toBe(true);
    expect([false, [], '', ' \u3000', null, undefined, {}].some(isFilled)).toBe(false);
  });

  it('never matches a missing field, but its negation holds', () => {
    expect(evaluateCondition({ field: 'absent', equals: 'yes' }, values)).toBe(false);
    expect(evaluateCondition({ field: 'absent', in: ['yes'] }, values)).toBe(false);
    expect(evaluateCondition({ field: 'absent', filled: true }, values)).toBe(false);
    expect(evaluateCondition({ field: 'absent', filled: false }, values)).toBe(true);
    expect(evaluateCondition({ not: { field: 'absent', equals: 'yes' } }, values)).toBe(true);
    // Inherited properties are not answers.
    expect(evaluateCondition({ field: 'constructor', filled: true }, values)).toBe(false);
  });

  it('combines all, any and not, nested', () => {
    const condition = {
      all: [
        { field: 'moving', equals: 'yes' },
        { any: [{ field: 'members', equals: 1 }, { not: { field: 'reasons', in: ['care'] } }] },
      ],
    };
    expect(evaluateCondition(condition, values)).toBe(true);
    expect(evaluateCondition(condition, { ...values, reasons: ['care'] })).toBe(false);
    expect(evaluateCondition(condition, { ...values, reasons: ['care'], members: 1 })).toBe(true);
  });

  it('reads the person data as person.<field>', () => {
    const withBirth = withPerson({ moving: 'yes' }, { birthDate: '1990-04-01' });
    expect(evaluateCondition({ field: 'person.birthDate', filled: true }, withBirth)).toBe(true);
    expect(evaluateCondition({ field: 'person.sex', filled: true }, withBirth)).toBe(false);
  });
});
