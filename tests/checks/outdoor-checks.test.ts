import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/index.ts';
import { OUTDOOR_CHECKS } from '../../src/checks/outdoor/index.ts';
import { analyzeFacility } from '../../src/engine/facility.ts';
import { outdoorPlan, rect } from '../unit/engine/outdoor/plan.ts';

describe('OUTDOOR_CHECKS', () => {
  it('holds the catalogue ids and citations', () => {
    expect(OUTDOOR_CHECKS.map((c) => [c.id, c.citation])).toEqual([
      ['outdoor.fence', '5 CSR 25-500.082(6)(A)1'],
      ['outdoor.infant-separate', '5 CSR 25-500.082(6)(B)1'],
      ['outdoor.fall-zone', '5 CSR 25-500.082(6)(A)5-8, 500.092(3)(D)'],
      ['outdoor.equipment-height', '5 CSR 25-500.092(3)(E)'],
      ['outdoor.trampoline', '5 CSR 25-500.092(3)(J)'],
      ['outdoor.pool', '5 CSR 25-500.082(7)(C)'],
    ]);
  });

  it('says n/a with a reason for every check when no site is drawn', () => {
    const findings = runChecks(analyzeFacility(outdoorPlan(undefined, { enrollment: { infant: 8, preschool: 40 } })), OUTDOOR_CHECKS);
    expect(findings).toHaveLength(OUTDOOR_CHECKS.length);
    for (const f of findings) {
      expect(f.status).toBe('n/a');
      expect(f.message.length).toBeGreaterThan(10);
    }
  });

  it('runs a whole playground without a check throwing', () => {
    const plan = outdoorPlan(
      {
        playAreas: [
          { id: 'BIG', name: 'Big yard', polygon: rect(0, 0, 1200, 1200), fenceHeight: 48 },
          { id: 'TOT', name: 'Tot yard', polygon: rect(1200, 0, 480, 480), fenceHeight: 42, infantToddler: true },
        ],
        surfaces: [
          { id: 'WC', polygon: rect(0, 0, 1200, 1200), material: 'wood-chips', depth: 9 },
          { id: 'RM', polygon: rect(1200, 0, 480, 480), material: 'rubber-mat' },
        ],
        equipment: [
          { id: 'SW', type: 'swing', at: [300, 250], size: [144, 72], height: 24, pivotHeight: 96 },
          { id: 'SL', type: 'slide', at: [800, 900], size: [144, 36], height: 60, exit: 180, rotation: 0 },
          { id: 'TC', type: 'climber', at: [1440, 240], size: [48, 48], height: 24 },
          { id: 'MT', type: 'mini-trampoline', at: [300, 1000], size: [40, 40], height: 9 },
        ],
        pools: [],
        obstacles: [{ id: 'OAK', name: 'Oak tree', polygon: rect(1100, 1100, 40, 40) }],
      },
      { enrollment: { infant: 8, toddler: 8, preschool: 40 } },
    );
    const findings = runChecks(analyzeFacility(plan), OUTDOOR_CHECKS);
    expect(findings.filter((f) => f.message.includes('could not evaluate'))).toEqual([]);
    const byId = (id: string) => findings.filter((f) => f.id === id).map((f) => [f.subject, f.status]);
    expect(byId('outdoor.fence')).toEqual([['BIG', 'pass'], ['TOT', 'warn']]);
    expect(byId('outdoor.infant-separate')).toEqual([['TOT', 'pass']]);
    expect(byId('outdoor.fall-zone')).toEqual([['SW', 'pass'], ['SL', 'pass'], ['TC', 'warn'], ['MT', 'pass']]);
    expect(byId('outdoor.trampoline')).toEqual([['MT', 'verify']]);
    expect(byId('outdoor.pool')).toEqual([[null, 'n/a']]);
  });
});
