import { describe, expect, it } from 'vitest';
import { analyzeFacility } from '../../../src/engine/facility.ts';
import { roomTravel } from '../../../src/engine/egress/travel.ts';
import { validatePlan } from '../../../src/model/validate.ts';
import type { Plan } from '../../../src/model/schema.ts';

/**
 * A two-storey house: a 20'×20' room upstairs opens into a stair hall that leads down to a 20'×20' room with a
 * door outside. Travel from upstairs runs to the stair, down its slope and on to the exit (087(8)(B)).
 */
function twoStorey(): Plan {
  const stair = (to: string) => ({ to, width: 36, riser: 7, tread: 11, headroom: 84, handrails: 'both' as const, handrailHeight: 36, enclosed: false, outside: false });
  const plan = {
    format: 'safeplan.plan',
    version: 1,
    facility: { name: 'House', kind: 'group-home', licensing: 'existing', sprinklered: false, nighttime: false },
    levels: [
      {
        id: 'L1', name: 'Main', elevation: 0,
        rooms: [
          { id: 'A', name: 'Play room', use: 'child-care', ages: ['preschool'], polygon: [[0, 0], [240, 0], [240, 240], [0, 240]] },
          { id: 'S1', name: 'Stair down', use: 'stair', polygon: [[240, 0], [300, 0], [300, 240], [240, 240]], stair: stair('L2') },
        ],
        doors: [
          { id: 'X', a: [0, 100], b: [0, 136], rooms: ['A', 'outside'], swing: 'outside' },
          { id: 'D1', a: [240, 200], b: [240, 236], rooms: ['A', 'S1'], swing: 'none', kind: 'opening' },
        ],
        windows: [], items: [],
      },
      {
        id: 'L2', name: 'Upstairs', elevation: 112,
        rooms: [
          { id: 'B', name: 'Upper room', use: 'child-care', ages: ['preschool'], polygon: [[0, 0], [240, 0], [240, 240], [0, 240]] },
          { id: 'S2', name: 'Stair up', use: 'stair', polygon: [[240, 0], [300, 0], [300, 240], [240, 240]], stair: stair('L1') },
        ],
        doors: [{ id: 'D2', a: [240, 4], b: [240, 40], rooms: ['B', 'S2'], swing: 'none', kind: 'opening' }],
        windows: [], items: [],
      },
    ],
  };
  const v = validatePlan(plan);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.value;
}

describe('travel between levels by open stairs (087(8))', () => {
  it('carries travel from an upper room down the stair to the exit below', () => {
    const facility = analyzeFacility(twoStorey());
    const below = roomTravel(facility, facility.roomsById.get('A')!);
    const above = roomTravel(facility, facility.roomsById.get('B')!);
    expect(below.exit?.door.id).toBe('X');
    expect(above.exit?.door.id).toBe('D2');
    // Upstairs: from the far corner (0, 240) to the stair door centre (240, 22), then 16 risers of 7" = 112" of
    // rise over 16 × 11" = 176" of run, then from the stair door D1 centre (240, 218) to the exit centre (0, 118).
    const onward = Math.hypot(240, 100);
    const slope = Math.hypot(112, 176);
    const upstairs = Math.hypot(240, 218);
    expect(above.distance).toBeGreaterThanOrEqual(upstairs + slope + onward - 0.01);
    expect(above.distance).toBeLessThan(upstairs + slope + onward + 3);
  });

  it('reports no exit from an upper level whose stair leads nowhere', () => {
    const plan = twoStorey();
    const cut = { ...plan, levels: [plan.levels[0]!, { ...plan.levels[1]!, rooms: plan.levels[1]!.rooms.map((r) => (r.stair ? { ...r, stair: undefined, use: 'other' as const } : r)) }] };
    const facility = analyzeFacility(cut as Plan);
    expect(roomTravel(facility, facility.roomsById.get('B')!).exit).toBeNull();
  });
});
