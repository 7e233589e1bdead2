import { describe, expect, it } from 'vitest';
import { outdoorPool } from '../../src/checks/outdoor/pool.ts';
import { only, outdoorPlan, rect, runCheck } from '../unit/engine/outdoor/plan.ts';

const pool = (fenceHeight: number, lockedGate: boolean, licensing: 'new' | 'existing' = 'new') =>
  only(runCheck(outdoorPool, outdoorPlan({ pools: [{ id: 'P1', polygon: rect(0, 0, 240, 120), depth: 36, fenceHeight, lockedGate }] }, { licensing })));

describe('outdoor.pool', () => {
  it('a 48" fence with a locked gate passes', () => {
    expect(pool(48, true)).toMatchObject({ id: 'outdoor.pool', citation: '5 CSR 25-500.082(7)(C)', status: 'pass', subject: 'P1', measured: 48, limit: 42 });
  });

  it('exactly 42" with a locked gate meets the rule (warn: within 5%)', () => {
    expect(pool(42, true).status).toBe('warn');
  });

  it('41.9" fails, and so does an unlocked gate', () => {
    expect(pool(41.9, true)).toMatchObject({ status: 'fail', message: expect.stringMatching(/under 42"/) });
    expect(pool(48, false)).toMatchObject({ status: 'fail', message: expect.stringMatching(/gate is not locked/) });
  });

  it('an unfenced pool fails in any facility', () => {
    expect(pool(0, true).status).toBe('fail');
    expect(pool(0, true, 'existing').status).toBe('fail');
  });

  it('a facility licensed before the rules needs the fence; low or unlocked is a warn', () => {
    expect(pool(36, false, 'existing').status).toBe('warn');
    expect(pool(48, true, 'existing').status).toBe('pass');
  });

  it('is n/a without a pool', () => {
    expect(only(runCheck(outdoorPool, outdoorPlan(undefined))).status).toBe('n/a');
  });
});
