import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CIRCLE_STEP_DEG,
  SLIDE_EXIT_MAX,
  SLIDE_EXIT_MIN,
  TODDLER_USE_ZONE,
  USE_ZONE,
  circumscribedCircle,
  fallZone,
} from '../../../../src/engine/outdoor/fallZone.ts';
import { outside } from '../../../../src/engine/outdoor/measure.ts';
import { distancePointToRing, multiPolygonArea, multiPolygonBBox, pointInMultiPolygon, rectangle } from '../../../../src/geometry/index.ts';
import type { Point } from '../../../../src/geometry/types.ts';
import type { Equipment } from '../../../../src/model/schema.ts';
import { ringArea } from './plan.ts';

const eq = (e: Partial<Equipment> & Pick<Equipment, 'type'>): Equipment => ({ id: 'E1', at: [1000, 1000], size: [96, 48], height: 48, ...e });
const STANDARD = { infantToddlerOnly: false };
const bbox = (e: Equipment, o = STANDARD) => multiPolygonBBox(fallZone(e, o).zone);

describe('circumscribedCircle', () => {
  it('has every edge tangent to the circle, so it contains it, at most 10° per edge', () => {
    const r = 72;
    const c = circumscribedCircle(r);
    expect(c.length).toBe(360 / CIRCLE_STEP_DEG);
    for (let i = 0; i < c.length; i++) {
      const a = c[i]!;
      const b = c[(i + 1) % c.length]!;
      // Distance from the centre to the edge's line is r (tangent), and the midpoint is the tangent point.
      const mid: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
      expect(Math.hypot(mid[0], mid[1])).toBeCloseTo(r, 9);
      expect(Math.hypot(a[0], a[1])).toBeCloseTo(r / Math.cos((5 * Math.PI) / 180), 9);
    }
    expect(ringArea(c)).toBeGreaterThan(Math.PI * r * r);
  });

  it('puts the edges facing the axes exactly r out', () => {
    const c = circumscribedCircle(72);
    expect(Math.max(...c.map((p) => p[0]))).toBe(72);
    expect(Math.min(...c.map((p) => p[0]))).toBe(-72);
    expect(Math.max(...c.map((p) => p[1]))).toBe(72);
    expect(Math.min(...c.map((p) => p[1]))).toBe(-72);
  });
});

describe('fallZone: stationary equipment', () => {
  it('grows the footprint 6 ft on every side', () => {
    const z = fallZone(eq({ type: 'climber' }), STANDARD);
    expect(z.kind).toBe('stationary');
    expect(bbox(eq({ type: 'climber' }))).toEqual({ minX: 1000 - 48 - 72, maxX: 1000 + 48 + 72, minY: 1000 - 24 - 72, maxY: 1000 + 24 + 72 });
    expect(z.restricted).toEqual([]);
    // Never under-sized: at least the exact rounded rectangle, and only the corner polygons' slack more.
    const exact = (96 + 144) * (48 + 144) - (4 - Math.PI) * 72 * 72;
    const area = multiPolygonArea(z.zone);
    expect(area).toBeGreaterThanOrEqual(exact);
    expect(area - exact).toBeLessThan(0.01 * 72 * 72 * Math.PI);
  });

  it('uses 3 ft for equipment only infants and toddlers use', () => {
    expect(bbox(eq({ type: 'climber' }), { infantToddlerOnly: true })).toEqual({ minX: 1000 - 48 - 36, maxX: 1000 + 48 + 36, minY: 1000 - 24 - 36, maxY: 1000 + 24 + 36 });
    expect(TODDLER_USE_ZONE).toBe(36);
  });

  it('turns with the equipment', () => {
    expect(bbox(eq({ type: 'climber', rotation: 90 }))).toEqual({ minX: 1000 - 24 - 72, maxX: 1000 + 24 + 72, minY: 1000 - 48 - 72, maxY: 1000 + 48 + 72 });
  });

  it('treats height 0 as ground level: same zone, no resilient surface needed', () => {
    const z = fallZone(eq({ type: 'playhouse', height: 0 }), STANDARD);
    expect(z.needsSurfacing).toBe(false);
    expect(z.zone).toEqual(fallZone(eq({ type: 'playhouse', height: 30 }), STANDARD).zone);
    expect(fallZone(eq({ type: 'spring-rocker', height: 20 }), STANDARD).needsSurfacing).toBe(true);
  });
});

describe('fallZone: single-axis swings', () => {
  const swing = eq({ type: 'swing', size: [144, 72], height: 24, pivotHeight: 96 });

  it('reaches twice the pivot height in front of and behind the beam, 6 ft at the sides', () => {
    const z = fallZone(swing, STANDARD);
    expect(z.kind).toBe('single-axis-swing');
    expect(bbox(swing)).toEqual({ minX: 1000 - 72 - 72, maxX: 1000 + 72 + 72, minY: 1000 - 192, maxY: 1000 + 192 });
    expect(multiPolygonBBox(z.restricted)).toEqual({ minX: 1000 - 72, maxX: 1000 + 72, minY: 1000 - 192, maxY: 1000 + 192 });
    expect(z.fallHeight).toBe(96); // CPSC: a swing's fall height is its pivot
    expect(z.assumptions).toEqual([]);
  });

  it('points front and back along local y whatever the rotation', () => {
    expect(bbox({ ...swing, rotation: 90 })).toEqual({ minX: 1000 - 192, maxX: 1000 + 192, minY: 1000 - 144, maxY: 1000 + 144 });
  });

  it('falls back to height as the pivot and says so', () => {
    const z = fallZone(eq({ type: 'swing', size: [144, 72], height: 84 }), STANDARD);
    expect(multiPolygonBBox(z.restricted).maxY).toBe(1000 + 168);
    expect(z.assumptions.join(' ')).toMatch(/no pivot height/);
  });
});

describe('fallZone: tire swings', () => {
  it('is a circle of 6 ft + chain around the point under the pivot, chain = pivot − 24" without a seat height', () => {
    const z = fallZone(eq({ type: 'tire-swing', size: [60, 60], height: 96, pivotHeight: 96 }), STANDARD);
    const radius = USE_ZONE + (96 - 24);
    expect(z.kind).toBe('tire-swing');
    expect(multiPolygonBBox(z.restricted)).toEqual({ minX: 1000 - radius, maxX: 1000 + radius, minY: 1000 - radius, maxY: 1000 + radius });
    for (let deg = 0; deg < 360; deg += 7) {
      const p: Point = [1000 + radius * Math.cos((deg * Math.PI) / 180), 1000 + radius * Math.sin((deg * Math.PI) / 180)];
      expect(pointInMultiPolygon(p, z.restricted)).not.toBe('outside');
    }
  });

  it('reads a height below the pivot as the seat height', () => {
    const z = fallZone(eq({ type: 'tire-swing', size: [60, 60], height: 30, pivotHeight: 90 }), STANDARD);
    expect(multiPolygonBBox(z.restricted).maxX).toBe(1000 + 72 + 60);
  });

  it('stays at least 6 ft from the frame when the frame is wider than the circle', () => {
    const z = fallZone(eq({ type: 'tire-swing', size: [300, 60], height: 60, pivotHeight: 60 }), STANDARD);
    expect(multiPolygonBBox(z.zone).maxX).toBe(1000 + 150 + 72);
  });
});

describe('fallZone: slides', () => {
  const slide = (height: number, exit?: number, extra: Partial<Equipment> = {}) => eq({ type: 'slide', size: [144, 36], height, ...(exit === undefined ? {} : { exit }), ...extra });

  it.each([
    [48, SLIDE_EXIT_MIN],
    [72, 72],
    [84, 84],
    [120, SLIDE_EXIT_MAX],
  ])('a slide %d" high has an exit zone %d" long beyond the chute end', (height, length) => {
    const z = fallZone(slide(height, 0), STANDARD);
    expect(multiPolygonBBox(z.restricted)).toEqual({ minX: 1000 + 72, maxX: 1000 + 72 + length, minY: 1000 - 18, maxY: 1000 + 18 });
    expect(multiPolygonBBox(z.zone).maxX).toBe(1000 + 72 + Math.max(72, length));
  });

  it('puts the exit on the side the child leaves by', () => {
    const z = fallZone(slide(48, 180), STANDARD);
    expect(multiPolygonBBox(z.restricted)).toEqual({ minX: 1000 - 72 - 72, maxX: 1000 - 72, minY: 1000 - 18, maxY: 1000 + 18 });
    const south = fallZone(slide(48, 90, { rotation: 90 }), STANDARD);
    expect(multiPolygonBBox(south.restricted)).toEqual({ minX: 1000 - 18, maxX: 1000 + 18, minY: 1000 + 72, maxY: 1000 + 144 });
  });

  it('assumes the exit at the end of the longer side when none is given, and says so', () => {
    const z = fallZone(slide(48), STANDARD);
    expect(multiPolygonBBox(z.restricted).minX).toBe(1000 + 72);
    expect(z.assumptions.join(' ')).toMatch(/no exit direction/);
  });

  it('uses 3 ft around a toddler slide but keeps its 6 ft exit zone', () => {
    const z = fallZone(slide(36, 0), { infantToddlerOnly: true });
    expect(multiPolygonBBox(z.zone)).toEqual({ minX: 1000 - 72 - 36, maxX: 1000 + 72 + 72, minY: 1000 - 18 - 36, maxY: 1000 + 18 + 36 });
  });
});

describe('fallZone: properties', () => {
  const equipmentArb = fc.record({
    type: fc.constantFrom<Equipment['type']>('swing', 'tire-swing', 'slide', 'climber', 'playhouse', 'spring-rocker', 'seesaw', 'merry-go-round', 'trampoline', 'mini-trampoline', 'other'),
    x: fc.integer({ min: 0, max: 4000 }),
    y: fc.integer({ min: 0, max: 4000 }),
    w: fc.integer({ min: 6, max: 400 }),
    d: fc.integer({ min: 6, max: 400 }),
    rotation: fc.oneof(fc.constant(0), fc.integer({ min: -360, max: 360 }), fc.double({ min: -360, max: 360, noNaN: true })),
    height: fc.integer({ min: 0, max: 120 }),
    pivot: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    exit: fc.option(fc.integer({ min: 0, max: 359 }), { nil: undefined }),
    infant: fc.boolean(),
  });
  type Spec = typeof equipmentArb extends fc.Arbitrary<infer T> ? T : never;
  const build = (r: Spec): Equipment => ({
    id: 'P',
    type: r.type,
    at: [r.x, r.y],
    size: [r.w, r.d],
    rotation: r.rotation,
    height: r.height,
    ...(r.pivot === undefined ? {} : { pivotHeight: r.pivot }),
    ...(r.exit === undefined ? {} : { exit: r.exit }),
  });

  it('a zone always contains its equipment\'s footprint', () => {
    fc.assert(
      fc.property(equipmentArb, (r) => {
        const e = build(r);
        const z = fallZone(e, { infantToddlerOnly: r.infant });
        const footprint = rectangle(e.at, e.size, e.rotation ?? 0);
        expect(outside([[footprint]], z.zone)).toEqual([]);
        for (const p of footprint) expect(pointInMultiPolygon(p, z.zone)).toBe('inside');
      }),
      { numRuns: 150 },
    );
  });

  it('a zone is never smaller than the margin it promises: every point that close to the footprint is in it', () => {
    fc.assert(
      fc.property(equipmentArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.999, noNaN: true }), (r, s, t) => {
        const e = build(r);
        const margin = r.infant && !['swing', 'tire-swing'].includes(r.type) ? TODDLER_USE_ZONE : USE_ZONE;
        const z = fallZone(e, { infantToddlerOnly: r.infant });
        const fp = rectangle(e.at, e.size, e.rotation ?? 0);
        // A point on the true offset outline, a hair inside: along edge k at parameter s, or round corner k.
        const k = Math.floor(t * 4);
        const a = fp[k]!;
        const b = fp[(k + 1) % 4]!;
        const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
        const n: Point = [(b[1] - a[1]) / len, -(b[0] - a[0]) / len]; // outward for a ring with positive signed area
        const m = margin - 1e-6;
        const onEdge: Point = [a[0] + (b[0] - a[0]) * s + n[0] * m, a[1] + (b[1] - a[1]) * s + n[1] * m];
        expect(distancePointToRing(onEdge, fp)).toBeCloseTo(m, 6); // really out at the margin, not inside
        expect(pointInMultiPolygon(onEdge, z.zone)).not.toBe('outside');
        const prev = fp[(k + 3) % 4]!;
        const lp = Math.hypot(a[0] - prev[0], a[1] - prev[1]);
        const np: Point = [(a[1] - prev[1]) / lp, -(a[0] - prev[0]) / lp];
        const ang0 = Math.atan2(np[1], np[0]);
        const ang1 = Math.atan2(n[1], n[0]);
        let sweep = ang1 - ang0;
        while (sweep < 0) sweep += 2 * Math.PI;
        const ang = ang0 + sweep * s;
        const onCorner: Point = [a[0] + m * Math.cos(ang), a[1] + m * Math.sin(ang)];
        expect(distancePointToRing(onCorner, fp)).toBeCloseTo(m, 6);
        expect(pointInMultiPolygon(onCorner, z.zone)).not.toBe('outside');
      }),
      { numRuns: 150 },
    );
  });
});
