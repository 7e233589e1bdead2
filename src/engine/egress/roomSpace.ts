/**
 * What can block a walk inside one room — its walls (with the jamb returns of its doors) and its obstacles — and the
 * questions the navigation graph asks of them: does a straight walk from p to q keep clear (visible), does a point
 * stand clear (free), which obstacles does a walk starting at p keep less than their full clearance from
 * (clearancesAround). Sight lines are the engine's innermost loop, so the boxes are kept as flat arrays, tested
 * before any exact shape, and a room with many of them is searched through a grid (boxGrid.ts).
 */
import { ringBBox, ringLocator, type RingLocator } from '../../geometry/index.ts';
import { crossesProperly } from '../../geometry/clearance.ts';
import type { BBox, Point, Ring } from '../../geometry/types.ts';
import { BoxGrid } from './boxGrid.ts';
import { blocks, coreDistanceSq, CORNER_STEP, crossesFootprint, JAMB_STEP, TOUCH } from './clearanceShapes.ts';
import { LEEWAY, startClearance, type Obstacle } from './obstacles.ts';
import type { Wall } from './walls.ts';

export interface Boxed<T> {
  readonly box: BBox;
  readonly value: T;
}

/** Clearances a walk from a given start keeps from the obstacles it starts near (see clearancesAround). */
export type Radii = ReadonlyMap<Obstacle, number>;

/** Walls and obstacles a room may have before its sight lines go by a grid of their boxes rather than a scan. */
const SCAN_AT_MOST = 64;

/** RoomSpace serial numbers: a space's name in caches keyed by text (navigation.ts searchWithin). */
let spaces = 0;

export class RoomSpace {
  readonly serial = ++spaces;
  readonly walls: Boxed<Wall>[] = [];
  readonly obstacles: Boxed<Obstacle>[] = [];
  /** The navigation graph's node ids standing in the room. */
  readonly nodes: number[] = [];
  /** Where a point lies relative to the room's outline (pointInRing, bucketed for a room of many corners). */
  readonly locate: RingLocator;
  /** The boxes of the walls then the obstacles, as (minX, minY, maxX, maxY) runs: the sight-line test's first cut. */
  private boxes = new Float64Array(0);
  /** Each obstacle's footprint inside a circle, as (x, y, radius) runs (0 radius for a jamb or corner): the second. */
  private cores = new Float64Array(0);
  private grid: BoxGrid | null = null;
  /** What the grid finds near a sight line. */
  private nearBoxes = new Int32Array(0);
  /** The wall or obstacle that blocked the last sight line blocked here. */
  private blocker = -1;
  private lastAround: { readonly p: Point; readonly found: Map<Obstacle, number> | undefined } | null = null;

  constructor(outline: Ring) {
    this.locate = ringLocator(outline);
  }

  /** Once every wall and obstacle is in: the flat arrays the sight-line tests run on. */
  seal(): void {
    this.boxes = Float64Array.from([...this.walls, ...this.obstacles].flatMap(({ box: b }) => [b.minX, b.minY, b.maxX, b.maxY]));
    this.cores = Float64Array.from(this.obstacles.flatMap(({ value: o }) => coreCircle(o)));
    const count = this.walls.length + this.obstacles.length;
    if (count > SCAN_AT_MOST) {
      this.grid = new BoxGrid(this.boxes);
      this.nearBoxes = new Int32Array(count);
    }
  }

  /**
   * A walk from p to q crosses none of the walls and keeps clear of the obstacles — by their own clearance, or by the
   * one `radii` gives them (see clearancesAround).
   */
  visible(p: Point, q: Point, radii?: Radii): boolean {
    const minX = Math.min(p[0], q[0]);
    const minY = Math.min(p[1], q[1]);
    const maxX = Math.max(p[0], q[0]);
    const maxY = Math.max(p[1], q[1]);
    // Queries come in runs from nearby points toward nearby nodes, so whatever blocked the last one is the
    // likeliest to block this one: test it first.
    if (this.blocker >= 0 && this.blockedBy(this.blocker, p, q, minX, minY, maxX, maxY, radii)) return false;
    if (this.grid) {
      const near = this.nearBoxes;
      const found = this.grid.near(p[0], p[1], q[0], q[1], near);
      for (let i = 0; i < found; i++) {
        if (this.blockedBy(near[i]!, p, q, minX, minY, maxX, maxY, radii)) {
          this.blocker = near[i]!;
          return false;
        }
      }
      return true;
    }
    const count = this.walls.length + this.obstacles.length;
    for (let k = 0; k < count; k++) {
      if (this.blockedBy(k, p, q, minX, minY, maxX, maxY, radii)) {
        this.blocker = k;
        return false;
      }
    }
    return true;
  }

  /** Whether the wall or obstacle at `k` (walls first, then obstacles) blocks p–q, whose box is given. */
  private blockedBy(k: number, p: Point, q: Point, minX: number, minY: number, maxX: number, maxY: number, radii?: Radii): boolean {
    const boxes = this.boxes;
    const at = 4 * k;
    if (boxes[at]! > maxX || boxes[at + 2]! < minX || boxes[at + 1]! > maxY || boxes[at + 3]! < minY) return false;
    const nWalls = this.walls.length;
    if (k < nWalls) {
      const w = this.walls[k]!.value;
      return crossesProperly(p, q, w[0], w[1]);
    }
    const o = this.obstacles[k - nWalls]!.value;
    const r = radii?.get(o);
    if (o.kind === 'item') {
      // A walk clear of the circle round the footprint, by the clearance, is clear of the footprint by it too.
      const c = 3 * (k - nWalls);
      const reach = this.cores[c + 2]! + (r === undefined ? o.radius : Math.max(r, 0));
      if (segmentDistanceSqFrom(this.cores[c]!, this.cores[c + 1]!, p, q) >= reach * reach) return false;
    }
    // A clearance cut to nothing still leaves the footprint in the way.
    return r === undefined ? blocks(o, p, q, o.radius) : r > TOUCH ? blocks(o, p, q, r) : crossesFootprint(o, p, q);
  }

  /** p stands clear of every obstacle, each by its own clearance or the one `radii` gives it. */
  free(p: Point, radii?: Radii): boolean {
    for (const { box, value: o } of this.obstacles) {
      if (p[0] < box.minX || p[0] > box.maxX || p[1] < box.minY || p[1] > box.maxY) continue;
      const r = radii?.get(o) ?? o.radius;
      if (coreDistanceSq(p, o) < (r - TOUCH) ** 2) return false;
    }
    return true;
  }

  /**
   * The obstacles a walk from p keeps less than their full clearance from (startClearance: those p stands within
   * 18 in of), each with the clearance it keeps. Undefined when there are none. The bound and then the exact
   * distance are asked of the same point in turn, so the last answer is kept (by the point's identity).
   */
  clearancesAround(p: Point): Map<Obstacle, number> | undefined {
    const last = this.lastAround;
    if (last && last.p === p) return last.found;
    let found: Map<Obstacle, number> | undefined;
    for (const { box, value: o } of this.obstacles) {
      if (p[0] < box.minX - LEEWAY || p[0] > box.maxX + LEEWAY || p[1] < box.minY - LEEWAY || p[1] > box.maxY + LEEWAY) continue;
      const d2 = coreDistanceSq(p, o);
      if (d2 >= (o.radius + LEEWAY) ** 2) continue;
      // The polygon standing in for the circle must not enclose p: it is drawn round a circle a little smaller (by the
      // cosine of half its step, 1-8 %), whose corners come out no farther than the clearance kept.
      const keep = startClearance(Math.sqrt(d2), o.radius) * Math.cos((o.kind === 'jamb' ? JAMB_STEP : CORNER_STEP) / 2);
      (found ??= new Map()).set(o, keep);
    }
    this.lastAround = { p, found };
    return found;
  }
}

/** The centre of an item's footprint box and the radius of the circle about it holding the footprint; a point's for others. */
function coreCircle(o: Obstacle): [number, number, number] {
  if (o.kind !== 'item') return [o.centre[0], o.centre[1], 0];
  const b = ringBBox(o.ring);
  const [x, y] = [(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2];
  return [x, y, Math.max(...o.ring.map((v) => Math.hypot(v[0] - x, v[1] - y))) + 1e-9];
}

/** Squared distance from (x, y) to the segment p–q (pointSegmentDistanceSq without a point to make). */
function segmentDistanceSqFrom(x: number, y: number, p: Point, q: Point): number {
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((x - p[0]) * dx + (y - p[1]) * dy) / len2;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ex = p[0] + t * dx - x;
  const ey = p[1] + t * dy - y;
  return ex * ex + ey * ey;
}
