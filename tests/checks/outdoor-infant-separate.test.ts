import { describe, expect, it } from 'vitest';
import { outdoorInfantSeparate } from '../../src/checks/outdoor/infantSeparate.ts';
import type { Enrollment, PlayArea } from '../../src/model/schema.ts';
import { only, outdoorPlan, rect, runCheck } from '../unit/engine/outdoor/plan.ts';

const BIG: Enrollment = { infant: 8, toddler: 8, preschool: 40 };
const older: PlayArea = { id: 'BIG', name: 'Big yard', polygon: rect(0, 0, 600, 600), fenceHeight: 48 };
const infants = (polygon = rect(600, 0, 300, 300)): PlayArea => ({ id: 'TOT', name: 'Tot yard', polygon, fenceHeight: 48, infantToddler: true });
const run = (playAreas: PlayArea[], enrollment: Enrollment = BIG, kind: 'center' | 'group-home' = 'center') =>
  only(runCheck(outdoorInfantSeparate, outdoorPlan({ playAreas }, { enrollment, kind })));

describe('outdoor.infant-separate', () => {
  it('a separate infant/toddler yard sharing only a fence line passes', () => {
    expect(run([older, infants()])).toMatchObject({ id: 'outdoor.infant-separate', citation: '5 CSR 25-500.082(6)(B)1', status: 'pass', subject: 'TOT' });
  });

  it('an infant/toddler area overlapping the older children\'s must be scheduled apart: verify', () => {
    expect(run([older, infants(rect(500, 0, 300, 300))])).toMatchObject({ status: 'verify', message: expect.stringMatching(/different times/) });
  });

  it('no area marked for infants and toddlers: verify (the same yard at different times)', () => {
    expect(run([older]).status).toBe('verify');
  });

  it('only the infant/toddler area drawn while older children are in care: verify', () => {
    expect(run([infants()]).status).toBe('verify');
  });

  it('does not apply to a small facility (at most 4 infants/toddlers)', () => {
    const f = run([older], { infant: 2, toddler: 2, preschool: 6 }, 'group-home');
    expect(f.status).toBe('n/a');
    expect(f.message).toMatch(/group home/);
    expect(run([older], { infant: 2, toddler: 2, preschool: 16 }).status).toBe('n/a');
  });

  it('does not apply without infants or toddlers, or without older children', () => {
    expect(run([older], { preschool: 40 }).status).toBe('n/a');
    expect(run([older], { infant: 10, toddler: 10 }).status).toBe('n/a');
  });

  it('reads the ages from the rooms when no enrollment is given', () => {
    const plan = outdoorPlan({ playAreas: [older] }, {}, ['infant', 'preschool']);
    expect(only(runCheck(outdoorInfantSeparate, plan)).status).toBe('verify');
  });
});
