import { describe, expect, it } from 'vitest';
import { outdoorFence } from '../../src/checks/outdoor/fence.ts';
import type { PlayArea } from '../../src/model/schema.ts';
import { only, outdoorPlan, rect, runCheck } from '../unit/engine/outdoor/plan.ts';

const area = (fenceHeight: number, extra: Partial<PlayArea> = {}): PlayArea => ({ id: 'YARD', name: 'Yard', polygon: rect(0, 0, 600, 300), fenceHeight, ...extra });
const fence = (a: PlayArea, licensing: 'new' | 'existing' = 'new') => only(runCheck(outdoorFence, outdoorPlan({ playAreas: [a] }, { licensing })));

describe('outdoor.fence — a facility licensed under these rules (42")', () => {
  it('a 48" fence passes', () => {
    expect(fence(area(48))).toMatchObject({ id: 'outdoor.fence', citation: '5 CSR 25-500.082(6)(A)1', status: 'pass', subject: 'YARD', measured: 48, limit: 42, unit: 'in' });
  });

  it('a fence of exactly 42" meets the rule (warn: within 5% of the limit)', () => {
    const f = fence(area(42));
    expect(f.status).not.toBe('fail');
    expect(f.status).toBe('warn');
    expect(f.message).toMatch(/meeting the 42"/);
  });

  it('a fence of 41.9" fails', () => {
    const f = fence(area(41.9));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/41.9" high, under the 42"/);
  });

  it('no fence fails', () => {
    expect(fence(area(0))).toMatchObject({ status: 'fail', message: expect.stringMatching(/has no fence/) });
  });

  it('an area used only by school-age children needs no fence', () => {
    expect(fence(area(0, { schoolAgeOnly: true })).status).toBe('n/a');
  });
});

describe('outdoor.fence — a facility licensed before these rules', () => {
  it('any fence meets the rule; under 42" is a warn (a new fence must be 42")', () => {
    expect(fence(area(36), 'existing')).toMatchObject({ status: 'warn', message: expect.stringMatching(/new or replacement fence must be at least 42"/) });
    expect(fence(area(42), 'existing').status).toBe('pass');
  });

  it('no fence still fails', () => {
    expect(fence(area(0), 'existing').status).toBe('fail');
  });
});

describe('outdoor.fence — n/a', () => {
  it('without a play area', () => {
    expect(only(runCheck(outdoorFence, outdoorPlan(undefined))).status).toBe('n/a');
    expect(only(runCheck(outdoorFence, outdoorPlan({ playAreas: [] }))).status).toBe('n/a');
  });

  it('one finding per play area', () => {
    const findings = runCheck(outdoorFence, outdoorPlan({ playAreas: [area(48), { ...area(30), id: 'B', polygon: rect(700, 0, 300, 300) }] }));
    expect(findings.map((f) => [f.subject, f.status])).toEqual([['YARD', 'pass'], ['B', 'fail']]);
  });
});
