/**
 * The grid a big room's sight lines are tested through (boxGrid.ts): whatever boxes a segment meets must come back,
 * each once — a box left out would let a sight line pass through a wall.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BoxGrid } from '../../../../src/engine/egress/boxGrid.ts';

/** The segment p–q meets the box (clipped against its slabs). */
function meets(p: [number, number], q: [number, number], b: readonly number[]): boolean {
  let [t0, t1] = [0, 1];
  for (const axis of [0, 1]) {
    const d = q[axis]! - p[axis]!;
    const [lo, hi] = [b[axis]!, b[axis + 2]!];
    if (d === 0) {
      if (p[axis]! < lo || p[axis]! > hi) return false;
      continue;
    }
    let [a, c] = [(lo - p[axis]!) / d, (hi - p[axis]!) / d];
    if (a > c) [a, c] = [c, a];
    [t0, t1] = [Math.max(t0, a), Math.min(t1, c)];
    if (t0 > t1) return false;
  }
  return true;
}

const coordinate = fc.double({ min: -500, max: 500, noNaN: true });
const box = fc.tuple(coordinate, coordinate, fc.double({ min: 0, max: 200, noNaN: true }), fc.double({ min: 0, max: 200, noNaN: true })).map(([x, y, w, h]) => [x, y, x + w, y + h]);
const point = fc.tuple(coordinate, coordinate);

describe('BoxGrid', () => {
  it('returns every box a segment meets, each once', () => {
    fc.assert(
      fc.property(fc.array(box, { minLength: 1, maxLength: 120 }), fc.array(fc.tuple(point, point), { minLength: 1, maxLength: 20 }), (boxes, segments) => {
        const grid = new BoxGrid(Float64Array.from(boxes.flat()));
        const out = new Int32Array(boxes.length);
        for (const [p, q] of segments) {
          const found = Array.from(out.subarray(0, grid.near(p[0], p[1], q[0], q[1], out)));
          expect(new Set(found).size).toBe(found.length);
          boxes.forEach((b, k) => {
            if (meets(p, q, b)) expect(found, `box ${k}`).toContain(k);
          });
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('a wall along a long room is found from a sight line crossing it, and a far one is not', () => {
    // A 40 ft room's outline as 4 walls plus a column of 60 small boxes down its middle.
    const walls = [0, 0, 480, 0, 480, 0, 480, 240, 0, 240, 480, 240, 0, 0, 0, 240];
    const boxes = [...walls, ...Array.from({ length: 60 }, (_, k) => [236, 4 * k, 244, 4 * k + 3]).flat()];
    const grid = new BoxGrid(Float64Array.from(boxes));
    const out = new Int32Array(64);
    const across = Array.from(out.subarray(0, grid.near(-10, 120, 20, 120, out)));
    expect(across).toContain(3);
    // Cells are 40 in: a line along the top, well clear of the column, meets neither it nor the bottom wall.
    const alongTop = Array.from(out.subarray(0, grid.near(20, 230, 150, 230, out)));
    expect(alongTop).not.toContain(0);
    expect(alongTop.some((k) => k >= 4)).toBe(false);
  });
});
