import { describe, it, expect, vi, afterEach } from 'vitest';
import fc from 'fast-check';
import { multiPolygonArea, ringArea, signedArea } from '../../../src/geometry/area.ts';
import {
  clip,
  difference,
  dropSlivers,
  intersection,
  polygonToMultiPolygon,
  ringToMultiPolygon,
  ringToPolygon,
  union,
} from '../../../src/geometry/boolean.ts';
import { pointInMultiPolygon } from '../../../src/geometry/contains.ts';
import type { MultiPolygon, Ring } from '../../../src/geometry/types.ts';
import { close, rectRing, shapeArb } from './arbitraries.ts';

/*
 * polyclip-ts passes through untouched unless a test arms `failing`: then its calls throw, to
 * drive clip()'s retry and fallback paths, which real input reaches only rarely.
 */
const failing = vi.hoisted(() => ({ calls: 0, shouldThrow: (_call: number): boolean => false }));
vi.mock('polyclip-ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('polyclip-ts')>();
  const wrap =
    <F extends (...args: never[]) => unknown>(f: F) =>
    (...args: Parameters<F>): ReturnType<F> => {
      if (failing.shouldThrow(failing.calls++)) throw new Error('Unable to complete output ring (simulated)');
      return f(...args) as ReturnType<F>;
    };
  return { ...real, union: wrap(real.union), intersection: wrap(real.intersection), difference: wrap(real.difference) };
});
afterEach(() => {
  failing.calls = 0;
  failing.shouldThrow = () => false;
});

const mp = (ring: Ring): MultiPolygon => [[ring]];
const unit = rectRing(0, 0, 1, 1);

/** Every ring open (no repeated closing vertex), ≥ 3 vertices, outer positive and holes negative. */
function wellFormed(m: MultiPolygon): boolean {
  return m.every((polygon) =>
    polygon.every((ring, i) => {
      const first = ring[0]!;
      const last = ring[ring.length - 1]!;
      const open = !(first[0] === last[0] && first[1] === last[1]);
      return ring.length >= 3 && open && (i === 0 ? signedArea(ring) > 0 : signedArea(ring) < 0);
    }),
  );
}

describe('union', () => {
  it('merges squares sharing an edge into one rectangle without the seam vertices', () => {
    const u = union(mp(unit), mp(rectRing(1, 0, 1, 1)));
    expect(u).toHaveLength(1);
    expect(u[0]).toHaveLength(1);
    expect(u[0]![0]).toHaveLength(4);
    expect(multiPolygonArea(u)).toBe(2);
    expect(wellFormed(u)).toBe(true);
  });

  it('keeps squares touching only at a corner as two parts', () => {
    const u = union(mp(unit), mp(rectRing(1, 1, 1, 1)));
    expect(u).toHaveLength(2);
    expect(multiPolygonArea(u)).toBe(2);
  });

  it('handles no operands, empty operands and one operand', () => {
    expect(union()).toEqual([]);
    expect(union([], [])).toEqual([]);
    expect(multiPolygonArea(union(mp(unit), []))).toBe(1);
    // A single operand with overlapping parts is normalised.
    expect(multiPolygonArea(union([[unit], [rectRing(0.5, 0, 1, 1)]]))).toBe(1.5);
  });

  it('creates a hole when a ring of rooms closes around a courtyard', () => {
    const rooms = [rectRing(0, 0, 30, 10), rectRing(0, 20, 30, 10), rectRing(0, 10, 10, 10), rectRing(20, 10, 10, 10)];
    const u = union(...rooms.map(mp));
    expect(u).toHaveLength(1);
    expect(u[0]).toHaveLength(2);
    expect(multiPolygonArea(u)).toBe(800);
    expect(pointInMultiPolygon([15, 15], u)).toBe('outside');
    expect(wellFormed(u)).toBe(true);
  });
});

describe('difference / intersection', () => {
  it('cuts a square hole and an L', () => {
    const big = mp(rectRing(0, 0, 10, 10));
    const withHole = difference(big, mp(rectRing(3, 3, 4, 4)));
    expect(withHole).toHaveLength(1);
    expect(withHole[0]).toHaveLength(2);
    expect(multiPolygonArea(withHole)).toBe(84);
    expect(wellFormed(withHole)).toBe(true);
    const L = difference(big, mp(rectRing(5, 5, 5, 5)));
    expect(multiPolygonArea(L)).toBe(75);
    expect(L[0]![0]).toHaveLength(6);
  });

  it('returns [] for A − A, disjoint intersections and touching intersections', () => {
    expect(difference(mp(unit), mp(unit))).toEqual([]);
    expect(intersection(mp(unit), mp(rectRing(5, 5, 1, 1)))).toEqual([]);
    expect(intersection(mp(unit), mp(rectRing(1, 0, 1, 1)))).toEqual([]);
    expect(intersection([], mp(unit))).toEqual([]);
    expect(difference([], mp(unit))).toEqual([]);
    expect(multiPolygonArea(difference(mp(unit), []))).toBe(1);
  });

  it('intersects overlapping squares', () => {
    const i = intersection(mp(rectRing(0, 0, 2, 2)), mp(rectRing(1, 1, 2, 2)));
    expect(multiPolygonArea(i)).toBe(1);
  });

  it('splits a rectangle in two', () => {
    const parts = difference(mp(rectRing(0, 0, 30, 10)), mp(rectRing(10, -1, 10, 12)));
    expect(parts).toHaveLength(2);
    expect(multiPolygonArea(parts)).toBe(200);
  });
});

describe('degenerate input', () => {
  it('ignores slivers, short rings and non-finite coordinates instead of throwing', () => {
    const sliver: Ring = [[0, 0], [5, 0], [10, 0]];
    expect(union(mp(sliver))).toEqual([]);
    expect(multiPolygonArea(union(mp(unit), mp(sliver)))).toBe(1);
    expect(multiPolygonArea(difference(mp(unit), mp(sliver)))).toBe(1);
    expect(union(mp([]), mp([[1, 1]]), mp([[1, 1], [2, 2]]))).toEqual([]);
    expect(union([[]])).toEqual([]);
    expect(multiPolygonArea(union(mp(unit), mp([[0, 0], [NaN, 1], [1, 1]])))).toBe(1);
    // A degenerate hole is dropped, its polygon kept.
    expect(multiPolygonArea(union([[rectRing(0, 0, 4, 4), [[1, 1], [2, 2], [3, 3]]]]))).toBe(16);
  });

  it('accepts closed rings and repeated points', () => {
    const closed: Ring = [[0, 0], [1, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
    expect(multiPolygonArea(union(mp(closed)))).toBe(1);
  });

  it('survives a known polygon-clipping failure case (upstream issue #139)', () => {
    const subject: MultiPolygon = [[
      [[0, 56], [4, 56], [4, 60], [0, 60]],
      [[0.5, 56.4], [0.5, 56.6], [1.5, 56.6], [1.5, 56.4]],
    ]];
    const cutter = mp([[2.3000000000000003, 55.6], [0.7000000000000001, 55.6], [0.6999999999999998, 56.4], [2.3, 56.4]]);
    const r = clip('difference', [subject, cutter]);
    expect(r.quality).toBe('exact');
    expect(multiPolygonArea(r.result)).toBeCloseTo(16 - 0.2 - 1.6 * 0.4, 9);
  });

  it('reports exact quality and no error on ordinary input', () => {
    const r = clip('union', [mp(unit)]);
    expect(r.quality).toBe('exact');
    expect(r.error).toBeUndefined();
    expect(clip('intersection', [])).toEqual({ result: [], quality: 'exact' });
  });
});

describe('recovery when polyclip-ts throws', () => {
  const a = rectRing(0, 0, 10, 10);
  const b = rectRing(5, 0, 10, 10);

  it('retries on a snapped grid, and says so', () => {
    failing.shouldThrow = (call) => call === 0;
    const r = clip('union', [mp(a), mp(b)]);
    expect(r.quality).toBe('snapped');
    expect(String(r.error)).toContain('simulated');
    expect(multiPolygonArea(r.result)).toBe(150);
  });

  it('recovers from a real failure: near-coincident edges (found by fuzzing)', () => {
    const p: Ring = [[1090.7274568111372, 1018.8394549363085], [988.5669398384475, 1061.264912986298], [942.6617569277637, 984.5667094081074], [1002.8657207879712, 908.0858007232235]];
    const q: Ring = [[1090.727456812126, 1018.8394549361001], [988.5669398376225, 1061.2649129863225], [942.6617569280945, 984.5667094082364], [1002.865720787001, 908.0858007232154]];
    const t: Ring = [[987.6935548060125, 1091.8419723677653], [938.0745945188582, 992.9751452774794], [1011.2955160565053, 941.7053013206014], [1091.8839428676865, 996.2887431491048]];
    for (const op of ['union', 'intersection', 'difference'] as const) {
      const r = clip(op, [mp(p), mp(q), mp(t)]);
      expect(r.quality).toBe('snapped');
    }
    expect(multiPolygonArea(union(mp(p), mp(q), mp(t)))).toBeCloseTo(multiPolygonArea(union(mp(p), mp(t))), 3);
  });

  it('folds a union part by part when whole-operation calls keep failing', () => {
    failing.shouldThrow = (call) => call < 3;
    const r = clip('union', [mp(a), mp(b)]);
    expect(r.quality).toBe('fallback');
    expect(multiPolygonArea(r.result)).toBe(150);
  });

  it('keeps unmergeable union parts side by side rather than losing them', () => {
    failing.shouldThrow = () => true;
    const r = clip('union', [mp(a), mp(b)]);
    expect(r.quality).toBe('fallback');
    expect(r.result).toHaveLength(2);
  });

  it('keeps the subject of a failing difference, and empties a failing intersection', () => {
    failing.shouldThrow = () => true;
    const d = clip('difference', [mp(a), mp(b)]);
    expect(d.quality).toBe('fallback');
    expect(multiPolygonArea(d.result)).toBe(100);
    expect(clip('intersection', [mp(a), mp(b)])).toMatchObject({ result: [], quality: 'fallback' });
    expect(() => union(mp(a), mp(b))).not.toThrow();
  });

  it('subtracts what it can when only some parts fail', () => {
    // Calls 0–2: exact and both snapped attempts; 3: first cutter (succeeds); 4: second (fails).
    failing.shouldThrow = (call) => call < 3 || call === 4;
    const cutters: MultiPolygon = [[rectRing(0, 0, 2, 10)], [rectRing(8, 0, 2, 10)]];
    const d = clip('difference', [mp(a), cutters]);
    expect(d.quality).toBe('fallback');
    expect(multiPolygonArea(d.result)).toBe(80);
  });
});

describe('helpers', () => {
  it('wraps rings and polygons', () => {
    expect(ringToPolygon(unit)).toEqual([unit]);
    expect(ringToMultiPolygon(unit)).toEqual([[unit]]);
    expect(polygonToMultiPolygon([unit])).toEqual([[unit]]);
  });

  it('drops slivers thinner than the width given', () => {
    const hair = rectRing(0, 0, 100, 1e-6);
    expect(dropSlivers([[hair], [unit]], 1e-3)).toEqual([[unit]]);
    expect(dropSlivers([[hair]], 1e-9)).toEqual([[hair]]);
  });
});

describe('properties', () => {
  const pair = fc.tuple(shapeArb(), shapeArb());

  it('area of a union lies between the larger area and the sum', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const u = multiPolygonArea(union(mp(a), mp(b)));
        const A = ringArea(a);
        const B = ringArea(b);
        expect(u).toBeLessThanOrEqual(A + B + 1e-6);
        expect(u).toBeGreaterThanOrEqual(Math.max(A, B) - 1e-6);
      }),
    );
  });

  it('A − A is empty', () => {
    fc.assert(
      fc.property(shapeArb(), (a) => {
        expect(difference(mp(a), mp(a))).toEqual([]);
        expect(multiPolygonArea(difference(mp(a), mp(a.slice().reverse())))).toBe(0);
      }),
    );
  });

  it('A ∩ B is no larger than A or B, and inside both', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const i = intersection(mp(a), mp(b));
        const area = multiPolygonArea(i);
        expect(area).toBeLessThanOrEqual(ringArea(a) + 1e-6);
        expect(area).toBeLessThanOrEqual(ringArea(b) + 1e-6);
        expect(multiPolygonArea(difference(i, mp(a)))).toBeLessThan(1e-6);
        expect(wellFormed(i)).toBe(true);
      }),
    );
  });

  it('area(A ∪ B) = area(A) + area(B) − area(A ∩ B), and A − B = A − (A ∩ B) by area', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const A = ringArea(a);
        const B = ringArea(b);
        const U = multiPolygonArea(union(mp(a), mp(b)));
        const I = multiPolygonArea(intersection(mp(a), mp(b)));
        const D = multiPolygonArea(difference(mp(a), mp(b)));
        expect(close(U, A + B - I, 1e-9, 1e-6)).toBe(true);
        expect(close(D, A - I, 1e-9, 1e-6)).toBe(true);
      }),
    );
  });

  it('union is commutative in area and well formed', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const ab = union(mp(a), mp(b));
        const ba = union(mp(b), mp(a));
        expect(close(multiPolygonArea(ab), multiPolygonArea(ba), 1e-12, 1e-9)).toBe(true);
        expect(wellFormed(ab)).toBe(true);
      }),
    );
  });
});
