import { describe, expect, it } from 'vitest';
import { generateFacility } from '../../../bench/generate.ts';
import { describeError } from '../../../src/model/result.ts';
import { validatePlan } from '../../../src/model/validate.ts';

describe('bench generator', () => {
  it.each([10, 100])('generateFacility(%i) is a valid plan', (n) => {
    const plan = generateFacility(n);
    const result = validatePlan(JSON.parse(JSON.stringify(plan)));
    // The first errors, readable, when it is refused.
    expect(result.ok ? [] : result.errors.slice(0, 10).map(describeError)).toEqual([]);
  });

  it('has exactly the rooms asked for, on one level, with the mix a center has', () => {
    const plan = generateFacility(100);
    expect(plan.levels).toHaveLength(1);
    const level = plan.levels[0]!;
    expect(level.rooms).toHaveLength(100);
    const uses = new Set(level.rooms.map((r) => r.use));
    for (const use of ['corridor', 'child-care', 'bathroom', 'kitchen', 'office', 'storage', 'mechanical'] as const) expect(uses).toContain(use);
    const ages = new Set(level.rooms.flatMap((r) => r.ages ?? []));
    expect([...ages].sort()).toEqual(['infant', 'preschool', 'schoolAge', 'toddler', 'two']);
    expect(level.rooms.some((r) => r.polygon.length >= 8 && r.use !== 'corridor')).toBe(true);
    expect(level.doors.some((d) => d.rooms[1] === 'outside')).toBe(true);
    expect(level.items.filter((i) => i.type === 'crib').every((i) => i.size?.[0] === 30 && i.size[1] === 55)).toBe(true);
    expect(plan.facility).toMatchObject({ kind: 'center', licensing: 'new' });
    expect(plan.site?.playAreas?.length).toBeGreaterThan(0);
  });

  it('is deterministic for a seed and varies with it', () => {
    expect(generateFacility(100, 7)).toEqual(generateFacility(100, 7));
    expect(generateFacility(100, 7)).not.toEqual(generateFacility(100, 8));
  });
});
