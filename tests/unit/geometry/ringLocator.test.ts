/**
 * ringLocator answers exactly as pointInRing does (it only skips the edges pointInRing's rules cannot count): for
 * rings of many corners, at random points, at the corners themselves, on and just off the edges.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pointInRing, ringLocator, type Point, type Ring } from '../../../src/geometry/index.ts';

/** A star-shaped ring of n corners (radius varying by corner) round (cx, cy): simple, with many reflex corners. */
const starRing = fc
  .tuple(fc.integer({ min: 3, max: 220 }), fc.double({ min: -1000, max: 1000, noNaN: true }), fc.double({ min: -1000, max: 1000, noNaN: true }), fc.integer({ min: 1, max: 2 ** 31 - 1 }))
  .map(([n, cx, cy, seed]): Ring => {
    let s = seed;
    const next = () => ((s = (s * 16807) % 2147483647) / 2147483647);
    return Array.from({ length: n }, (_, k): Point => {
      const a = (2 * Math.PI * k) / n;
      const r = 50 + 400 * next();
      // Whole inches, as plans are drawn, so edges line up level and plumb now and then.
      return [Math.round(cx + r * Math.cos(a)), Math.round(cy + r * Math.sin(a))];
    });
  });

describe('ringLocator', () => {
  it('agrees with pointInRing everywhere', () => {
    fc.assert(
      fc.property(starRing, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 40 }), (ring, unit) => {
        const locate = ringLocator(ring);
        const xs = ring.map((p) => p[0]);
        const ys = ring.map((p) => p[1]);
        const [x0, x1, y0, y1] = [Math.min(...xs) - 10, Math.max(...xs) + 10, Math.min(...ys) - 10, Math.max(...ys) + 10];
        const probes: Point[] = unit.map(([u, v]) => [x0 + u * (x1 - x0), y0 + v * (y1 - y0)]);
        ring.forEach((a, i) => {
          const b = ring[(i + 1) % ring.length]!;
          probes.push(a, [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], [(a[0] + b[0]) / 2 + 1e-7, (a[1] + b[1]) / 2], [a[0], (a[1] + b[1]) / 2]);
        });
        for (const p of probes) expect(locate(p), `${p}`).toBe(pointInRing(p, ring));
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('a 200-corner room: its corners are on the boundary, its middle inside, a point beyond it outside', () => {
    const ring: Ring = Array.from({ length: 200 }, (_, k) => {
      const a = (2 * Math.PI * k) / 200;
      const r = k % 2 ? 300 : 200;
      return [r * Math.cos(a), r * Math.sin(a)];
    });
    const locate = ringLocator(ring);
    expect(locate(ring[17]!)).toBe('boundary');
    expect(locate([0, 0])).toBe('inside');
    expect(locate([299, 0])).toBe('outside');
  });
});
