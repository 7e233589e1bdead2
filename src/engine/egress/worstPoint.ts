/**
 * The most remote point of a room (travel distance "from the most remote point subject to occupancy"): the
 * maximum over the room of a distance field.
 *
 * Branch and bound: walking distance changes by at most the distance walked, so a square cell whose centre is d
 * from the exit holds no point farther than d + half its diagonal. Cells are split, a generation at a time, until
 * no cell can beat the best point found by more than the tolerance — the maximum is then certified to within it,
 * wherever it lies (a corner, a wall, or a ridge between two exits in the middle of the floor). Corners of the
 * room are always probed first, since that is where the answer usually is. Beside furniture the bound is
 * only a guide (the field can jump across an obstruction, or where a start's clearance opens a gap:
 * docs/travel-distance.md), so corners, about 40 first cells and the strips of wall behind furniture back it up.
 * A cell none of whose probes is open floor is split, not dropped, unless it surely holds none (wholly outside the
 * room, or wholly on one piece of furniture): a 24 in gap between two cribs is narrower than a first cell.
 *
 * Most of the cost is the figures asked of the field, so each probe asks for as little as settles it: a cheap upper
 * bound first, and the exact distance only where the bound could beat the best; and where a bound under a cap
 * settles the probe, any bound under it will do (UpperBound, Field). Whatever the field answers within that
 * contract, the search takes the same course and reports the same point (tests/unit/engine/egress/worstPoint.test.ts).
 */
import { distancePointToRing, ringArea, ringBBox, ringLocator, signedArea } from '../../geometry/index.ts';
import { pointConvexDistanceSq } from '../../geometry/clearance.ts';
import type { Point, Ring } from '../../geometry/types.ts';

export interface Remotest {
  readonly point: Point;
  readonly value: number;
}

/** Inches: the reported figure is within this of the true maximum (with the graph's own 0.5 in, inside checks.md's 3 in). */
export const REMOTEST_TOLERANCE = 2;
const MAX_EVALUATIONS = 4000;
/** Inches an occupant's centre stays off furniture. */
export const BODY_HALF_WIDTH = 6;

interface Cell {
  readonly x: number;
  readonly y: number;
  readonly half: number;
}

/**
 * An upper bound on the field at p. `cap` says how good a bound is good enough: one at or below it settles the point
 * (it cannot be the most remote, nor its cell hold it), so a guess that comes in under the cap — a walk by way of the
 * node the last point went by — may be returned instead of the least bound. The search takes the same course either
 * way: it only ever asks whether the bound is over the cap.
 */
export type UpperBound = (p: Point, cap: number) => number;

/** The field at p — or, where a walk no longer than `cap` turns up on the way, that walk's length (see UpperBound). */
export type Field = (p: Point, cap: number) => number;

/**
 * @param field the distance from a point
 * @param atMost an upper bound on it, cheaper (the field by default): a cell's bound may come from it, and the exact
 *   figure is asked for only where it could beat the best found.
 */
export function remotestPoint(ring: Ring, obstructions: readonly Ring[], field: Field, atMost: UpperBound = field): Remotest | null {
  // "Subject to occupancy": a person's centre stands at least half a body width (6") off furniture, so the slot
  // behind a refrigerator is not where travel starts; walls are another matter — the far corner is the classic
  // most remote point.
  // Each footprint's box grown by the body margin: most probes are far from most furniture.
  // Asked of every probe, so a plain loop over (minX, minY, maxX, maxY) runs.
  const near = Float64Array.from(obstructions.flatMap((o) => {
    const b = ringBBox(o);
    return [b.minX - BODY_HALF_WIDTH, b.minY - BODY_HALF_WIDTH, b.maxX + BODY_HALF_WIDTH, b.maxY + BODY_HALF_WIDTH];
  }));
  const onFurniture = (p: Point): boolean => {
    const x = p[0];
    const y = p[1];
    for (let k = 0; k < obstructions.length; k++) {
      const at = 4 * k;
      if (x >= near[at]! && x <= near[at + 2]! && y >= near[at + 1]! && y <= near[at + 3]! && pointConvexDistanceSq(p, obstructions[k]!) < BODY_HALF_WIDTH ** 2) return true;
    }
    return false;
  };
  const locate = ringLocator(ring);
  const usable = (p: Point) => !onFurniture(p) && locate(p) !== 'outside';
  let best = null as Remotest | null;
  let evaluations = 0;
  // A cell's exact figure is skipped where the cheap bound cannot beat `gate`: the best of the lone points while the
  // first cells are laid out, the best found when the generation began after — never the best so far within a pass,
  // so the same cells get exact figures whatever order they are taken in.
  let gate = -Infinity;
  // Figures are compared at a millionth of an inch: the same room drawn elsewhere (or turned) measures the same up to
  // rounding in the last bits, and a comparison that rounding could flip would send the search down other cells.
  const settled = (v: number) => (Number.isFinite(v) ? Math.round(v * 1e6) / 1e6 : v);
  /** `reach`: how much farther the cell the point stands for may be (0 for a lone point). */
  const consider = (p: Point, reach = 0): number => {
    evaluations++;
    // A cell whose bound stays within the tolerance of the best at hand is let go at the next generation whatever
    // the bound's exact figure; a lone point, whatever it is if not over the best.
    const cap = reach === 0 ? gate : gate + tolerance(gate) - reach;
    const bound = settled(atMost(p, cap));
    if (bound <= gate) return bound;
    // Over the gate, the figure may become the best: it must be the exact one, never a walk merely under the cap.
    const value = bound === Infinity || atMost !== field ? settled(field(p, Math.min(cap, gate))) : bound;
    if (!best || value > best.value) best = { point: p, value };
    return value;
  };
  /**
   * Lone points (no cell behind them): every bound first, then exact figures from the highest bound down, only
   * while one could still beat the best. The best is then the first point, in that order, that reaches the most.
   */
  const considerPoints = (points: readonly Point[]) => {
    const open = points.filter(usable);
    evaluations += open.length;
    const bounds = open.map((p) => settled(atMost(p, best?.value ?? -Infinity)));
    const order = open.map((_, i) => i).sort((i, j) => (bounds[i]! > bounds[j]! ? -1 : bounds[i]! < bounds[j]! ? 1 : i - j));
    for (const i of order) {
      const cap = best?.value ?? -Infinity;
      if (bounds[i]! <= cap) break;
      const value = bounds[i] === Infinity || atMost !== field ? settled(field(open[i]!, cap)) : bounds[i]!;
      if (!best || value > best.value) best = { point: open[i]!, value };
    }
    gate = best?.value ?? -Infinity;
  };
  considerPoints(ring);
  // The strips of wall behind furniture standing near it: where a start's clearance can shut a slot, the field jumps
  // there (docs/travel-distance.md), so the step bound cannot be trusted to find a maximum in them; they are probed
  // along the wall instead, every few inches.
  considerPoints(besideFurniture(ring, obstructions));
  /** The cell lies wholly outside the room, or wholly on one piece of furniture (with its 6" margin, still convex). */
  const surelyUnusable = (centre: Point, corners: readonly Point[], half: number): boolean =>
    (locate(centre) === 'outside' && distancePointToRing(centre, ring) > half * Math.SQRT2) ||
    obstructions.some((o) => corners.every((c) => pointConvexDistanceSq(c, o) < BODY_HALF_WIDTH ** 2));

  const box = ringBBox(ring);
  const side = Math.max(6, Math.sqrt(ringArea(ring) / 40));
  const cells: Cell[] = [];
  /** Cells still open, each with its bound. */
  let open: { readonly cell: number; readonly bound: number }[] = [];
  const push = (x: number, y: number, half: number) => {
    const centre: Point = [x, y];
    let value: number;
    let reach: number;
    if (usable(centre)) {
      reach = half * Math.SQRT2;
      value = consider(centre, reach);
    } else {
      // Centre under furniture or outside the room: bound the cell from its open corners, a full diagonal away.
      const all = ([[-half, -half], [half, -half], [-half, half], [half, half]] as const).map(([dx, dy]): Point => [x + dx, y + dy]);
      const corners = all.filter(usable);
      if (corners.length === 0) {
        // Nothing measured yet, but the cell may still hold open floor — the gap between two cribs against a wall
        // is narrower than a cell. Unless it surely holds none, it is split (an unknown bound is searched first).
        // Below 3" across, a cell with no open point found is let go: no occupant stands in a narrower gap.
        if (half < 1.5 || surelyUnusable(centre, all, half)) return;
        cells.push({ x, y, half });
        open.push({ cell: cells.length - 1, bound: Infinity });
        return;
      }
      reach = 2 * half * Math.SQRT2;
      value = Math.max(...corners.map((c) => consider(c, reach)));
    }
    if (value === Infinity) return;
    cells.push({ x, y, half });
    open.push({ cell: cells.length - 1, bound: value + reach });
  };
  // The first cells are laid out symmetrically about the box's centre, so the same room turned a quarter turn (or
  // mirrored) is searched at the same points and reports the same figure.
  const columns = Math.ceil((box.maxX - box.minX) / side);
  const rows = Math.ceil((box.maxY - box.minY) / side);
  const [cx, cy] = [(box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2];
  for (let i = 0; i < columns; i++) {
    for (let j = 0; j < rows; j++) push(cx + (i - (columns - 1) / 2) * side, cy + (j - (rows - 1) / 2) * side, side / 2);
  }
  if (best?.value === Infinity) return best;
  // Cells are split a generation at a time — every open cell that could still beat the best found when the
  // generation began — so which cells are split never depends on the order they were laid out or split in: the same
  // room turned a quarter turn (or mirrored) is searched at the same points and reports the same figure.
  while (open.length && evaluations < MAX_EVALUATIONS) {
    const current = best;
    if (current?.value === Infinity) break;
    gate = current?.value ?? -Infinity;
    const enough = current ? current.value + tolerance(current.value) : -Infinity;
    const splitting = open.filter((c) => c.bound > enough);
    if (splitting.length === 0) break;
    open = [];
    for (const { cell: id } of splitting) {
      const cell = cells[id]!;
      const q = cell.half / 2;
      if (q < 0.05) continue;
      for (const [dx, dy] of [[-q, -q], [q, -q], [-q, q], [q, q]] as const) push(cell.x + dx, cell.y + dy, q);
    }
  }
  return best;
}

/** Certified to 2", or to 0.4% on long walks (well inside checks.md's 1% or 3 in). */
const tolerance = (best: number): number => Math.max(REMOTEST_TOLERANCE, best * 0.004);

/** Inches: how near a wall furniture must stand for the strip behind it to be probed, and the probes' spacing. */
const SLOT = 24;
const SLOT_STEP = 4;

/** Points along each wall, half an inch in, behind every footprint within SLOT of it (and SLOT / 2 either side). */
function besideFurniture(ring: Ring, obstructions: readonly Ring[]): Point[] {
  const out: Point[] = [];
  const inward = signedArea(ring) > 0 ? 1 : -1;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (length === 0) continue;
    const [ux, uy] = [(b[0] - a[0]) / length, (b[1] - a[1]) / length];
    // The inside lies to the left of a counter-clockwise ring (math axes).
    const [nx, ny] = [-uy * inward, ux * inward];
    for (const o of obstructions) {
      let from = Infinity;
      let to = -Infinity;
      let nearest = Infinity;
      for (const v of o) {
        const along = (v[0] - a[0]) * ux + (v[1] - a[1]) * uy;
        const off = (v[0] - a[0]) * nx + (v[1] - a[1]) * ny;
        from = Math.min(from, along);
        to = Math.max(to, along);
        nearest = Math.min(nearest, off);
      }
      if (nearest > SLOT || to < -SLOT / 2 || from > length + SLOT / 2) continue;
      for (let t = Math.max(0, from - SLOT / 2); t <= Math.min(length, to + SLOT / 2); t += SLOT_STEP) {
        out.push([a[0] + ux * t + nx * 0.5, a[1] + uy * t + ny * 0.5]);
      }
    }
  }
  return out;
}
