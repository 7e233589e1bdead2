/**
 * The most remote point of a room (travel distance "from the most remote point subject to occupancy"): the
 * maximum over the room of a distance field, found by evaluating every corner, a grid over the floor, and then
 * climbing from the best two until the step is under an inch. The field is 1-Lipschitz in open floor, so a
 * grid of spacing g misses the true maximum by at most g/√2 before the climb; the tests sample the room densely
 * to show no point is farther than the one reported.
 */
import { pointInRing, ringArea, ringBBox } from '../../geometry/index.ts';
import { insideConvex } from '../../geometry/clearance.ts';
import type { Point, Ring } from '../../geometry/types.ts';

export interface Remotest {
  readonly point: Point;
  readonly value: number;
}

const DIRECTIONS: readonly Point[] = [[1, 0], [-1, 0], [0, 1], [0, -1]];

export function remotestPoint(ring: Ring, obstructions: readonly Ring[], field: (p: Point) => number): Remotest | null {
  const usable = (p: Point) => pointInRing(p, ring) !== 'outside' && !obstructions.some((o) => insideConvex(p, o));
  const box = ringBBox(ring);
  // About a hundred grid points whatever the room's size; the climb does the fine work.
  const spacing = Math.max(6, Math.sqrt(ringArea(ring) / 60));
  // Corners first: on the inside face is still in the room, and the remotest point is usually one of them.
  const seeds: Point[] = ring.filter(usable);
  for (let x = box.minX + spacing / 2; x < box.maxX; x += spacing) {
    for (let y = box.minY + spacing / 2; y < box.maxY; y += spacing) if (usable([x, y])) seeds.push([x, y]);
  }
  const scored = seeds.map((p) => ({ point: p, value: field(p) }));
  if (scored.length === 0) return null;
  scored.sort((a, b) => b.value - a.value);
  // An unreachable point is as remote as it gets; no need to climb.
  if (!Number.isFinite(scored[0]!.value)) return scored[0]!;
  let best = scored[0]!;
  for (const start of scored.slice(0, 2)) {
    let here = start;
    // Down to a 1" step: the figure is then within 0.7" of the local maximum, well inside the 3" accuracy.
    for (let step = spacing / 2; step >= 1; ) {
      let moved = false;
      for (const [dx, dy] of DIRECTIONS) {
        const p: Point = [here.point[0] + dx * step, here.point[1] + dy * step];
        if (!usable(p)) continue;
        const value = field(p);
        if (value > here.value + 1e-9) {
          here = { point: p, value };
          moved = true;
          break;
        }
      }
      if (!moved) step /= 2;
    }
    if (here.value > best.value) best = here;
  }
  return best;
}
