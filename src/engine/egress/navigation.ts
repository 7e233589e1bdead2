/**
 * Shortest paths of travel on one level: a visibility graph over the clearance shapes of corners, jambs and
 * floor items, searched outward from the exits.
 *
 * Why a visibility graph: travel distance must be a true any-angle geodesic within 1% or 3 in (checks.md), not a
 * grid or Manhattan walk. In a polygonal domain the shortest path bends only at obstacle vertices, so a graph
 * whose nodes are those vertices and whose edges join mutually visible pairs holds every shortest path. The
 * clearance circles are replaced by circumscribed polygons (30° steps at room corners, 45° at jambs and items);
 * a path around them is never shorter than the true arc and at most about 1 in longer per quarter turn, so the
 * figure errs on the inspector's side. Polyanya-style interval search would avoid building the graph, but it
 * needs a triangulated mesh of the walkable area.
 *
 * The graph is built room by room, which keeps it small: a path leaves a room only through a doorway, so every
 * edge joins two nodes of one room, and each doorway carries a few nodes across its clear band (at least
 * min(12 in, half the width) from the jambs) that belong to the rooms on both sides. A straight walk through a
 * doorway off those nodes bends by a fraction of an inch — again on the long side.
 */
import { pointInRing, ringBBox } from '../../geometry/index.ts';
import {
  circumscribedArc,
  crossesProperly,
  insideConvex,
  pointConvexDistanceSq,
  pointSegmentDistanceSq,
  segmentConvexDistanceSq,
} from '../../geometry/clearance.ts';
import type { BBox, Point } from '../../geometry/types.ts';
import type { Level } from '../../model/schema.ts';
import type { DoorInfo, RoomInfo } from '../facility.ts';
import { MinHeap } from './minHeap.ts';
import { CLEARANCE, obstaclesOf, type Obstacle } from './obstacles.ts';
import { passageOf, type Passage } from './passages.ts';
import { wallsOf, type Wall } from './walls.ts';
import { ContentCache, numbersKey } from './reuse.ts';

/** Visibility edges of a room, by the room's content: its nodes, walls and obstacles. */
const edgeCache = new ContentCache<Float64Array>(20_000);
/** The clearance vertices each room holds, by the room's outline and obstacles. */
const placementCache = new ContentCache<Float64Array>(20_000);

const CORNER_STEP = Math.PI / 6;
const ITEM_STEP = Math.PI / 6;
const JAMB_STEP = Math.PI / 4;
const TOUCH = 1e-6;
/** Nodes across a doorway's clear band, at most this far apart. */
const BAND_STEP = 12;

export interface NavNode {
  readonly p: Point;
  /** Neighbouring vertices of the clearance polygon this node lies on; a shortest path is taut there. */
  readonly wings: readonly [Point, Point] | null;
  /** The door whose doorway ends travel at this node. */
  readonly exit: DoorInfo | null;
}

/** Distances over the graph from a set of sources (the exits, or a room's doors), and the way back to them. */
export interface NavField {
  readonly dist: Float64Array;
  /** The next node toward the nearest source, or −1 at a source. */
  readonly next: Int32Array;
}

/** Where a walk from a point joins the graph. */
export interface Reach {
  /** The first node of the walk. */
  readonly id: number;
  /** Inches from the point to the source the walk ends at. */
  readonly distance: number;
  /** A stepping point before the first node (see stepOut). */
  readonly via?: Point;
  /** The node after `id` when the walk turns freely there (see startAt), or −1 when it follows the graph. */
  readonly hop: number;
}

export interface TravelPath {
  readonly distance: number;
  readonly points: readonly Point[];
  readonly exit: DoorInfo;
}

interface Boxed<T> {
  readonly box: BBox;
  readonly value: T;
}

/** What can block a walk inside one room: its walls (with the jamb returns of its doors) and its obstacles. */
interface RoomSpace {
  readonly walls: Boxed<Wall>[];
  readonly obstacles: Boxed<Obstacle>[];
  readonly nodes: number[];
  /** The boxes of the walls then the obstacles, as (minX, minY, maxX, maxY) runs: the sight-line test's first cut. */
  boxes: Float64Array;
}

const boxOf = (p: Point, q: Point, grow = 0): BBox => ({
  minX: Math.min(p[0], q[0]) - grow,
  minY: Math.min(p[1], q[1]) - grow,
  maxX: Math.max(p[0], q[0]) + grow,
  maxY: Math.max(p[1], q[1]) + grow,
});

function obstacleBox(o: Obstacle): BBox {
  if (o.kind === 'item') {
    const b = ringBBox(o.ring);
    return { minX: b.minX - o.radius, minY: b.minY - o.radius, maxX: b.maxX + o.radius, maxY: b.maxY + o.radius };
  }
  return boxOf(o.centre, o.centre, o.radius);
}

/** Squared distance from a point to the obstacle's core (jamb, corner or footprint). */
function coreDistanceSq(p: Point, o: Obstacle): number {
  if (o.kind === 'item') return pointConvexDistanceSq(p, o.ring);
  return (p[0] - o.centre[0]) ** 2 + (p[1] - o.centre[1]) ** 2;
}

/** Strictly within the obstacle's clearance (a path may touch the clearance line, not cross it). */
export const withinClearance = (p: Point, o: Obstacle): boolean => coreDistanceSq(p, o) < (o.radius - TOUCH) ** 2;

function blocks(o: Obstacle, p: Point, q: Point): boolean {
  const limit = (o.radius - TOUCH) ** 2;
  if (o.kind === 'item') return segmentConvexDistanceSq(p, q, o.ring) < limit;
  return pointSegmentDistanceSq(o.centre, p, q) < limit;
}

/** A walk out of an item's clearance may not cut through the item itself. */
function crossesFootprint(o: Obstacle, p: Point, q: Point): boolean {
  return o.kind === 'item' && segmentConvexDistanceSq(p, q, o.ring) < 1e-6 && !insideConvex(p, o.ring) && !insideConvex(q, o.ring);
}

/** A path turning at `at` wraps its clearance polygon: both wings lie on one side of the line through it. */
function taut(at: NavNode, other: Point): boolean {
  if (!at.wings) return true;
  const [u, v] = at.wings;
  const dx = other[0] - at.p[0];
  const dy = other[1] - at.p[1];
  const s1 = dx * (u[1] - at.p[1]) - dy * (u[0] - at.p[0]);
  const s2 = dx * (v[1] - at.p[1]) - dy * (v[0] - at.p[0]);
  return !((s1 > 1e-9 && s2 < -1e-9) || (s1 < -1e-9 && s2 > 1e-9));
}

function ringWithWings(vertices: readonly Point[]): [Point, [Point, Point]][] {
  const n = vertices.length;
  return vertices.map((v, i) => [v, [vertices[(i + n - 1) % n]!, vertices[(i + 1) % n]!]]);
}

export class LevelNavigation {
  readonly passages: readonly Passage[];
  private readonly passageOf: ReadonlyMap<DoorInfo, Passage>;
  readonly obstacles: readonly Obstacle[];
  readonly nodes: NavNode[] = [];
  /** Distance from each node to the nearest target along the graph, and the way there. */
  readonly exits: NavField;
  readonly toExit: Float64Array;
  private readonly spaces = new Map<RoomInfo, RoomSpace>();
  /** Visibility edges as (i, j, length) triples while the graph is built, then compressed rows for searching. */
  private edgeList: number[] = [];
  private rowStart = new Int32Array(1);
  private rowTo = new Int32Array(0);
  private rowLength = new Float64Array(0);
  /** The nodes on each obstacle's clearance polygon. */
  private readonly polygonNodes = new Map<Obstacle, number[]>();
  private readonly roomNodeSets = new Map<RoomInfo, Set<number>>();
  /**
   * Per field and room, worked out on first asking: each node's distance as the first node of a walk and the node
   * after it (see startAt), and a lower bound on that distance that ignores sight lines.
   */
  private readonly starts = new WeakMap<
    Float64Array,
    Map<RoomInfo, { readonly walks: Map<number, { dist: number; hop: number }>; readonly bounds: Map<number, number> }>
  >();
  private readonly isTarget: (door: DoorInfo) => boolean;
  private readonly seeds: ReadonlyMap<DoorInfo, number>;
  private readonly targetRoom: (door: DoorInfo) => RoomInfo;
  /** Node ids of the anchors given to the constructor, in order. */
  readonly anchorIds: number[] = [];
  /** The node at the centre of each doorway: where travel from a room door starts, or where an exit's ends. */
  readonly doorNode = new Map<DoorInfo, number>();
  private readonly candidates = new MinHeap();
  private readonly exitEscapes = new Map<number, ReadonlySet<Obstacle> | undefined>();
  private lastBlocker: { readonly space: RoomSpace; readonly index: number } | null = null;
  private readonly keys = new Map<RoomInfo, string>();
  private readonly flat = new WeakMap<Float64Array, Map<RoomInfo, { ids: Int32Array; xs: Float64Array; ys: Float64Array; ds: Float64Array }>>();

  /**
   * @param isTarget where travel ends: the exits by default; a sleeping room's exit access doors for 087(8)(C).
   * @param targetRoom the room a target door is reached from (the exit's own side by default).
   */
  constructor(
    readonly level: Level,
    readonly rooms: readonly RoomInfo[],
    doors: readonly DoorInfo[],
    options: {
      isTarget?: (door: DoorInfo) => boolean;
      targetRoom?: (door: DoorInfo) => RoomInfo;
      /**
       * Doors that end travel on this level with a distance still to go: the door into an open stair, carrying the
       * walk down (or up) the stair and on to an exit of the level it leads to.
       */
      seeds?: ReadonlyMap<DoorInfo, number>;
      /** Extra wingless nodes (points a path may pass through), e.g. dead-end measuring points; see anchorIds. */
      anchors?: readonly { readonly p: Point; readonly room: RoomInfo }[];
    } = {},
  ) {
    const seeds = options.seeds ?? new Map<DoorInfo, number>();
    this.seeds = seeds;
    const baseTarget = options.isTarget ?? ((d: DoorInfo) => d.isExit);
    this.isTarget = (d) => baseTarget(d) || seeds.has(d);
    // A seeded stair door is reached from the side that is not the stair.
    this.targetRoom = options.targetRoom ?? ((d) => d.exitFrom ?? (d.to && d.from.room.use === 'stair' ? d.to : d.from));
    this.passages = doors.map(passageOf);
    this.passageOf = new Map(this.passages.map((pass) => [pass.door, pass]));
    this.obstacles = obstaclesOf(rooms, this.passages, this.isTarget);
    this.buildSpaces();
    this.placeNodes();
    for (const a of options.anchors ?? []) {
      this.anchorIds.push(this.nodes.length);
      this.addNode({ p: a.p, wings: null, exit: null }, [a.room]);
    }
    for (const [room, space] of this.spaces) this.connect(room, space);
    this.compressEdges();
    this.exits = this.searchFromTargets();
    this.toExit = this.exits.dist;
  }

  private buildSpaces(): void {
    const inRoom = new Set(this.rooms);
    for (const room of this.rooms) this.spaces.set(room, { walls: [], obstacles: [], nodes: [], boxes: new Float64Array(0) });
    const passagesOf = new Map<RoomInfo, Passage[]>();
    for (const pass of this.passages) {
      for (const r of [pass.door.from, pass.door.to]) if (r && inRoom.has(r)) (passagesOf.get(r) ?? passagesOf.set(r, []).get(r)!).push(pass);
    }
    for (const room of this.rooms) {
      const space = this.spaces.get(room)!;
      const own = passagesOf.get(room) ?? [];
      for (const w of wallsOf([room], own)) space.walls.push({ box: boxOf(w[0], w[1]), value: w });
    }
    for (const o of this.obstacles) {
      const rooms: RoomInfo[] =
        o.kind === 'item' ? [o.item.room] : o.kind === 'corner' ? [o.room] : ([o.door.from, o.door.to].filter((r) => r && inRoom.has(r)) as RoomInfo[]);
      for (const r of rooms) this.spaces.get(r)?.obstacles.push({ box: obstacleBox(o), value: o });
    }
    for (const space of this.spaces.values()) {
      space.boxes = Float64Array.from([...space.walls, ...space.obstacles].flatMap(({ box: b }) => [b.minX, b.minY, b.maxX, b.maxY]));
    }
  }

  /** A walk within `room` from p to q crosses none of its walls and keeps clear of its obstacles not ignored. */
  visible(room: RoomInfo, p: Point, q: Point, ignore?: ReadonlySet<Obstacle>): boolean {
    const space = this.spaces.get(room);
    if (!space) return false;
    const minX = Math.min(p[0], q[0]);
    const minY = Math.min(p[1], q[1]);
    const maxX = Math.max(p[0], q[0]);
    const maxY = Math.max(p[1], q[1]);
    // Queries come in runs from nearby points toward nearby nodes, so whatever blocked the last one is the
    // likeliest to block this one: test it first.
    const last = this.lastBlocker;
    if (last && last.space === space && this.blockedBy(space, last.index, p, q, minX, minY, maxX, maxY, ignore)) return false;
    const count = space.walls.length + space.obstacles.length;
    for (let k = 0; k < count; k++) {
      if (this.blockedBy(space, k, p, q, minX, minY, maxX, maxY, ignore)) {
        this.lastBlocker = { space, index: k };
        return false;
      }
    }
    return true;
  }

  /** Whether the wall or obstacle at `index` (walls first, then obstacles) of the room's space blocks p–q. */
  private blockedBy(space: RoomSpace, k: number, p: Point, q: Point, minX: number, minY: number, maxX: number, maxY: number, ignore?: ReadonlySet<Obstacle>): boolean {
    const boxes = space.boxes;
    const at = 4 * k;
    if (boxes[at]! > maxX || boxes[at + 2]! < minX || boxes[at + 1]! > maxY || boxes[at + 3]! < minY) return false;
    const nWalls = space.walls.length;
    if (k < nWalls) {
      const w = space.walls[k]!.value;
      return crossesProperly(p, q, w[0], w[1]);
    }
    const o = space.obstacles[k - nWalls]!.value;
    return ignore?.has(o) ? crossesFootprint(o, p, q) : blocks(o, p, q);
  }

  /**
   * Obstacles an occupant standing at p walks away from freely: those whose clearance p stands in, and those near
   * enough (within twice the clearance) to pinch the way out of a tight spot behind furniture. Only the clearance
   * is waived — a walk out never cuts through a footprint (see `crossesFootprint`).
   */
  private escapeFrom(p: Point, room: RoomInfo): ReadonlySet<Obstacle> | undefined {
    let out: Set<Obstacle> | undefined;
    for (const { box, value: o } of this.spaces.get(room)?.obstacles ?? []) {
      const r = o.radius;
      if (p[0] < box.minX - r || p[0] > box.maxX + r || p[1] < box.minY - r || p[1] > box.maxY + r) continue;
      if (coreDistanceSq(p, o) < (2 * r) ** 2) (out ??= new Set()).add(o);
    }
    return out;
  }

  private free(p: Point, room: RoomInfo): boolean {
    for (const { box, value: o } of this.spaces.get(room)?.obstacles ?? []) {
      if (p[0] >= box.minX && p[0] <= box.maxX && p[1] >= box.minY && p[1] <= box.maxY && withinClearance(p, o)) return false;
    }
    return true;
  }

  private addNode(node: NavNode, rooms: readonly RoomInfo[]): void {
    const id = this.nodes.length;
    this.nodes.push(node);
    for (const r of rooms) this.spaces.get(r)?.nodes.push(id);
  }

  /** The circumscribed clearance polygon of an obstacle, each vertex with its two neighbours. */
  private clearanceRing(o: Obstacle): [Point, [Point, Point]][] {
    if (o.kind === 'corner') return ringWithWings(circumscribedArc(o.centre, o.radius, 0, 2 * Math.PI, CORNER_STEP));
    if (o.kind === 'jamb') return ringWithWings(circumscribedArc(o.centre, o.radius, 0, 2 * Math.PI, JAMB_STEP));
    const ring = o.ring;
    const n = ring.length;
    const vertices: Point[] = [];
    for (let i = 0; i < n; i++) {
      const prev = ring[(i + n - 1) % n]!;
      const cur = ring[i]!;
      const next = ring[(i + 1) % n]!;
      const from = Math.atan2(-(cur[0] - prev[0]), cur[1] - prev[1]); // outward normal of the incoming edge
      let to = Math.atan2(-(next[0] - cur[0]), next[1] - cur[1]);
      while (to < from) to += 2 * Math.PI;
      vertices.push(...circumscribedArc(cur, CLEARANCE, from, to, ITEM_STEP));
    }
    return ringWithWings(vertices);
  }

  /**
   * The clearance vertices a room holds, as (obstacle of the room, vertex, x, y, wing x, wing y, wing x, wing y)
   * octuples: those standing in the room (or in the doorway, for a jamb's) and free of every obstacle there.
   * Reused while the room's outline and obstacles are unchanged.
   */
  private roomVertices(room: RoomInfo, space: RoomSpace): Float64Array {
    const parts: number[] = [...room.room.polygon.flat(), NaN];
    for (const { value: o } of space.obstacles) {
      if (o.kind === 'item') for (const q of o.ring) parts.push(q[0], q[1]);
      else parts.push(o.centre[0], o.centre[1]);
      parts.push(o.radius, o.kind === 'item' ? 0 : o.kind === 'corner' ? 1 : 2);
      if (o.kind === 'jamb') for (const q of this.passageOf.get(o.door)?.polygon ?? []) parts.push(q[0], q[1]);
      parts.push(NaN);
    }
    const key = numbersKey(parts);
    const known = placementCache.get(key);
    if (known) return known;
    const out: number[] = [];
    space.obstacles.forEach(({ value: o }, k) => {
      const doorway = o.kind === 'jamb' ? this.passageOf.get(o.door)?.polygon : undefined;
      this.clearanceRing(o).forEach(([p, [u, w]], v) => {
        const inDoorway = doorway ? insideConvex(p, doorway) : false;
        if ((inDoorway || pointInRing(p, room.room.polygon) === 'inside') && this.free(p, room)) out.push(k, v, p[0], p[1], u[0], u[1], w[0], w[1]);
      });
    });
    const found = Float64Array.from(out);
    placementCache.set(key, found);
    return found;
  }

  private placeNodes(): void {
    // A jamb's vertex in the doorway stands in both rooms: one node, in both rooms' lists.
    const shared = new Map<Obstacle, Map<number, number>>();
    for (const room of this.rooms) {
      const space = this.spaces.get(room)!;
      const found = this.roomVertices(room, space);
      for (let e = 0; e < found.length; e += 8) {
        const o = space.obstacles[found[e]!]!.value;
        const v = found[e + 1]!;
        const byVertex = o.kind === 'jamb' ? shared.get(o) ?? shared.set(o, new Map()).get(o)! : null;
        const known = byVertex?.get(v);
        if (known !== undefined) {
          space.nodes.push(known);
          continue;
        }
        byVertex?.set(v, this.nodes.length);
        (this.polygonNodes.get(o) ?? this.polygonNodes.set(o, []).get(o)!).push(this.nodes.length);
        const wings: [Point, Point] = [
          [found[e + 4]!, found[e + 5]!],
          [found[e + 6]!, found[e + 7]!],
        ];
        this.addNode({ p: [found[e + 2]!, found[e + 3]!], wings, exit: null }, [room]);
      }
    }
    for (const pass of this.passages) {
      if (this.isTarget(pass.door)) {
        this.doorNode.set(pass.door, this.nodes.length);
        this.addNode({ p: pass.centre, wings: null, exit: pass.door }, [this.targetRoom(pass.door)]);
        continue;
      }
      const rooms = [pass.door.from, pass.door.to].filter((r): r is RoomInfo => r !== null && this.spaces.has(r));
      const band = bandPoints(pass);
      band.forEach((p, k) => {
        if (k === (band.length - 1) / 2) this.doorNode.set(pass.door, this.nodes.length);
        this.addNode({ p, wings: null, exit: null }, rooms);
      });
    }
  }

  /** Joins two nodes of a room when a taut, clear walk links them; returns its length, or null. */
  private link(room: RoomInfo, i: number, j: number): number | null {
    const u = this.nodes[i]!;
    const v = this.nodes[j]!;
    if (u.exit && v.exit) return null;
    if (!taut(u, v.p) || !taut(v, u.p)) return null;
    const ignore = u.exit ? this.exitEscape(i, room) : v.exit ? this.exitEscape(j, room) : undefined;
    if (!this.visible(room, u.p, v.p, ignore)) return null;
    const w = Math.sqrt((u.p[0] - v.p[0]) ** 2 + (u.p[1] - v.p[1]) ** 2);
    this.edgeList.push(i, j, w);
    return w;
  }

  /** Node ids an occupant of `room` can walk to directly. */
  roomNodes(room: RoomInfo): readonly number[] {
    return this.spaces.get(room)?.nodes ?? [];
  }

  /** What a room's visibility edges depend on, as text: its nodes, its walls and its obstacles. */
  roomKey(room: RoomInfo): string {
    const known = this.keys.get(room);
    if (known !== undefined) return known;
    const key = this.computeRoomKey(room);
    this.keys.set(room, key);
    return key;
  }

  private computeRoomKey(room: RoomInfo): string {
    const space = this.spaces.get(room)!;
    const parts: number[] = [];
    for (const id of space.nodes) {
      const n = this.nodes[id]!;
      parts.push(n.p[0], n.p[1], n.exit ? 1 : 0);
      if (n.wings) parts.push(n.wings[0][0], n.wings[0][1], n.wings[1][0], n.wings[1][1]);
      else parts.push(NaN);
    }
    parts.push(NaN);
    for (const { value: w } of space.walls) parts.push(w[0][0], w[0][1], w[1][0], w[1][1]);
    parts.push(NaN);
    for (const { value: o } of space.obstacles) {
      if (o.kind === 'item') for (const p of o.ring) parts.push(p[0], p[1]);
      else parts.push(o.centre[0], o.centre[1]);
      parts.push(o.radius);
    }
    return numbersKey(parts);
  }

  /** Edges within a room, as (local i, local j, length) triples — reused when the room is unchanged. */
  private connect(room: RoomInfo, space: RoomSpace): void {
    const ids = space.nodes;
    const key = this.roomKey(room);
    let edges = edgeCache.get(key);
    if (!edges) {
      const found: number[] = [];
      for (let a = 0; a < ids.length; a++) {
        for (let b = a + 1; b < ids.length; b++) {
          const w = this.link(room, ids[a]!, ids[b]!);
          if (w !== null) found.push(a, b, w);
        }
      }
      edges = Float64Array.from(found);
      edgeCache.set(key, edges);
      return;
    }
    for (let k = 0; k < edges.length; k += 3) this.edgeList.push(ids[edges[k]!]!, ids[edges[k + 1]!]!, edges[k + 2]!);
  }

  /** The edge list as compressed rows: each node's neighbours side by side, no object per edge. */
  private compressEdges(): void {
    const n = this.nodes.length;
    const list = this.edgeList;
    const start = new Int32Array(n + 1);
    for (let k = 0; k < list.length; k += 3) {
      start[list[k]! + 1]!++;
      start[list[k + 1]! + 1]!++;
    }
    for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
    const fill = start.slice(0, n);
    const to = new Int32Array(start[n]!);
    const length = new Float64Array(start[n]!);
    for (let k = 0; k < list.length; k += 3) {
      const [i, j, w] = [list[k]!, list[k + 1]!, list[k + 2]!];
      to[fill[i]!] = j;
      length[fill[i]!++] = w;
      to[fill[j]!] = i;
      length[fill[j]!++] = w;
    }
    [this.rowStart, this.rowTo, this.rowLength, this.edgeList] = [start, to, length, []];
  }

  private searchFromTargets(): NavField {
    return this.search(this.nodes.flatMap((node, i) => (node.exit ? [i] : [])));
  }

  /**
   * Graph distances from the given nodes to every node (Dijkstra), with the next node back toward a source.
   * `within` keeps the search to those nodes (one room's), so a room-local question costs the room, not the level.
   */
  search(sources: readonly number[], within?: readonly number[]): NavField {
    let allowed: Uint8Array | null = null;
    if (within) {
      allowed = new Uint8Array(this.nodes.length);
      for (const i of within) allowed[i] = 1;
    }
    const dist = new Float64Array(this.nodes.length).fill(Infinity);
    const next = new Int32Array(this.nodes.length).fill(-1);
    const heap = new MinHeap();
    for (const i of sources) {
      const exit = this.nodes[i]!.exit;
      const start = exit ? this.seeds.get(exit) ?? 0 : 0;
      dist[i] = start;
      heap.push(i, start);
    }
    const { rowStart, rowTo, rowLength } = this;
    while (heap.size) {
      const d = heap.topKey;
      const i = heap.popId();
      if (d > dist[i]!) continue;
      for (let e = rowStart[i]!, end = rowStart[i + 1]!; e < end; e++) {
        const to = rowTo[e]!;
        if (allowed && !allowed[to]) continue;
        const nd = d + rowLength[e]!;
        if (nd < dist[to]!) {
          dist[to] = nd;
          next[to] = i;
          heap.push(to, nd);
        }
      }
    }
    return { dist, next };
  }

  /** The shortest path of travel from a point of `room` to the nearest target, or null when none can be reached. */
  travelFrom(p: Point, room: RoomInfo): TravelPath | null {
    const found = this.nearestVia(p, room, this.exits);
    if (!found) return null;
    return { distance: found.distance, points: this.walk(p, found), exit: this.exitAt(found) };
  }

  /** The node in sight of p minimising |p − node| + its distance on, with that total: the geodesic to the field's sources. */
  nearestVia(p: Point, room: RoomInfo, field: NavField): Reach | null {
    return this.nodeInSight(p, room, field) ?? this.stepOut(p, room, field);
  }

  /**
   * A point wedged in a slot no node can be seen from — behind a refrigerator, a few inches from the wall — is
   * left by a short step first: the nearest stepping point (within 4 ft, on open floor, in sight) from which a
   * node is seen.
   */
  private stepOut(p: Point, room: RoomInfo, field: NavField): Reach | null {
    const ignore = this.escapeFrom(p, room);
    const footprints = (this.spaces.get(room)?.obstacles ?? []).flatMap(({ value: o }) => (o.kind === 'item' ? [o.ring] : []));
    // Stepping points: a ring round p, and the floor just off each wall near p (slots run along walls).
    const steps: Point[] = [];
    for (const radius of [6, 12, 24, 36, 48]) {
      for (let k = 0; k < 24; k++) steps.push([p[0] + radius * Math.cos((k * Math.PI) / 12), p[1] + radius * Math.sin((k * Math.PI) / 12)]);
    }
    const ring = room.room.polygon;
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % ring.length]!;
      const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
      if (len === 0) continue;
      const [ux, uy] = [(b[0] - a[0]) / len, (b[1] - a[1]) / len];
      const along = (p[0] - a[0]) * ux + (p[1] - a[1]) * uy;
      for (const d of [-48, -36, -24, -12, 12, 24, 36, 48]) {
        const t = along + d;
        if (t < 0 || t > len) continue;
        for (const side of [1, -1]) steps.push([a[0] + ux * t - uy * side * 0.75, a[1] + uy * t + ux * side * 0.75]);
      }
    }
    let best: Reach | null = null;
    for (const s of steps) {
      const first = Math.hypot(s[0] - p[0], s[1] - p[1]);
      if (first > 50 || (best && first >= best.distance)) continue;
      if (pointInRing(s, ring) !== 'inside' || footprints.some((f) => insideConvex(s, f))) continue;
      if (!this.visible(room, p, s, ignore)) continue;
      const onward = this.nodeInSight(s, room, field);
      if (onward && (!best || first + onward.distance < best.distance)) best = { ...onward, distance: first + onward.distance, via: s };
    }
    return best;
  }

  /** A room's nodes that reach the field's sources, as flat arrays: the hot loop of every distance query. */
  private reachableNodes(room: RoomInfo, field: Float64Array): { ids: Int32Array; xs: Float64Array; ys: Float64Array; ds: Float64Array } {
    let byRoom = this.flat.get(field);
    if (!byRoom) this.flat.set(field, (byRoom = new Map()));
    let found = byRoom.get(room);
    if (!found) {
      // Nearest to the sources first: nodeInSight stops scanning once a node's own distance beats its best.
      const ids = (this.spaces.get(room)?.nodes ?? []).filter((id) => Number.isFinite(field[id]!)).sort((a, b) => field[a]! - field[b]!);
      found = {
        ids: Int32Array.from(ids),
        xs: Float64Array.from(ids, (id) => this.nodes[id]!.p[0]),
        ys: Float64Array.from(ids, (id) => this.nodes[id]!.p[1]),
        ds: Float64Array.from(ids, (id) => field[id]!),
      };
      byRoom.set(room, found);
    }
    return found;
  }

  /**
   * The node in sight of p with the least |p − node| + distance on. `graphOnly` leaves out the free turn at the
   * first node (see startAt), as startAt itself needs.
   */
  private nodeInSight(p: Point, room: RoomInfo, field: NavField, graphOnly = false): Reach | null {
    const { ids, xs, ys, ds } = this.reachableNodes(room, field.dist);
    const n = ids.length;
    if (n === 0) return null;
    const [px, py] = p;
    // The node with the least estimate |p − node| + field. Nodes come nearest-to-exit first, and no node whose own
    // field value is already past the best estimate can win, so the scan usually stops well short of the end.
    let best = -1;
    let bestKey = Infinity;
    for (let k = 0; k < n; k++) {
      const d = ds[k]!;
      if (d >= bestKey) break;
      const dx = xs[k]! - px;
      const dy = ys[k]! - py;
      const key = Math.sqrt(dx * dx + dy * dy) + d;
      if (key < bestKey) [best, bestKey] = [k, key];
    }
    const ignore = this.escapeFrom(p, room);
    const inSight = (id: number): boolean => {
      const atExit = this.nodes[id]!.exit ? this.exitEscape(id, room) : undefined;
      const ignoring = atExit ? (ignore ? union(ignore, atExit) : atExit) : ignore;
      return this.visible(room, p, this.nodes[id]!.p, ignoring);
    };
    // Usually the best is in sight, and it is then the least over the graph; otherwise try the rest in order.
    let found: Reach | null = inSight(ids[best]!) ? { id: ids[best]!, distance: bestKey, hop: -1 } : null;
    if (!found) {
      // The rest in order of estimate, worked out lazily: nodes come nearest-to-exit first and no estimate is below
      // the node's own distance, so a node is only taken from the heap once no unread node could come before it.
      const heap = this.candidates;
      heap.clear();
      let k = 0;
      for (;;) {
        for (; k < n && (heap.size === 0 || ds[k]! < heap.topKey); k++) {
          if (k === best) continue;
          const dx = xs[k]! - px;
          const dy = ys[k]! - py;
          heap.push(k, Math.sqrt(dx * dx + dy * dy) + ds[k]!);
        }
        if (heap.size === 0) break;
        const key = heap.topKey;
        const next = heap.popId();
        if (inSight(ids[next]!)) {
          found = { id: ids[next]!, distance: key, hop: -1 };
          break;
        }
      }
    }
    // p stands inside the clearance of the obstacles it walks away from: its walk may leave by a vertex of their
    // clearance polygons and turn there freely, which the graph (taut turns only) does not hold. Such a walk
    // p → v → u → … is never shorter than p → u → … in a straight line, so it can only win when the node with the
    // least estimate was out of sight.
    if (graphOnly || !ignore || found?.distance === bestKey) return found;
    const free: { id: number; key: number; hop: number }[] = [];
    for (const o of ignore) {
      for (const id of this.polygonNodes.get(o) ?? []) {
        if (!this.inRoom(id, room) || !Number.isFinite(field.dist[id]!)) continue;
        const v = this.nodes[id]!.p;
        const toV = Math.hypot(v[0] - px, v[1] - py);
        const limit = found?.distance ?? Infinity;
        // Sight lines cost; a bound that ignores them first (most candidates stop here).
        if (toV + this.startAt(id, room, field, true).dist >= limit) continue;
        const start = this.startAt(id, room, field);
        if (start.hop >= 0 && toV + start.dist < limit) free.push({ id, key: toV + start.dist, hop: start.hop });
      }
    }
    free.sort((a, b) => a.key - b.key);
    for (const c of free) if (inSight(c.id)) return { id: c.id, distance: c.key, hop: c.hop };
    return found;
  }

  /**
   * A node's distance on as the FIRST node of a walk, which need not turn tautly there: an occupant walking out of
   * a clearance (beside a crib, at the range) reaches its polygon's vertex and goes on in any direction it can see.
   * Worked out on first asking, per field. `bound` asks instead for a lower bound that ignores sight lines.
   */
  private startAt(id: number, room: RoomInfo, field: NavField, bound = false): { dist: number; hop: number } {
    // Per room as well as per field: a node in a doorway stands in two rooms, and the walk on from it is looked for
    // in the room asking, so the answer never depends on which room asked first (nor on any other room's content).
    const byRoom = this.starts.get(field.dist) ?? this.starts.set(field.dist, new Map()).get(field.dist)!;
    let known = byRoom.get(room);
    if (!known) byRoom.set(room, (known = { walks: new Map(), bounds: new Map() }));
    if (bound) {
      let b = known.bounds.get(id);
      if (b === undefined) known.bounds.set(id, (b = this.leastEstimate(this.nodes[id]!.p, room, field.dist)));
      return { dist: b, hop: -1 };
    }
    let walk = known.walks.get(id);
    if (!walk) {
      const onward = this.nodeInSight(this.nodes[id]!.p, room, field, true);
      const better = onward !== null && onward.id !== id && onward.distance < field.dist[id]! - 1e-9;
      walk = better ? { dist: onward.distance, hop: onward.id } : { dist: field.dist[id]!, hop: -1 };
      known.walks.set(id, walk);
    }
    return walk;
  }

  /** The least |p − node| + field over the room's nodes, in sight or not. */
  private leastEstimate(p: Point, room: RoomInfo, field: Float64Array): number {
    const { xs, ys, ds } = this.reachableNodes(room, field);
    let best = Infinity;
    for (let k = 0; k < ds.length && ds[k]! < best; k++) best = Math.min(best, Math.hypot(xs[k]! - p[0], ys[k]! - p[1]) + ds[k]!);
    return best;
  }

  private inRoom(id: number, room: RoomInfo): boolean {
    let set = this.roomNodeSets.get(room);
    if (!set) this.roomNodeSets.set(room, (set = new Set(this.spaces.get(room)?.nodes ?? [])));
    return set.has(id);
  }

  /** The obstacles waived on the last leg into an exit node (see escapeFrom), worked out once per node. */
  private exitEscape(id: number, room: RoomInfo): ReadonlySet<Obstacle> | undefined {
    if (!this.exitEscapes.has(id)) this.exitEscapes.set(id, this.escapeFrom(this.nodes[id]!.p, room));
    return this.exitEscapes.get(id);
  }

  /** The source node a path from `id` ends at, following `next`. */
  sourceOf(id: number, next: Int32Array = this.exits.next): number {
    let i = id;
    while (next[i]! !== -1) i = next[i]!;
    return i;
  }

  /** p, then the nodes from `id` back to a source along `next` (the exits' search by default). */
  pathFrom(p: Point, id: number, next: Int32Array = this.exits.next): Point[] {
    const points: Point[] = [p];
    for (let i = id; i !== -1; i = next[i]!) points.push(this.nodes[i]!.p);
    return points;
  }

  /** The walk from p that `reach` found: p, its stepping point, its first node, then the graph to a source. */
  walk(p: Point, reach: Reach, field: NavField = this.exits): Point[] {
    const points = reach.hop >= 0 ? [p, this.nodes[reach.id]!.p, ...this.pathFrom(p, reach.hop, field.next).slice(1)] : this.pathFrom(p, reach.id, field.next);
    if (reach.via) points.splice(1, 0, reach.via);
    return points;
  }

  /** The source the walk `reach` found ends at. */
  endOf(reach: Reach, field: NavField = this.exits): number {
    return this.sourceOf(reach.hop >= 0 ? reach.hop : reach.id, field.next);
  }

  private exitAt(reach: Reach): DoorInfo {
    return this.nodes[this.endOf(reach)]!.exit!;
  }
}

function union<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): ReadonlySet<T> {
  const out = new Set(a);
  for (const v of b) out.add(v);
  return out;
}

/**
 * Points across a doorway's clear band, on the wall's centre line: from min(12, w/2) off one jamb to the same off
 * the other, at most 12" apart. A door narrower than 24" has a single point, its centre.
 */
function bandPoints(pass: Passage): Point[] {
  const width = pass.door.width;
  const r = Math.min(CLEARANCE, width / 2);
  const band = width - 2 * r;
  // An even number of steps puts a point at the centre of the doorway, where 087(8)(A) measures from.
  const steps = band < 1e-6 ? 0 : 2 * Math.ceil(band / (2 * BAND_STEP));
  const a: Point = [(pass.a[0] + pass.a2[0]) / 2, (pass.a[1] + pass.a2[1]) / 2];
  const b: Point = [(pass.b[0] + pass.b2[0]) / 2, (pass.b[1] + pass.b2[1]) / 2];
  const at = (t: number): Point => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  if (steps === 0) return [at(0.5)];
  const out: Point[] = [];
  for (let k = 0; k <= steps; k++) out.push(at((r + (band * k) / steps) / width));
  return out;
}
