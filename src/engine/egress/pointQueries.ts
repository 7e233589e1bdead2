/**
 * Distances from points to the graph's sources: the questions the most-remote-point search asks at every probe, and a
 * start's walk out of the clearance of furniture it stands beside (walkOut). They need the graph only as its nodes and
 * its rooms' spaces (RoomGraph); the graph itself is navigation.ts.
 */
import type { BBox, Point } from '../../geometry/types.ts';
import type { RoomInfo } from '../facility.ts';
import { clearancePolygon, obstacleBox } from './clearanceShapes.ts';
import { MinHeap } from './minHeap.ts';
import type { NavField, NavNode, Reach } from './navigation.ts';
import type { Radii, RoomSpace } from './roomSpace.ts';

/** What the point queries need of the graph. */
export interface RoomGraph {
  readonly nodes: readonly NavNode[];
  space(room: RoomInfo): RoomSpace | undefined;
}

/** The nodes the last of a run of nearby points went by (distanceAtMost), latest first: good guesses for the next. */
export interface Guide {
  readonly ids: number[];
}

/** How many recent nodes a guide keeps. */
const GUIDES = 4;

/** A room's nodes that reach a field's sources, nearest to them first, as flat arrays (reachableNodes). */
interface FlatNodes {
  readonly ids: Int32Array;
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly ds: Float64Array;
}

export class PointQueries {
  private readonly candidates = new MinHeap();
  private lastSight: { readonly p: Point; readonly room: RoomInfo; readonly field: NavField; readonly found: Reach | null } | null = null;
  private readonly flat = new WeakMap<Float64Array, Map<RoomInfo, FlatNodes>>();

  constructor(private readonly graph: RoomGraph) {}

  private visible(room: RoomInfo, p: Point, q: Point, radii?: Radii): boolean {
    return this.graph.space(room)?.visible(p, q, radii) ?? false;
  }

  /**
   * The geodesic from a point of `room` to the field's sources: the least, over the graph's nodes, of the walk to
   * the node and its distance on. Null when no walk keeping the clearances leaves the point. With `enough`, the
   * first walk found no longer than it may be returned instead: a bound, for a caller that only needs to know the
   * distance is at most that.
   */
  nearestVia(p: Point, room: RoomInfo, field: NavField, enough = -Infinity, guide?: Guide): Reach | null {
    const around = this.graph.space(room)?.clearancesAround(p);
    return around ? this.walkOut(p, room, field, around, enough, guide) : this.nodeInSight(p, room, field);
  }

  /**
   * An upper bound on nearestVia's distance, cheaper near obstacles: the straight walk to the best node in sight,
   * without looking for a shorter one that wraps the obstacles close by (walkOut). Exact away from them; Infinity
   * only when no walk at all leaves p. For searches that need the exact figure only where it could matter.
   */
  distanceAtMost(p: Point, room: RoomInfo, field: NavField, cap = -Infinity, guide?: Guide): number {
    const around = this.graph.space(room)?.clearancesAround(p);
    // Any node in sight gives a walk, so a bound: one a recent point went by usually does, and where that bound is
    // all the caller needs (at most `cap`), a sight line or two stand in for the search of them all.
    if (guide) {
      for (const id of guide.ids) {
        const q = this.graph.nodes[id]!.p;
        const bound = Math.sqrt((q[0] - p[0]) ** 2 + (q[1] - p[1]) ** 2) + field.dist[id]!;
        if (bound <= cap && this.visible(room, p, q, around)) return bound;
      }
    }
    const direct = this.nodeInSight(p, room, field, around);
    if (direct) {
      if (guide) {
        // The most recent first; a few are kept, as nearby points go by a few nodes (either side of a crib).
        const known = guide.ids.indexOf(direct.id);
        if (known >= 0) guide.ids.splice(known, 1);
        guide.ids.unshift(direct.id);
        if (guide.ids.length > GUIDES) guide.ids.pop();
      }
      return direct.distance;
    }
    return around ? (this.walkOut(p, room, field, around)?.distance ?? Infinity) : Infinity;
  }

  /**
   * From a point near some obstacles — beside a crib, at the range, in the corner behind a toilet — an occupant walks
   * away keeping from each of those the clearance startClearance gives (6 in less than they stand, up to the full
   * 12 in), and the full clearance from every other: the measurement method's shortest path, for a start point the
   * method's 12 in cannot hold at. Such a walk may wrap those obstacles at that smaller clearance before it reaches a
   * node of the graph, so the polygons round them at that clearance are searched first (A*, with the graph's
   * sight-blind estimate as the guide), and from each corner reached, the node in sight with the least distance on.
   *
   * Each obstacle's clearance here depends on that obstacle and the start point alone, so adding an obstacle
   * anywhere only takes floor away from the walk: a path never gets shorter for it.
   *
   * `enough`: the search stops at the first walk found no longer than this (nearestVia), which may go by a node of
   * `guide`.
   */
  private walkOut(p: Point, room: RoomInfo, field: NavField, radii: Radii, enough = -Infinity, guide?: Guide): Reach | null {
    let best = this.nodeInSight(p, room, field, radii);
    const bestDistance = () => best?.distance ?? Infinity;
    if (bestDistance() <= enough) return best;
    if (best && best.distance <= this.leastEstimate(p, room, field.dist) + 1e-9) return best;
    const space = this.graph.space(room)!;
    const corners: Point[] = [];
    /** Each corner's polygon (by order in `radii`) and place on it, its polygon's size: who its neighbours are. */
    const polygon: number[] = [];
    const place: number[] = [];
    const size: number[] = [];
    let which = 0;
    const addPolygon = (around: readonly (readonly [Point, Point])[], keep: (x: Point) => boolean) => {
      around.forEach(([x], k) => {
        if (!keep(x)) return;
        corners.push(x);
        polygon.push(which);
        place.push(k);
        size.push(around.length);
      });
      which++;
    };
    for (const [o, r] of radii) addPolygon(clearancePolygon(o, r), (x) => space.locate(x) === 'inside' && space.free(x, radii));
    // The graph dropped the corners of other obstacles' polygons that stand in the full clearance of these; with the
    // smaller clearance kept here they are open floor again, and a walk may need to turn there (round an inside corner
    // beside the crib it starts at).
    for (const { box, value: o } of space.obstacles) {
      if (radii.has(o) || ![...radii.keys()].some((n) => boxesNear(box, obstacleBox(n)))) continue;
      addPolygon(clearancePolygon(o), (x) => space.locate(x) === 'inside' && !space.free(x) && space.free(x, radii));
    }
    // Along one polygon a walk goes corner to next corner: a chord to any other corner of it cuts into its circle.
    const mayLink = (i: number, j: number) => {
      if (polygon[i] !== polygon[j]) return true;
      const step = Math.abs(place[i]! - place[j]!);
      return step === 1 || step === size[i]! - 1;
    };
    const m = corners.length;
    const dist = new Float64Array(m).fill(Infinity);
    const estimate = new Float64Array(m).fill(NaN);
    const from = new Int32Array(m).fill(-1);
    const settled = new Uint8Array(m);
    // Sight lines cost most: a corner is only looked at from p, or from a corner reached, while a walk by it could
    // still beat the best found (its graph estimate, blind to sight, is a lower bound on the rest of the way).
    const promising = (j: number, via: number) => {
      if (Number.isNaN(estimate[j]!)) estimate[j] = this.leastEstimate(corners[j]!, room, field.dist);
      return via + estimate[j]! < bestDistance() - 1e-9;
    };
    for (let k = 0; k < m; k++) {
      const x = corners[k]!;
      const d = Math.hypot(x[0] - p[0], x[1] - p[1]);
      if (promising(k, d) && this.visible(room, p, x, radii)) dist[k] = d;
    }
    for (;;) {
      let k = -1;
      let key = Infinity;
      for (let j = 0; j < m; j++) {
        if (settled[j] || dist[j] === Infinity) continue;
        if (dist[j]! + estimate[j]! < key) [k, key] = [j, dist[j]! + estimate[j]!];
      }
      if (k < 0 || key >= bestDistance() - 1e-9) break;
      settled[k] = 1;
      const x = corners[k]!;
      // Where a walk under `enough` is all that is asked, a node a recent point went by may already give one.
      for (let g = 0; guide && g < guide.ids.length; g++) {
        const id = guide.ids[g]!;
        const q = this.graph.nodes[id]!.p;
        const via = dist[k]! + Math.sqrt((q[0] - x[0]) ** 2 + (q[1] - x[1]) ** 2) + field.dist[id]!;
        if (via <= enough && this.visible(room, x, q, radii)) return { id, distance: via, lead: leadTo(corners, from, k) };
      }
      const onward = this.nodeInSight(x, room, field, radii, bestDistance() - dist[k]!);
      if (onward && dist[k]! + onward.distance < bestDistance()) {
        best = { id: onward.id, distance: dist[k]! + onward.distance, lead: leadTo(corners, from, k) };
        if (best.distance <= enough) return best;
      }
      for (let j = 0; j < m; j++) {
        if (settled[j]) continue;
        const y = corners[j]!;
        const via = dist[k]! + Math.hypot(y[0] - x[0], y[1] - x[1]);
        if (via < dist[j]! && mayLink(k, j) && promising(j, via) && this.visible(room, x, y, radii)) [dist[j], from[j]] = [via, k];
      }
    }
    return best;
  }

  /** A room's nodes that reach the field's sources, as flat arrays: the hot loop of every distance query. */
  private reachableNodes(room: RoomInfo, field: Float64Array): FlatNodes {
    let byRoom = this.flat.get(field);
    if (!byRoom) this.flat.set(field, (byRoom = new Map()));
    let found = byRoom.get(room);
    if (!found) {
      // Nearest to the sources first: nodeInSight stops scanning once a node's own distance beats its best.
      const ids = (this.graph.space(room)?.nodes ?? []).filter((id) => Number.isFinite(field[id]!)).sort((a, b) => field[a]! - field[b]!);
      found = {
        ids: Int32Array.from(ids),
        xs: Float64Array.from(ids, (id) => this.graph.nodes[id]!.p[0]),
        ys: Float64Array.from(ids, (id) => this.graph.nodes[id]!.p[1]),
        ds: Float64Array.from(ids, (id) => field[id]!),
      };
      byRoom.set(room, found);
    }
    return found;
  }

  /**
   * The node in sight of p with the least |p − node| + distance on (sight by `radii` where given, see walkOut); null
   * when none is in sight, or none below `limit`.
   */
  private nodeInSight(p: Point, room: RoomInfo, field: NavField, radii?: Radii, limit = Infinity): Reach | null {
    // The exact figure at a point (nearestVia) is asked for right after its bound (distanceAtMost), which began
    // with the same search: the point's own radii are a function of the point, so the answer is kept by identity.
    const last = this.lastSight;
    if (last && last.p === p && last.room === room && last.field === field && limit === Infinity) return last.found;
    const found = this.nodeInSightOnce(p, room, field, radii, limit);
    if (limit === Infinity) this.lastSight = { p, room, field, found };
    return found;
  }

  private nodeInSightOnce(p: Point, room: RoomInfo, field: NavField, radii?: Radii, limit = Infinity): Reach | null {
    const { ids, xs, ys, ds } = this.reachableNodes(room, field.dist);
    const n = ids.length;
    if (n === 0) return null;
    const px = p[0];
    const py = p[1];
    // The node with the least estimate |p − node| + field. Nodes come nearest-to-exit first, and no node whose own
    // field value is already past the best estimate can win, so the scan usually stops well short of the end.
    let best = -1;
    let bestKey = limit;
    for (let k = 0; k < n; k++) {
      const d = ds[k]!;
      if (d >= bestKey) break;
      const dx = xs[k]! - px;
      const dy = ys[k]! - py;
      // The larger of |dx|, |dy| is a lower bound on the distance: most nodes lose on it, before a square root.
      if ((dx > 0 ? dx : -dx) + d >= bestKey || (dy > 0 ? dy : -dy) + d >= bestKey) continue;
      const key = Math.sqrt(dx * dx + dy * dy) + d;
      if (key < bestKey) {
        best = k;
        bestKey = key;
      }
    }
    if (best < 0) return null;
    // Usually the best is in sight, and it is then the least over the graph; otherwise try the rest in order.
    if (this.visible(room, p, this.graph.nodes[ids[best]!]!.p, radii)) return { id: ids[best]!, distance: bestKey };
    // The rest in order of estimate, worked out lazily: nodes come nearest-to-exit first and no estimate is below the
    // node's own distance, so a node is only taken from the heap once no unread node could come before it.
    const heap = this.candidates;
    heap.clear();
    let k = 0;
    for (;;) {
      for (; k < n && ds[k]! < limit && (heap.size === 0 || ds[k]! < heap.topKey); k++) {
        if (k === best) continue;
        const dx = xs[k]! - px;
        const dy = ys[k]! - py;
        heap.push(k, Math.sqrt(dx * dx + dy * dy) + ds[k]!);
      }
      if (heap.size === 0 || heap.topKey >= limit) return null;
      const key = heap.topKey;
      const next = heap.popId();
      if (this.visible(room, p, this.graph.nodes[ids[next]!]!.p, radii)) return { id: ids[next]!, distance: key };
    }
  }

  /** The least |p − node| + field over the room's nodes, in sight or not: a lower bound on the distance from p. */
  private leastEstimate(p: Point, room: RoomInfo, field: Float64Array): number {
    const { xs, ys, ds } = this.reachableNodes(room, field);
    let best = Infinity;
    for (let k = 0; k < ds.length && ds[k]! < best; k++) {
      const dx = xs[k]! - p[0];
      const dy = ys[k]! - p[1];
      const d = ds[k]!;
      if ((dx > 0 ? dx : -dx) + d >= best || (dy > 0 ? dy : -dy) + d >= best) continue;
      const key = Math.sqrt(dx * dx + dy * dy) + d;
      if (key < best) best = key;
    }
    return best;
  }
}

/** The corners a walkOut search went by to corner k, in order (following `from` back to the start). */
function leadTo(corners: readonly Point[], from: Int32Array, k: number): Point[] {
  const lead: Point[] = [];
  for (let i = k; i >= 0; i = from[i]!) lead.unshift(corners[i]!);
  return lead;
}

/** Two boxes touch or overlap. */
function boxesNear(a: BBox, b: BBox): boolean {
  return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}
