import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { orient2d, samePoint } from '../../../src/geometry/orient.ts';

describe('orient2d', () => {
  it('gives +1 for a CCW turn in math axes, −1 for CW, 0 for collinear', () => {
    expect(orient2d([0, 0], [1, 0], [0, 1])).toBe(1);
    expect(orient2d([0, 0], [0, 1], [1, 0])).toBe(-1);
    expect(orient2d([0, 0], [1, 1], [5, 5])).toBe(0);
    expect(orient2d([0, 0], [0, 0], [5, 5])).toBe(0);
    expect(orient2d([3, 7], [3, 9], [3, -100])).toBe(0);
  });

  it('is exact where the naive cross product is not', () => {
    // Perturb one point of a collinear triple by single ulps; compare with an integer reference
    // (every coordinate is a multiple of 2^-53, so scaling by 2^53 gives exact BigInts).
    const ulp = 2 ** -53;
    const scale = (x: number) => BigInt(x * 2 ** 53);
    let naiveWrong = 0;
    for (let i = 0; i < 64; i++) {
      for (let j = 0; j < 64; j++) {
        const a = [0.5 + i * ulp, 0.5 + j * ulp] as const;
        const b = [12, 12] as const;
        const c = [24, 24] as const;
        const [ax, ay, bx, by, cx, cy] = [a[0], a[1], b[0], b[1], c[0], c[1]].map(scale) as [bigint, bigint, bigint, bigint, bigint, bigint];
        const det = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
        const expected = det > 0n ? 1 : det < 0n ? -1 : 0;
        expect(orient2d(a, b, c)).toBe(expected);
        const naive = Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
        if (naive !== expected) naiveWrong++;
      }
    }
    // The test only means something if floating point actually gets some of these wrong.
    expect(naiveWrong).toBeGreaterThan(0);
  });

  it('is antisymmetric under swapping two points and invariant under rotation of the triple', () => {
    const pt = fc.tuple(fc.integer({ min: -40, max: 40 }), fc.integer({ min: -40, max: 40 })).map(([x, y]) => [x / 8, y / 8] as const);
    fc.assert(
      fc.property(pt, pt, pt, (a, b, c) => {
        const o = orient2d(a, b, c);
        expect(orient2d(b, a, c)).toBe(-o || 0);
        expect(orient2d(b, c, a)).toBe(o);
      }),
    );
  });

  it('compares points exactly', () => {
    expect(samePoint([1, 2], [1, 2])).toBe(true);
    expect(samePoint([1, 2], [1, 2 + 1e-12])).toBe(false);
  });
});
