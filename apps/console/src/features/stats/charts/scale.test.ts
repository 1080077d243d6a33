import { describe, expect, it } from 'vitest';
import { labelStride, linearScale, niceTicks } from './scale.ts';

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 times a power of ten, from zero to at least the maximum', () => {
    expect(niceTicks(87)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(0.9)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(1234, 4)).toEqual([0, 500, 1000, 1500]);
  });

  it('counts people in whole numbers', () => {
    expect(niceTicks(3, 5, { integer: true })).toEqual([0, 1, 2, 3]);
  });

  it('still draws an axis with no data', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe('linearScale', () => {
  it('maps zero to the start and the maximum to the end, either way round', () => {
    const y = linearScale(100, 200, 0);
    expect(y(0)).toBe(200);
    expect(y(50)).toBe(100);
    expect(y(100)).toBe(0);
  });
});

describe('labelStride', () => {
  it('labels every hour when they fit, else every 2nd, 3rd …', () => {
    expect(labelStride(10, 600, 40)).toBe(1);
    expect(labelStride(24, 300, 40)).toBe(4);
    expect(labelStride(365, 700, 60)).toBe(34);
  });
});
