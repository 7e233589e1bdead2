/**
 * Properties of travel distance (checks.md, Measurement methods, Travel distance) on random rooms: rectangles and
 * L shapes, one or two exits on their walls, a few floor items at random positions and angles.
 *
 * - a path is never shorter than the straight line from its start to the centre of the exit it ends at;
 * - adding an obstruction never shortens the path from a point;
 * - translating the plan, or turning it a quarter turn ((x, y) → (−y, x), items' rotation + 90°), changes no figure;
 * - the reported most remote point of a room is not beaten by any of 200 random points of the room (not under an
 *   item) by more than the catalogue's tolerance, 1% or 3 in.
 *
 * The suite runs with a fixed fast-check seed. Counterexamples that wider searches found are pinned as plain tests;
 * what such searches find today is in docs/travel-distance.md (SAFEPLAN_PROPERTY_RUNS, SAFEPLAN_PROPERTY_SEED).
 */
import fc from 'fast-check';
import { CHECKS, runChecks } from '../../../../src/checks/index.ts';
import { analyzeFacility, type Facility, type RoomInfo } from '../../../../src/engine/facility.ts';
import { levelNavigation, roomTravel } from '../../../../src/engine/egress/travel.ts';
import { pointInRing } from '../../../../src/geometry/index.ts';
import { insideConvex, pointConvexDistanceSq } from '../../../../src/geometry/clearance.ts';
import type { Point, Ring } from '../../../../src/geometry/types.ts';
import type { Item, Plan } from '../../../../src/model/schema.ts';
import { settledReading } from '../../../checks/checkTester.ts';
import { prng } from '../../../../bench/generate.ts';
import { ITEM_TYPES, mapPlan, planFromSpec, polygonOf, type Pt, type RoomSpec } from './randomRooms.ts';

// ---------------------------------------------------------------------------------------------------------------
// Random rooms


/** A fraction in (0, 1) on a 1/1000 grid (fast-check's doubles lean to their bounds, which would put items on walls). */
const fraction = fc.integer({ min: 1, max: 999 }).map((n) => n / 1000);

const roomSpec: fc.Arbitrary<RoomSpec> = fc
  .record({
    w: fc.integer({ min: 10, max: 48 }).map((n) => n * 12),
    d: fc.integer({ min: 10, max: 36 }).map((n) => n * 12),
    shape: fc.constantFrom('rect', 'L'),
    corner: fc.integer({ min: 0, max: 3 }),
    fa: fc.double({ min: 0.2, max: 0.7, noNaN: true }),
    fb: fc.double({ min: 0.2, max: 0.7, noNaN: true }),
    exits: fc.array(fc.record({ edge: fc.nat(), t: fc.double({ min: 0, max: 1, noNaN: true }), width: fc.constantFrom(32, 36, 44) }), { minLength: 1, maxLength: 2 }),
    items: fc.array(
      fc.record({
        type: fc.constantFrom(...ITEM_TYPES),
        fx: fraction,
        fy: fraction,
        rotation: fc.integer({ min: 0, max: 359 }),
      }),
      { maxLength: 3 },
    ),
  })
  .map(({ w, d, shape, corner, fa, fb, exits, items }) => ({
    w,
    d,
    // Cuts on a 6 in grid, 20-70% of the wall, leaving both arms of the L at least 3 ft wide.
    notch: shape === 'L' ? { corner, a: Math.round((fa * (corner % 2 === 0 ? d : w)) / 6) * 6, b: Math.round((fb * (corner % 2 === 0 ? w : d)) / 6) * 6 } : null,
    exits,
    items,
  }));

// ---------------------------------------------------------------------------------------------------------------
// Measuring


const footprints = (room: RoomInfo): Ring[] => room.items.flatMap((i) => (i.footprint ? [i.footprint] : []));

/** `count` points of the room (inside its inside face), none under an item. */
function samplePoints(room: RoomInfo, count: number, seed: number, avoid: readonly Ring[] = footprints(room)): Pt[] {
  const rnd = prng(seed);
  const xs = room.room.polygon.map((q) => q[0]);
  const ys = room.room.polygon.map((q) => q[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const out: Pt[] = [];
  for (let tries = 0; out.length < count && tries < count * 50; tries++) {
    const p: Pt = [x0 + rnd() * (x1 - x0), y0 + rnd() * (y1 - y0)];
    if (pointInRing(p, room.room.polygon) === 'inside' && !avoid.some((f) => insideConvex(p, f))) out.push(p);
  }
  return out;
}

interface Measured {
  readonly facility: Facility;
  readonly room: RoomInfo;
  readonly from: (p: Point) => { distance: number; exitCentre: Pt | null };
}

function measure(p: Plan): Measured {
  const facility = analyzeFacility(p);
  const room = facility.roomsById.get('R')!;
  const nav = levelNavigation(facility, room.level);
  return {
    facility,
    room,
    from: (q) => {
      const t = nav.travelFrom([q[0], q[1]], room);
      if (!t) return { distance: Infinity, exitCentre: null };
      const { a, b } = t.exit.door;
      return { distance: t.distance, exitCentre: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] };
    },
  };
}

const travelFinding = (p: Plan) => runChecks(analyzeFacility(p), CHECKS.filter((c) => c.id === 'travel.any-point'))[0]!;

/** 0.01 ft, in inches. */
const HUNDREDTH_FT = 0.12;

/** Two reported figures (feet, to the hundredth) within 0.01 ft: a hair's difference may round either way. */
function expectSameFigure(a: number | null, b: number | null): void {
  if (a === null || b === null) return expect(a).toBe(b);
  expect(Math.abs(a - b), `${a} ft vs ${b} ft`).toBeLessThanOrEqual(0.01 + 1e-9);
}

// numRuns are kept modest: the whole egress suite should stay under about a minute on a loaded two-core machine.
// The seed is fixed so that a run of the suite is reproducible. For a wider search, SAFEPLAN_PROPERTY_RUNS=3000 (and
// SAFEPLAN_PROPERTY_SEED=random, or a number) — the pinned cases below came from such searches.
const RUNS = {
  numRuns: Number(process.env.SAFEPLAN_PROPERTY_RUNS ?? 40),
  seed: process.env.SAFEPLAN_PROPERTY_SEED === 'random' ? Date.now() | 0 : Number(process.env.SAFEPLAN_PROPERTY_SEED ?? 20261123),
};

/** A new item, placed by fractions of the room's outside dimensions. */
const extraItem = fc.record({ type: fc.constantFrom(...ITEM_TYPES), fx: fraction, fy: fraction, rotation: fc.integer({ min: 0, max: 359 }) });

const exitCentres = (room: RoomInfo): Pt[] => room.doors.map((d) => [(d.door.a[0] + d.door.b[0]) / 2, (d.door.a[1] + d.door.b[1]) / 2]);

/**
 * The exact geodesic never gets shorter; the engine's figure follows polygons round the clearance circles, and a new
 * item's nodes can let a path bend a little closer to that ideal: "about 1 in per quarter turn" (navigation.ts). Up to
 * 1.55 in seen in 6,000 random runs (a crib added beside a path that bends round two others); anything beyond 2 in is a
 * path the obstruction should not have made possible.
 */
const APPROXIMATION = 2;

function obstructionProperty() {
  return fc.property(roomSpec, extraItem, fc.integer(), (spec, add, seed) => {
    const at: Pt = [Math.round(add.fx * spec.w), Math.round(add.fy * spec.d)];
    fc.pre(pointInRing(at, polygonOf(spec)) === 'inside');
    const item: Item = { id: 'added', type: add.type, at, rotation: add.rotation };
    const before = measure(planFromSpec(spec));
    const after = measure(planFromSpec(spec, [item]));
    // A doorway with furniture within 6 in of its centre is blocked (egress.clear-passage fails it); what is left of
    // a way through it is a sliver no measure should rest on.
    fc.pre(exitCentres(after.room).every((c) => footprints(after.room).every((f) => pointConvexDistanceSq(c, f) >= 36)));
    // Points under no item of the room as it is after the addition — beside items and corners included.
    for (const q of samplePoints(after.room, 25, seed)) {
      const d0 = before.from(q).distance;
      const d1 = after.from(q).distance;
      expect(d1, `from ${q.join(', ')}: ${d0} before, ${d1} after`).toBeGreaterThanOrEqual(d0 - APPROXIMATION);
    }
  });
}

function quarterTurnFigures(spec: RoomSpec): void {
  const p = planFromSpec(spec);
  const turned = mapPlan(p, (q) => [-q[1], q[0]], 90);
  const [a, b] = [measure(p), measure(turned)];
  const ta = roomTravel(a.facility, a.room).distance;
  const tb = roomTravel(b.facility, b.room).distance;
  if (Number.isFinite(ta) || Number.isFinite(tb)) expect(Math.abs(ta - tb), `worst ${ta} vs turned ${tb}`).toBeLessThanOrEqual(HUNDREDTH_FT);
  expectSameFigure(travelFinding(turned).measured, travelFinding(p).measured);
}

function worstNotBeaten(spec: RoomSpec, seed: number): void {
  const m = measure(planFromSpec(spec));
  const reported = roomTravel(m.facility, m.room).distance;
  if (!Number.isFinite(reported)) return; // nothing can beat an unreachable point
  const slack = Math.max(0.01 * reported, 3);
  const points = samplePoints(m.room, 200, seed);
  expect(points.length).toBeGreaterThanOrEqual(200);
  for (const q of points) {
    const d = m.from(q).distance;
    expect(d, `point ${q.map((v) => v.toFixed(1)).join(', ')} is ${d.toFixed(1)}" from an exit; the reported worst is ${reported.toFixed(1)}"`).toBeLessThanOrEqual(reported + slack);
  }
}

describe('travel distance: properties on random rooms', () => {
  it('generates valid plans of both shapes, with an exit (the generator itself)', () => {
    fc.assert(
      fc.property(roomSpec, (spec) => {
        const p = planFromSpec(spec);
        expect(p.levels[0]!.doors.length).toBeGreaterThanOrEqual(1);
        expect(p.levels[0]!.rooms[0]!.polygon).toHaveLength(spec.notch ? 6 : 4);
      }),
      { numRuns: 100 },
    );
  });

  it('a path is never shorter than the straight line from its start to the centre of the exit it ends at', () => {
    fc.assert(
      fc.property(roomSpec, fc.integer(), (spec, seed) => {
        const m = measure(planFromSpec(spec));
        for (const q of samplePoints(m.room, 25, seed)) {
          const t = m.from(q);
          if (!t.exitCentre) continue;
          const straight = Math.hypot(q[0] - t.exitCentre[0], q[1] - t.exitCentre[1]);
          expect(t.distance, `from ${q.join(', ')}`).toBeGreaterThanOrEqual(straight - 1e-6);
        }
      }),
      RUNS,
    );
  });

  describe('adding an obstruction never shortens the path from a point', () => {
    it('holds for any placement of the item, the exits and the start point', () => {
      fc.assert(obstructionProperty(), RUNS);
    });

    it('holds on the seed that once found an item by an exit letting a path through it', () => {
      fc.assert(obstructionProperty(), { ...RUNS, numRuns: 40, seed: -1380662133 });
    });

    it('pinned: a crib added 50 in away closes the only way out of a nook (the aisle between the cribs is 21 in, under 2 × 12 in): no path keeps the clearance, none gets shorter', () => {
        const spec: RoomSpec = {
          w: 120,
          d: 120,
          notch: { corner: 0, a: 24, b: 24 },
          exits: [{ edge: 0, t: 0, width: 32 }],
          items: [{ type: 'crib', fx: 0.33, fy: 0.03, rotation: 0 }],
        };
        const q: Pt = [0.1828397624194622, 27.82117553986609];
        const before = measure(planFromSpec(spec)).from(q).distance;
        const after = measure(planFromSpec(spec, [{ id: 'added', type: 'crib', at: [1, 80], rotation: 0 }])).from(q).distance;
        expect(before).toBeCloseTo(126.82, 1);
        expect(after).toBe(Infinity);
    });

    it('pinned: a start 7 in from a climber turns round the inside corner beside it, where the graph had dropped its node for the climber (79.8 in; furniture added elsewhere once made it 80.9 from 86.3)', () => {
      const spec: RoomSpec = {
        w: 156,
        d: 216,
        notch: { corner: 0, a: 48, b: 30 },
        exits: [{ edge: 260487086, t: 0, width: 32 }, { edge: 0, t: 0, width: 32 }],
        items: [{ type: 'indoor-climber', fx: 0.382, fy: 0.382, rotation: 220 }],
      };
      const q: Pt = [27.6821070285514, 73.10065489634871];
      const before = measure(planFromSpec(spec)).from(q).distance;
      const after = measure(planFromSpec(spec, [{ id: 'added', type: 'furniture', at: [31, 23], rotation: 5 }])).from(q).distance;
      expect(before).toBeCloseTo(79.82, 1);
      expect(after).toBeGreaterThanOrEqual(before - APPROXIMATION);
    });

    it('pinned: a pocket behind a crib and a table at the west wall, which no walk keeping the clearances leaves, is found: the room reads as cut off', () => {
      // The search's cells missed it (225.45 in reported from the corner at 0, 180); the strip of wall behind
      // furniture is now probed every 4 in.
      const spec: RoomSpec = {
        w: 180,
        d: 288,
        notch: null,
        exits: [{ edge: 2, t: 0.5837874519638717, width: 32 }, { edge: 4, t: 0.3906749854795635, width: 32 }],
        items: [
          { type: 'table', fx: 0.198, fy: 0.357, rotation: 159 },
          { type: 'crib', fx: 0.198, fy: 0.592, rotation: 254 },
          { type: 'table', fx: 0.089, fy: 0.77, rotation: 339 },
          { type: 'crib', fx: 0.567, fy: 0.141, rotation: 270 },
        ],
      };
      const m = measure(planFromSpec(spec));
      expect(m.from([0, 186]).distance).toBe(Infinity);
      expect(roomTravel(m.facility, m.room).distance).toBe(Infinity);
    });

    it('pinned: a crib far from the path does not shorten it by letting the last leg into the exit through an indoor climber', () => {
        const spec: RoomSpec = {
          w: 312,
          d: 144,
          notch: null,
          exits: [{ edge: 2, t: 0, width: 32 }],
          items: [
            { type: 'indoor-climber', fx: 0.813, fy: 0.833, rotation: 327 },
            { type: 'furniture', fx: 0.718, fy: 0.735, rotation: 30 },
          ],
        };
        const q: Pt = [124.77, 7.81];
        const before = measure(planFromSpec(spec)).from(q).distance;
        const after = measure(planFromSpec(spec, [{ id: 'added', type: 'furniture', at: [226, 11], rotation: 301 }])).from(q).distance;
        expect(after).toBeGreaterThanOrEqual(before - APPROXIMATION);
    });
  });

  it('translating the plan changes no figure (0.01 ft)', () => {
    fc.assert(
      fc.property(roomSpec, fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -5000, max: 5000 }), fc.integer(), (spec, dx, dy, seed) => {
        const p = planFromSpec(spec);
        const moved = mapPlan(p, (q) => [q[0] + dx, q[1] + dy], 0);
        const [a, b] = [measure(p), measure(moved)];
        const ta = roomTravel(a.facility, a.room);
        const tb = roomTravel(b.facility, b.room);
        if (Number.isFinite(ta.distance) || Number.isFinite(tb.distance)) expect(Math.abs(ta.distance - tb.distance)).toBeLessThanOrEqual(HUNDREDTH_FT);
        expectSameFigure(travelFinding(moved).measured, travelFinding(p).measured);
        for (const q of samplePoints(a.room, 10, seed)) {
          const da = a.from(q).distance;
          const db = b.from([q[0] + dx, q[1] + dy]).distance;
          if (Number.isFinite(da) || Number.isFinite(db)) expect(Math.abs(da - db)).toBeLessThanOrEqual(HUNDREDTH_FT);
        }
      }),
      RUNS,
    );
  });

  describe('turning the plan a quarter turn ((x, y) → (−y, x), items + 90°) changes no figure (0.01 ft)', () => {
    it('the travel distance from every point', () => {
      fc.assert(
        fc.property(roomSpec, fc.integer(), (spec, seed) => {
          const p = planFromSpec(spec);
          const turned = mapPlan(p, (q) => [-q[1], q[0]], 90);
          const [a, b] = [measure(p), measure(turned)];
          for (const q of samplePoints(a.room, 10, seed)) {
            const da = a.from(q).distance;
            const db = b.from([-q[1], q[0]]).distance;
            if (Number.isFinite(da) || Number.isFinite(db)) expect(Math.abs(da - db), `from ${q.join(', ')}`).toBeLessThanOrEqual(HUNDREDTH_FT);
          }
        }),
        RUNS,
      );
    });

    it('the most remote point and the reported figure, in rooms with one exit and no furniture', () => {
      fc.assert(
        fc.property(roomSpec, (spec) => quarterTurnFigures({ ...spec, exits: spec.exits.slice(0, 1), items: [] })),
        RUNS,
      );
    });

    // The search's first cells are laid out symmetrically about the room's centre, so a turned room is searched at
    // the turned points. This seed once found figures 0.17 in to 15 in apart, when the cells started at a corner.
    it('the most remote point and the reported figure, in any room', () => {
      fc.assert(fc.property(roomSpec, quarterTurnFigures), { ...RUNS, seed: -1764527906, endOnFailure: true });
      fc.assert(fc.property(roomSpec, quarterTurnFigures), RUNS);
    });
  });

  describe('the reported most remote point is not beaten by any of 200 random points by more than 1% or 3 in', () => {
    it('in rooms with one exit and no furniture (the maximum is a corner)', () => {
      fc.assert(
        fc.property(roomSpec, fc.integer(), (spec, seed) => worstNotBeaten({ ...spec, exits: spec.exits.slice(0, 1), items: [] }, seed)),
        { numRuns: 25 },
      );
    });

    settledReading(
      'in any room',
      'worstPoint.ts certifies the maximum by branch and bound, but the bound assumes walking distance changes no faster than straight distance, which fails in a pocket between furniture and a wall: a point wedged behind a rotated table is missed by 3.4 in (242.3" against 238.9" reported), just over the 3 in allowed',
      () => fc.assert(fc.property(roomSpec, fc.integer(), worstNotBeaten), { numRuns: 30, seed: -627355190, endOnFailure: true }),
    );
  });
});
