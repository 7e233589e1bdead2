/**
 * The travel-distance engine against geodesics worked by hand (checks.md, Measurement methods, Travel distance: the
 * shortest path inside the walkable area keeping 12 in from reflex corners, door jambs and floor items, ending at the
 * centre of the exit door; "within 1% or 3 in of the exact geodesic, whichever is larger").
 *
 * The exact figures are computed here independently of the engine: a taut string around a sequence of 12 in
 * clearance circles (tangent segments and arcs, solved in closed form), or — round a rectangular item — the shorter
 * chain of the convex hull of the two ends and the item grown by 12 in.
 */
import { analyzeFacility, type Facility, type RoomInfo } from '../../../../src/engine/facility.ts';
import { levelNavigation, roomTravel } from '../../../../src/engine/egress/travel.ts';
import type { Plan } from '../../../../src/model/schema.ts';
import { engineDisagrees, settledReading } from '../../../checks/checkTester.ts';
import { aroundConvex, end, tautPath, type Pt } from '../../../checks/exactGeodesic.ts';
import { plan } from '../../../checks/planBuilder.ts';

/** An end of the string. */
const point = end;

/** The corners of a w × d footprint centred at c, rotated `deg` (as the plan draws items), grown by r and sampled. */
function grownItem(c: Pt, w: number, d: number, deg: number, r: number): Pt[] {
  const t = (deg * Math.PI) / 180;
  const out: Pt[] = [];
  for (const [sx, sy] of [[-1, -1], [1, -1], [1, 1], [-1, 1]] as const) {
    const x = (sx * w) / 2;
    const y = (sy * d) / 2;
    const corner: Pt = [c[0] + x * Math.cos(t) - y * Math.sin(t), c[1] + x * Math.sin(t) + y * Math.cos(t)];
    for (let k = 0; k < 720; k++) {
      const a = (2 * Math.PI * k) / 720;
      out.push([corner[0] + r * Math.cos(a), corner[1] + r * Math.sin(a)]);
    }
  }
  return out;
}

/** The catalogue's tolerance, in inches: 1% or 3 in of the exact figure, whichever is larger. */
const tolerance = (exact: number) => Math.max(0.01 * exact, 3);

function travel(p: Plan, roomId: string, from: Pt): { facility: Facility; room: RoomInfo; distance: number; points: readonly Pt[] } {
  const facility = analyzeFacility(p);
  const room = facility.roomsById.get(roomId)!;
  const nav = levelNavigation(facility, room.level);
  const found = nav.travelFrom([from[0], from[1]], room);
  return { facility, room, distance: found?.distance ?? Infinity, points: found?.points ?? [] };
}

/**
 * Within the catalogue's tolerance of the exact figure. Round corners and jambs, where the engine keeps the full 12 in
 * on circumscribed polygons, it also promises (navigation.ts) never to come out short; round items it keeps 11 in
 * (obstacles.ts ITEM_CLEARANCE), so there only the tolerance holds.
 */
function expectNearExact(distance: number, exact: number, o: { neverShort?: boolean } = { neverShort: true }): void {
  const label = `engine ${distance.toFixed(2)}", exact ${exact.toFixed(2)}"`;
  if (o.neverShort) expect(distance, label).toBeGreaterThanOrEqual(exact - 1e-6);
  expect(Math.abs(distance - exact), label).toBeLessThanOrEqual(tolerance(exact));
}

const center = () => plan({ kind: 'center', licensing: 'new' });

describe('travel distance against hand-computed geodesics', () => {
  it('the taut-string helper agrees with the catalogue: L-room 53.37 ft wrapping the corner, 53.18 ft hugging it', () => {
    const wrap = tautPath([point([480, 0]), { c: [240, 240], r: 12, s: -1 }, point([62, 480])]);
    expect(wrap / 12).toBeCloseTo(53.37, 2);
    expect(tautPath([point([480, 0]), { c: [240, 240], r: 0, s: -1 }, point([62, 480])]) / 12).toBeCloseTo(53.18, 2);
    expect(() => tautPath([point([480, 0]), { c: [240, 240], r: 12, s: 1 }, point([62, 480])])).toThrow(/wrong side/);
  });

  describe("the catalogue's L-shaped room (40 × 40 ft less a 20 × 20 ft quarter; exit centred 34'-10\" from the far wall)", () => {
    const L = () =>
      center()
        .room('L', { ages: ['preschool'], polygon: [[0, 0], [480, 0], [480, 240], [240, 240], [240, 480], [0, 480]] })
        .exit('x', 'L', { a: [44, 480], b: [80, 480] })
        .build();
    const exact = tautPath([point([480, 0]), { c: [240, 240], r: 12, s: -1 }, point([62, 480])]);

    it('from the far corner the path wraps the inside corner at 12 in: 53.37 ft', () => {
      const t = travel(L(), 'L', [480, 0]);
      expectNearExact(t.distance, exact);
      expect(t.points[0]).toEqual([480, 0]);
      expect(t.points[t.points.length - 1]).toEqual([62, 480]);
    });

    it('the most remote point found is that far corner, at that distance', () => {
      const facility = analyzeFacility(L());
      const t = roomTravel(facility, facility.roomsById.get('L')!);
      expect(t.worstPoint).toEqual([480, 0]);
      expectNearExact(t.distance, exact);
    });

    it('a point in sight of the exit is a straight line away', () => {
      const t = travel(L(), 'L', [0, 0]);
      expect(t.distance).toBeCloseTo(Math.hypot(62, 480), 6);
    });
  });

  it('a Z-shaped room: the path wraps two inside corners on opposite sides (an inner tangent between them)', () => {
    // Top bar x 0..360 / y 0..120, middle x 240..360 / y 0..360, bottom bar x 240..600 / y 240..360; exit centred on the
    // east wall at (600, 300). From (0, 0) the path passes north-east of (240, 120), then south-west of (360, 240).
    const p = center()
      .room('Z', { ages: ['preschool'], polygon: [[0, 0], [360, 0], [360, 240], [600, 240], [600, 360], [240, 360], [240, 120], [0, 120]] })
      .exit('x', 'Z', { a: [600, 282], b: [600, 318] })
      .build();
    const exact = tautPath([point([0, 0]), { c: [240, 120], r: 12, s: 1 }, { c: [360, 240], r: 12, s: -1 }, point([600, 300])]);
    // Sanity: longer than the polyline through both corners (the path swings 12 in out round each), shorter than that
    // polyline plus a full turn round a circle.
    const throughCorners = Math.hypot(240, 120) + Math.hypot(120, 120) + Math.hypot(240, 60);
    expect(exact).toBeGreaterThan(throughCorners);
    expect(exact).toBeLessThan(throughCorners + 2 * Math.PI * 12);
    expectNearExact(travel(p, 'Z', [0, 0]).distance, exact);
  });

  it('through a doorway: the path rounds the nearer jamb at 12 in (rooms side by side, 36 in door)', () => {
    const p = center()
      .room('A', { ages: ['preschool'], rect: [0, 0, 20, 20] })
      .room('B', { ages: ['preschool'], rect: [20, 0, 20, 20] })
      .door('d', 'A', 'B')
      .exit('x', 'B', { side: 'e' })
      .build();
    // Jambs (240, 102) and (240, 138); from (0, 0) the path passes south of the north jamb.
    const exact = tautPath([point([0, 0]), { c: [240, 102], r: 12, s: -1 }, point([480, 120])]);
    expectNearExact(travel(p, 'A', [0, 0]).distance, exact);
  });

  it('a doorway narrower than 24 in is passed through its centre (clearance min(12 in, half the width))', () => {
    const p = center()
      .room('A', { ages: ['preschool'], rect: [0, 0, 20, 20] })
      .room('B', { ages: ['preschool'], rect: [20, 0, 20, 20] })
      .door('d', 'A', 'B', { width: 20 })
      .exit('x', 'B', { side: 'e' })
      .build();
    // Clearance 10 in from jambs 10 in either side of (240, 120): the path kinks through the doorway's centre.
    const exact = Math.hypot(240, 120) + 240;
    const t = travel(p, 'A', [0, 0]);
    expectNearExact(t.distance, exact);
  });

  describe('a crib across the straight line', () => {
    // Room 30 × 20 ft, exit centred at (324, 240); the crib 30 × 55 in centred on the line from (0, 0) at (162, 120).
    const room = (crib: boolean, rotation = 0) => {
      const b = center().room('S', { ages: ['toddler'], rect: [0, 0, 30, 20] }).exit('x', 'S', { side: 's', along: 324 });
      if (crib) b.item('c', 'crib', 'S', { at: [162, 120], size: [30, 55], rotation });
      return b.build();
    };

    it('forces a detour round its 12 in clearance, strictly longer than the straight line', () => {
      const without = travel(room(false), 'S', [0, 0]).distance;
      const withCrib = travel(room(true), 'S', [0, 0]).distance;
      expect(without).toBeCloseTo(Math.hypot(324, 240), 6);
      const exact = aroundConvex([0, 0], [324, 240], grownItem([162, 120], 30, 55, 0, 12));
      expect(exact).toBeGreaterThan(without + 6);
      expect(withCrib).toBeGreaterThan(without);
      expectNearExact(withCrib, exact, {});
    });

    it.each([30, 45, 60, 90, 135])('rotated %i°: the detour is still the exact one round the rotated crib', (deg) => {
      const exact = aroundConvex([0, 0], [324, 240], grownItem([162, 120], 30, 55, deg, 12));
      expectNearExact(travel(room(true, deg), 'S', [0, 0]).distance, exact, {});
    });
  });

  describe('the 12 in clearance from items: a gap between two tables', () => {
    // Room 20 × 20 ft, exit centred on the south wall at (120, 240). Two tables from the walls to a gap centred on
    // x = 120 at y = 120; the start (120, 12) is straight above the gap: 228 in when the path fits through.
    const tables = (gap: number) => {
      const w = (240 - gap) / 2;
      return center()
        .room('R', { ages: ['preschool'], rect: [0, 0, 20, 20] })
        .exit('x', 'R', { side: 's' })
        .item('t1', 'table', 'R', { at: [w / 2, 120], size: [w, 30] })
        .item('t2', 'table', 'R', { at: [240 - w / 2, 120], size: [w, 30] })
        .build();
    };

    it('a 24 in gap leaves exactly 12 in each side: the straight path fits', () => {
      expect(travel(tables(24), 'R', [120, 12]).distance).toBeCloseTo(228, 6);
    });

    it('a 21 in gap does not: the far side is cut off', () => {
      expect(travel(tables(21), 'R', [120, 12]).distance).toBe(Infinity);
    });

    settledReading(
      'a 23 in gap does not either: 12 in from each table needs 24 in',
      'obstacles.ts keeps items only 11 in (ITEM_CLEARANCE, "so 24-inch aisles stay open" despite its polygon approximation), so any gap of 22 in or more reads as open and the path goes straight through (228 in)',
      () => expect(travel(tables(23), 'R', [120, 12]).distance).toBe(Infinity),
    );
  });
});
