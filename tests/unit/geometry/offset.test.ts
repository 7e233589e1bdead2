import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { multiPolygonArea, ringArea, signedArea } from '../../../src/geometry/area.ts';
import { pointInMultiPolygon } from '../../../src/geometry/contains.ts';
import { MAX_ARC_STEP_DEG, arcAreaErrorPerTurn, circle, offsetRing, rectangle } from '../../../src/geometry/offset.ts';
import { distance, distancePointToRing } from '../../../src/geometry/segments.ts';
import { rotateRing } from '../../../src/geometry/transform.ts';
import type { Ring } from '../../../src/geometry/types.ts';
import { convexArb, rectArb, rectRing } from './arbitraries.ts';

const L: Ring = [
  [0, 0],
  [200, 0],
  [200, 100],
  [100, 100],
  [100, 200],
  [0, 200],
];

describe('rectangle', () => {
  it('centres a w × d footprint with w along x', () => {
    expect(rectangle([10, 20], [4, 2], 0)).toEqual([[8, 19], [12, 19], [12, 21], [8, 21]]);
  });

  it('turns clockwise on screen; quarter turns stay exact', () => {
    // Rotated 90° clockwise on screen (y down), the long side runs north–south.
    expect(rectangle([10, 20], [4, 2], 90)).toEqual([[11, 18], [11, 22], [9, 22], [9, 18]]);
    const r = rectangle([0, 0], [2, 0], 30);
    expect(r[1]![0]).toBeCloseTo(Math.cos(Math.PI / 6), 15);
    expect(r[1]![1]).toBeCloseTo(Math.sin(Math.PI / 6), 15); // +y = south: clockwise on screen
  });

  it('has positive signed area and area w·d at any angle', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), fc.double({ min: -360, max: 360, noNaN: true }), (w, d, deg) => {
        const r = rectangle([5000, 5000], [w, d], deg);
        expect(signedArea(r)).toBeGreaterThan(0);
        expect(Math.abs(ringArea(r) - w * d)).toBeLessThan(1e-6);
      }),
    );
  });
});

describe('circle', () => {
  it('puts vertices on the circle at most MAX_ARC_STEP_DEG apart', () => {
    const c = circle([3, 4], 10);
    expect(c.length).toBe(360 / MAX_ARC_STEP_DEG);
    for (const p of c) expect(distance(p, [3, 4])).toBeCloseTo(10, 12);
    expect(Math.PI * 100 - ringArea(c)).toBeCloseTo(arcAreaErrorPerTurn(10), 9);
  });
});

describe('offsetRing', () => {
  it('grows a rectangle with rounded corners', () => {
    const d = 12;
    const grown = offsetRing(rectRing(0, 0, 100, 50), d);
    expect(grown).toHaveLength(1);
    const ideal = (100 + 2 * d) * (50 + 2 * d) - (4 - Math.PI) * d * d;
    expect(ideal - multiPolygonArea(grown)).toBeCloseTo(arcAreaErrorPerTurn(d), 6);
    expect(signedArea(grown[0]![0]!)).toBeGreaterThan(0);
  });

  it('shrinks a rectangle with sharp corners, exactly', () => {
    expect(multiPolygonArea(offsetRing(rectRing(0, 0, 100, 50), -10))).toBe(80 * 30);
  });

  it('makes a shape vanish when shrunk past half its width', () => {
    expect(offsetRing(rectRing(0, 0, 100, 50), -25)).toEqual([]);
    expect(offsetRing(rectRing(0, 0, 100, 50), -30)).toEqual([]);
  });

  it('splits a dumbbell when its neck closes', () => {
    const dumbbell: Ring = [[0, 0], [100, 0], [100, 40], [140, 40], [140, 0], [240, 0], [240, 100], [140, 100], [140, 60], [100, 60], [100, 100], [0, 100]];
    const parts = offsetRing(dumbbell, -15);
    expect(parts).toHaveLength(2);
    for (const part of parts) {
      // The 70 × 70 core plus a sliver of the neck's mouth, which the rounded reflex corners leave.
      const area = multiPolygonArea([part]);
      expect(area).toBeGreaterThan(4900);
      expect(area).toBeLessThan(4900 + 15 * 20);
      for (const p of part[0]!) expect(distancePointToRing(p, dumbbell)).toBeGreaterThanOrEqual(15 - 15 * (1 - Math.cos(Math.PI / 36)) - 1e-9);
    }
  });

  it('grows and shrinks an L (one reflex corner) by the Steiner-type formula', () => {
    const d = 20;
    // Five convex quarter-turns of chord-approximated arc; the reflex corner's bands overlap in d².
    const quarterChords = 4.5 * Math.sin((10 * Math.PI) / 180) * d * d;
    expect(multiPolygonArea(offsetRing(L, d))).toBeCloseTo(30000 + 800 * d + 5 * quarterChords - d * d, 6);
    expect(multiPolygonArea(offsetRing(L.slice().reverse(), d))).toBeCloseTo(30000 + 800 * d + 5 * quarterChords - d * d, 6);
    // Shrinking: the mitred inner L, plus the d×d square at the reflex corner minus its quarter disc
    // (points there are more than d from the wall ends), the disc again as chords.
    expect(multiPolygonArea(offsetRing(L, -d))).toBeCloseTo((200 - 2 * d) ** 2 - 100 * 100 + d * d - quarterChords, 6);
  });

  it('rounds a reflex corner when shrinking', () => {
    // A 45° notch: the inward disc at the reflex vertex reaches past the bands.
    const arrow: Ring = [[0, 0], [200, 0], [200, 200], [100, 100], [0, 200]];
    const shrunk = offsetRing(arrow, -10);
    expect(shrunk).toHaveLength(1);
    for (const p of shrunk[0]![0]!) expect(distancePointToRing(p, arrow)).toBeGreaterThanOrEqual(10 - 10 * (1 - Math.cos(Math.PI / 36)) - 1e-9);
  });

  it('returns the ring itself for d = 0', () => {
    expect(multiPolygonArea(offsetRing(L, 0))).toBe(30000);
  });

  it('buffers a zero-area ring as the polyline it traces', () => {
    const d = 5;
    const capsule = offsetRing([[0, 0], [100, 0]], d);
    expect(capsule).toHaveLength(1);
    expect(Math.PI * d * d + 200 * d - multiPolygonArea(capsule)).toBeCloseTo(arcAreaErrorPerTurn(d), 6);
    expect(multiPolygonArea(offsetRing([[0, 0], [50, 0], [100, 0]], d))).toBeCloseTo(multiPolygonArea(capsule), 6);
    expect(multiPolygonArea(offsetRing([[7, 7]], d))).toBeCloseTo(ringArea(circle([7, 7], d)), 9);
    expect(offsetRing([[0, 0], [100, 0]], -5)).toEqual([]);
    expect(offsetRing([], 5)).toEqual([]);
    expect(offsetRing(rectRing(0, 0, 10, 10), NaN)).toEqual([]);
  });

  it('grows rectangles by (w+2d)(h+2d) − (4−π)d² within the arc error', () => {
    fc.assert(
      fc.property(rectArb(), fc.integer({ min: 1, max: 200 }), (r, d) => {
        const area = multiPolygonArea(offsetRing(r.ring, d));
        const ideal = (r.w + 2 * d) * (r.h + 2 * d) - (4 - Math.PI) * d * d;
        expect(area).toBeLessThanOrEqual(ideal + 1e-6);
        expect(ideal - area).toBeLessThanOrEqual(arcAreaErrorPerTurn(d) + 1e-6);
      }),
      { numRuns: 60 },
    );
  });

  it('shrinks rectangles to (w−2d)(h−2d) or nothing', () => {
    fc.assert(
      fc.property(rectArb(), fc.integer({ min: 1, max: 200 }), (r, d) => {
        const shrunk = offsetRing(r.ring, -d);
        if (2 * d >= Math.min(r.w, r.h)) expect(shrunk).toEqual([]);
        else expect(multiPolygonArea(shrunk)).toBeCloseTo((r.w - 2 * d) * (r.h - 2 * d), 6);
      }),
      { numRuns: 60 },
    );
  });

  it('grows convex polygons by Steiner’s formula (A + P·d + πd²) within the arc error', () => {
    fc.assert(
      fc.property(convexArb(), fc.integer({ min: 1, max: 100 }), fc.double({ min: 0, max: 360, noNaN: true }), (ring, d, deg) => {
        const turned = rotateRing(ring, deg, [2000, 2000]);
        let perimeter = 0;
        for (let i = 0; i < turned.length; i++) perimeter += distance(turned[i]!, turned[(i + 1) % turned.length]!);
        const ideal = ringArea(turned) + perimeter * d + Math.PI * d * d;
        const grown = offsetRing(turned, d);
        expect(grown).toHaveLength(1);
        const area = multiPolygonArea(grown);
        expect(area).toBeLessThanOrEqual(ideal + 1e-6);
        expect(ideal - area).toBeLessThanOrEqual(arcAreaErrorPerTurn(d) + 1e-6);
      }),
      { numRuns: 60 },
    );
  });

  it('shrinks convex polygons to a region whose vertices are at least |d| inside', () => {
    fc.assert(
      fc.property(convexArb(), fc.integer({ min: 1, max: 300 }), (ring, d) => {
        for (const part of offsetRing(ring, -d)) {
          for (const p of part[0]!) {
            expect(distancePointToRing(p, ring)).toBeGreaterThanOrEqual(d - 1e-6);
            expect(pointInMultiPolygon(p, [[ring]])).toBe('inside');
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps grown boundaries within [d − sagitta, d] of the ring and covers the ring', () => {
    const sagitta = (d: number) => d * (1 - Math.cos(((MAX_ARC_STEP_DEG / 2) * Math.PI) / 180));
    fc.assert(
      fc.property(convexArb(), fc.integer({ min: 1, max: 100 }), (ring, d) => {
        const grown = offsetRing(ring, d);
        for (const p of grown[0]![0]!) {
          const dist = distancePointToRing(p, ring);
          expect(dist).toBeLessThanOrEqual(d + 1e-6);
          expect(dist).toBeGreaterThanOrEqual(d - sagitta(d) - 1e-6);
        }
        for (const v of ring) expect(pointInMultiPolygon(v, grown)).toBe('inside');
      }),
      { numRuns: 60 },
    );
  });
});
