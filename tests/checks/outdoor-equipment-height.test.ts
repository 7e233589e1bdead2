import { describe, expect, it } from 'vitest';
import { outdoorEquipmentHeight } from '../../src/checks/outdoor/equipmentHeight.ts';
import { climber, only, outdoorPlan, rect, runCheck } from '../unit/engine/outdoor/plan.ts';

const YARD = { id: 'YARD', name: 'Yard', polygon: rect(0, 0, 1200, 1200), fenceHeight: 48 };
const height = (h: number, licensing: 'new' | 'existing' = 'new') =>
  only(runCheck(outdoorEquipmentHeight, outdoorPlan({ playAreas: [YARD], equipment: [climber('C1', [600, 600], [96, 96], h)] }, { licensing })));

describe('outdoor.equipment-height', () => {
  it('a 5 ft climber passes', () => {
    expect(height(60)).toMatchObject({ id: 'outdoor.equipment-height', citation: '5 CSR 25-500.092(3)(E)', status: 'pass', subject: 'C1', measured: 60, limit: 72, unit: 'in' });
  });

  it('exactly 72" meets the rule (warn: within 5% of the limit)', () => {
    const f = height(72);
    expect(f.status).not.toBe('fail');
    expect(f.status).toBe('warn');
  });

  it('72.1" fails', () => {
    expect(height(72.1)).toMatchObject({ status: 'fail', message: expect.stringMatching(/over the 6 ft/) });
  });

  it('in a facility licensed before the rules, a taller piece is a warn (lawful only if installed before them)', () => {
    expect(height(96, 'existing')).toMatchObject({ status: 'warn', message: expect.stringMatching(/installed before these rules/) });
  });

  it('is n/a without equipment', () => {
    expect(only(runCheck(outdoorEquipmentHeight, outdoorPlan({ playAreas: [YARD] }))).status).toBe('n/a');
    expect(only(runCheck(outdoorEquipmentHeight, outdoorPlan(undefined))).status).toBe('n/a');
  });
});
