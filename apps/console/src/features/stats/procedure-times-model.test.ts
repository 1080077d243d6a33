import type { ProcedureStatsResponse, ProcedureTimes } from '@kakanai/contracts';
import { describe, expect, it } from 'vitest';
import {
  barScaleMinutes,
  longestStep,
  procedureTimeRows,
  slowestProcedure,
  stepSegments,
} from './procedure-times-model.ts';

const times = (applications: number, mean: number, steps: [number, number, number]): ProcedureTimes => ({
  applications,
  minutes: { count: applications, mean, p50: Math.floor(mean), p90: Math.floor(mean * 2), max: mean * 3 },
  steps: { preparationMean: steps[0], signingMean: steps[1], acceptanceMean: steps[2] },
});

function response(): ProcedureStatsResponse {
  return {
    officeId: 'main',
    from: '2026-11-01',
    to: '2026-11-30',
    total: times(40, 9, [5, 3, 1]),
    byProcedure: [
      { procedureId: 'juminhyo', ...times(30, 5, [2.5, 2, 0.5]) },
      { procedureId: 'tennyu', ...times(10, 23, [12, 7, 4]) },
      { procedureId: 'old_form', ...times(2, 40, [20, 10, 10]) },
    ],
  };
}

const names: Record<string, string> = { juminhyo: '住民票の写し等の交付請求', tennyu: '転入届' };

describe('time per procedure', () => {
  it('names the procedures from the catalog, by id when it no longer has them', () => {
    const { rows, total } = procedureTimeRows(response(), (id) => names[id], 'すべての申請');
    expect(rows.map((r) => r.name)).toEqual(['住民票の写し等の交付請求', '転入届', 'old_form']);
    expect(rows[1]).toEqual({
      procedureId: 'tennyu',
      name: '転入届',
      applications: 10,
      mean: 23,
      p50: 23,
      p90: 46,
      steps: { preparation: 12, signing: 7, acceptance: 4 },
    });
    expect(total).toMatchObject({ procedureId: '', name: 'すべての申請', applications: 40, mean: 9 });
  });

  it('draws every bar on one round scale, its steps side by side and adding up to the mean', () => {
    const { rows, total } = procedureTimeRows(response(), (id) => names[id], '');
    const scale = barScaleMinutes([...rows, total]);
    expect(scale).toBe(40);
    const tennyu = stepSegments(rows[1]!, scale, 200);
    expect(tennyu.map((s) => s.step)).toEqual(['preparation', 'signing', 'acceptance']);
    expect(tennyu[0]).toEqual({ step: 'preparation', x: 0, width: 60 });
    expect(tennyu[1]!.x).toBeCloseTo(60);
    expect(tennyu[2]!.x + tennyu[2]!.width).toBeCloseTo((23 / 40) * 200);
    // A step that took no time has no segment.
    const quick = { ...rows[0]!, steps: { preparation: 2, signing: 0, acceptance: 1 } };
    expect(stepSegments(quick, scale, 200).map((s) => s.step)).toEqual(['preparation', 'acceptance']);
  });

  it('names the slowest procedure only among those with enough applications, and the longest step', () => {
    const { rows, total } = procedureTimeRows(response(), (id) => names[id], '');
    expect(slowestProcedure(rows)?.procedureId).toBe('tennyu');
    expect(slowestProcedure(rows, 50)).toBeUndefined();
    expect(longestStep(total)).toBe('preparation');
    expect(longestStep({ ...total, steps: { preparation: 1, signing: 4, acceptance: 2 } })).toBe('signing');
  });
});
