/**
 * Travel from the awkward places of a furnished room: the gap between two cribs against a wall, and the slot between
 * a range and the wall. Both were measured wrong once — the gap was never searched for the most remote point (every
 * probe of its cell landed on a crib), and a walk out of the range's clearance had to turn tautly at the first
 * corner it reached, so a point 3 in from the room corner measured 43 in farther than the corner itself.
 * And the places the method's 12 in cannot hold: the corner behind a toilet standing 10 in off the wall (ringed by
 * the toilet's clearance), and a doorway's centre 7 in from a cot.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFacility } from '../../../../src/engine/facility.ts';
import { levelNavigation, roomTravel } from '../../../../src/engine/egress/travel.ts';
import { BODY_HALF_WIDTH, REMOTEST_TOLERANCE } from '../../../../src/engine/egress/worstPoint.ts';
import { startClearance } from '../../../../src/engine/egress/obstacles.ts';
import { pointConvexDistanceSq } from '../../../../src/geometry/clearance.ts';
import { pointInRing, ringBBox } from '../../../../src/geometry/index.ts';
import { parsePlanText } from '../../../../src/model/validate.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Point } from '../../../../src/geometry/types.ts';
import { plan } from '../../../checks/planBuilder.ts';

const center = () => plan({ kind: 'center', licensing: 'new' });

/**
 * An 18 × 24 ft infant room (the Robins room of the center-100 sample): four cribs along each long wall with 24 in
 * gaps between them, shelves, a diaper table and a sink; exits in the north and the south walls. Its most remote
 * point is in a gap between the cribs on the west wall, not in a corner.
 */
function infantRoom() {
  const b = center()
    .room('I', { ages: ['infant'], rect: [0, 0, 18, 24] })
    .exit('x', 'I', { a: [103, 0], b: [139, 0] })
    .exit('y', 'I', { a: [64, 288], b: [100, 288] })
    .item('shelf1', 'shelving', 'I', { at: [24, 7.5], size: [48, 15] })
    .item('shelf2', 'shelving', 'I', { at: [72, 7.5], size: [48, 15] })
    .item('diaper', 'diaper-table', 'I', { at: [204, 18], size: [24, 36] })
    .item('sink', 'sink', 'I', { at: [183, 8], size: [18, 16] });
  [55, 109, 163, 217].forEach((y, k) => b.item(`w${k}`, 'crib', 'I', { at: [27.5, y], size: [55, 30] }));
  [95, 149, 203, 257].forEach((y, k) => b.item(`e${k}`, 'crib', 'I', { at: [188.5, y], size: [55, 30] }));
  b.item('glider', 'furniture', 'I', { at: [108, 180], size: [30, 30] });
  return b.build();
}

/** A 14 × 24 ft kitchen: a range 9 in off the west wall at the north-west corner, a table, the exit in the south wall. */
function kitchen() {
  return center()
    .room('K', { use: 'kitchen', rect: [0, 0, 14, 24] })
    .exit('x', 'K', { a: [90, 288], b: [126, 288] })
    .item('range', 'range', 'K', { at: [24, 14], size: [30, 26] })
    .item('table', 'table', 'K', { at: [84, 150], size: [60, 30] })
    .build();
}

/** The largest figure on a 3 in grid over the room's open floor (6 in off furniture), and where. */
function gridFarthest(facility: ReturnType<typeof analyzeFacility>, id: string) {
  const room = facility.roomsById.get(id)!;
  const nav = levelNavigation(facility, room.level);
  const footprints = room.items.flatMap((i) => (i.footprint ? [i.footprint] : []));
  const box = ringBBox(room.room.polygon);
  let farthest = { value: 0, at: [0, 0] as Point };
  for (let x = box.minX; x <= box.maxX; x += 3) {
    for (let y = box.minY; y <= box.maxY; y += 3) {
      const p: Point = [x, y];
      if (pointInRing(p, room.room.polygon) === 'outside' || footprints.some((f) => pointConvexDistanceSq(p, f) < BODY_HALF_WIDTH ** 2)) continue;
      const d = nav.travelFrom(p, room)?.distance ?? Infinity;
      if (d > farthest.value) farthest = { value: d, at: p };
    }
  }
  return farthest;
}

const allowance = (d: number) => Math.max(REMOTEST_TOLERANCE, 0.004 * d) + 0.5;

describe('travel from pockets in a furnished room', () => {
  it('center-100, Robins room: the most remote point is found in the 24 in gap between two cribs against the wall', () => {
    // Every probe of the first search cell over that gap landed on a crib, and the cell was dropped unsearched: the
    // figure was 231.6 in (a corner) against 256.7 in from the gap.
    const text = readFileSync(fileURLToPath(new URL('../../../../public/samples/center-100.json', import.meta.url)), 'utf8');
    const parsed = parsePlanText(text);
    if (!parsed.ok) throw new Error('the sample does not parse');
    const facility = analyzeFacility(parsed.value);
    const farthest = gridFarthest(facility, 'INF1');
    expect(farthest.at[0]).toBeLessThan(12);
    const reported = roomTravel(facility, facility.roomsById.get('INF1')!);
    expect(reported.distance).toBeGreaterThanOrEqual(farthest.value - allowance(farthest.value));
  });

  it('the most remote point of the infant room is not beaten by any open point on a 3 in grid', () => {
    const facility = analyzeFacility(infantRoom());
    const room = facility.roomsById.get('I')!;
    const reported = roomTravel(facility, room);
    const farthest = gridFarthest(facility, 'I');
    // The corners are nearer an exit than a gap between the west cribs, against the wall.
    expect(farthest.at[0]).toBeLessThan(12);
    expect([[124, 148], [178, 202]].some(([a, b]) => farthest.at[1] > a! && farthest.at[1] < b!)).toBe(true);
    expect(reported.distance, `the grid found ${farthest.value.toFixed(1)} in at ${farthest.at.join(', ')}`).toBeGreaterThanOrEqual(
      farthest.value - allowance(farthest.value),
    );
  });

  it('a point in the slot beside the range is no more than its step farther than the corner next to it', () => {
    const facility = analyzeFacility(kitchen());
    const room = facility.roomsById.get('K')!;
    const nav = levelNavigation(facility, room.level);
    const corner = nav.travelFrom([0, 0], room)!;
    const slot = nav.travelFrom([3, 0], room)!;
    // Walking from the slot to the corner and on is a path of corner + 3 in; the path found is never longer.
    expect(slot.distance).toBeLessThanOrEqual(corner.distance + 3 + 0.5);
    expect(slot.distance).toBeGreaterThanOrEqual(Math.hypot(108 - 3, 288) - 1e-6);
    // The path drawn is as long as the figure.
    const drawn = slot.points.slice(1).reduce((sum, q, k) => sum + Math.hypot(q[0] - slot.points[k]![0], q[1] - slot.points[k]![1]), 0);
    expect(drawn).toBeCloseTo(slot.distance, 6);
  });

  it('a walk out of a clearance that turns freely at its corner still keeps the path drawn and the figure equal', () => {
    const facility = analyzeFacility(infantRoom());
    const room = facility.roomsById.get('I')!;
    const nav = levelNavigation(facility, room.level);
    for (const p of [[57, 80], [61, 130], [3, 190], [160, 230]] as Point[]) {
      const t = nav.travelFrom(p, room)!;
      const drawn = t.points.slice(1).reduce((sum, q, k) => sum + Math.hypot(q[0] - t.points[k]![0], q[1] - t.points[k]![1]), 0);
      expect(drawn, `from ${p.join(', ')}`).toBeCloseTo(t.distance, 6);
    }
  });

  it('the corner behind a toilet 10 in off the wall walks out past it (6 in closer than it stands), instead of reading as cut off', () => {
    // The restroom of the small-center sample: the toilet stands 10 in from the east wall and 6 in from the north
    // wall, so its 11.55 in clearance rings the north-east corner, which stands 11.7 in from the toilet.
    const facility = analyzeFacility(
      center()
        .room('R', { ages: ['preschool'], rect: [0, 0, 20, 20] })
        .room('B', { use: 'bathroom', rect: [20, 0, 12, 8] })
        .door('d', 'B', 'R', { a: [240, 30], b: [240, 62] })
        .exit('x', 'R', { side: 's' })
        .item('wc', 'toilet', 'B', { at: [125, 20], size: [18, 28] })
        .build(),
    );
    const room = facility.roomsById.get('B')!;
    const nav = levelNavigation(facility, room.level);
    const corner = nav.travelFrom([384, 0], room);
    expect(corner).not.toBeNull();
    // It passes the toilet no closer than 11.7 − 6 in: the segment from the corner clears the footprint by that.
    const wc = room.items[0]!.footprint!;
    const closest = Math.min(...corner!.points.slice(0, 3).map((q) => Math.sqrt(pointConvexDistanceSq(q, wc))));
    expect(closest).toBeGreaterThanOrEqual(11.66 - 6 - 0.5);
    expect(Number.isFinite(roomTravel(facility, room).distance)).toBe(true);
  });

  it('a start clearance depends on the distance alone: full from 18 in, 6 in less nearer, never more than it stands', () => {
    expect(startClearance(30, 12)).toBe(12);
    expect(startClearance(18, 12)).toBe(12);
    expect(startClearance(15, 12)).toBe(9);
    expect(startClearance(11.66, 11.55)).toBeCloseTo(5.66, 6);
    expect(startClearance(4, 12)).toBe(1);
    expect(startClearance(0.5, 12)).toBe(0.5);
  });

  it('furniture beside a doorway keeps half its distance from the doorway centre, for every path: the centre can be reached', () => {
    // A cot 7 in from the exit's centre: at its full clearance the centre could not be reached at all.
    const facility = analyzeFacility(
      center()
        .room('R', { ages: ['preschool'], rect: [0, 0, 20, 20] })
        .exit('x', 'R', { a: [102, 240], b: [138, 240] })
        .item('cot', 'cot', 'R', { at: [120, 209], size: [52, 24] })
        .build(),
    );
    const room = facility.roomsById.get('R')!;
    const nav = levelNavigation(facility, room.level);
    const cot = nav.obstacles.find((o) => o.kind === 'item')!;
    const centreGap = Math.sqrt(pointConvexDistanceSq([120, 240], room.items[0]!.footprint!));
    expect(cot.radius).toBeCloseTo(centreGap / 2, 6);
    const t = nav.travelFrom([0, 0], room)!;
    expect(t.points.at(-1)).toEqual([120, 240]);
    for (const q of t.points) expect(pointConvexDistanceSq(q, room.items[0]!.footprint!)).toBeGreaterThanOrEqual((centreGap / 2 - 0.01) ** 2);
  });
});
