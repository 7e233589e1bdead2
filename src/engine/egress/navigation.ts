/**
 * Shortest paths of travel on one level: a visibility graph over the clearance shapes of corners, jambs and
 * floor items, searched outward from the exits.
 *
 * Why a visibility graph: travel distance must be a true any-angle geodesic within 1% or 3 in (checks.md), not a
 * grid or Manhattan walk. In a polygonal domain the shortest path bends only at obstacle vertices, so a graph
 * whose nodes are those vertices and whose edges join mutually visible pairs holds every shortest path. The
 * clearance circles are replaced by circumscribed polygons (30° steps at room corners and items, 45° at jambs;
 * clearanceShapes.ts);
 * a path around them is never shorter than the true arc and at most about 1 in longer per quarter turn, so the
 * figure errs on the inspector's side. Polyanya-style interval search would avoid building the graph, but it
 * needs a triangulated mesh of the walkable area.
 *
 * The graph is built room by room, which keeps it small: a path leaves a room only through a doorway, so every
 * edge joins two nodes of one room, and each doorway carries a few nodes across its clear band (at least
 * min(12 in, half the width) from the jambs) that belong to the rooms on both sides. A straight walk through a
 * doorway off those nodes bends by a fraction of an inch — again on the long side.
 *
 * Where the method's clearance cannot hold — a doorway's centre beside furniture, a start point beside a crib or in
 * the corner behind a toilet — the clearance is cut by a rule that depends on the obstacle and those points alone
 * (obstacles.ts: reachable, startClearance), never on other obstacles: so adding an obstruction can only take floor
 * away from a walk, and no path gets shorter for it.
 */
import { insideConvex } from '../../geometry/clearance.ts';
import {
  bandPoints,
  boxOf,
  clearancePolygon,
  drawnIn,
  closestCores,
  NARROW,
  obstacleBox,
  polygonRadius,
  taut,
  tautLimitSq,
} from './clearanceShapes.ts';
import type { Point } from '../../geometry/types.ts';
import type { Level } from '../../model/schema.ts';
import type { DoorInfo, RoomInfo } from '../facility.ts';
import { RoomSpace, type Radii } from './roomSpace.ts';
import { PointQueries, type Guide } from './pointQueries.ts';
import { MinHeap } from './minHeap.ts';
import { obstaclesOf, type Obstacle } from './obstacles.ts';
import { passageOf, type Passage } from './passages.ts';
import { wallsOf } from './walls.ts';
import { ContentCache, numbersKey } from './reuse.ts';

/**
 * Searches within one room (searchWithin), by the room's space and what else they depend on. Each is as long as the
 * level has nodes, so they are kept by weight, and only on levels of up to KEPT_SEARCH_NODES nodes (a 100-room
 * level has 9,400): on a 1,000-room level keeping them measured slower than searching again.
 */
const roomSearches = new ContentCache<NavField>(8 * 2 ** 20, (f) => f.dist.byteLength + f.next.byteLength);
const KEPT_SEARCH_NODES = 20_000;

/** Visibility edges of a room, by the room's content: its nodes, walls and obstacles. */
const edgeCache = new ContentCache<Float64Array>(20_000);
/** The clearance vertices each room holds, by the room's outline and obstacles. */
const placementCache = new ContentCache<Float64Array>(20_000);


export interface NavNode {
  readonly p: Point;
  /**
   * The clearance circle this node stands on (the corner, jamb or footprint corner it rounds, and the clearance): a
   * shortest path turns there only tangent to it.
   */
  readonly arc: { readonly centre: Point; readonly radius: number } | null;
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
  /** The first node of the graph the walk comes to. */
  readonly id: number;
  /** Inches from the point to the source the walk ends at. */
  readonly distance: number;
  /** Where the walk turns before that node: round the obstacles whose clearance it starts in (see walkOut). */
  readonly lead?: readonly Point[];
}

export type { Guide } from './pointQueries.ts';

export interface TravelPath {
  readonly distance: number;
  readonly points: readonly Point[];
  readonly exit: DoorInfo;
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
  /** Each room's visibility edges as (local i, local j, length) triples, kept for a graph patched from this one. */
  private readonly edgesOf = new Map<RoomInfo, Float64Array>();
  /** What each room's entries in its node list are (NodeRole), in list order: a patch keeps the shared ones. */
  private readonly roles = new Map<RoomInfo, Uint8Array>();
  /** Each room's doorway jamb vertices as it placed them (see patchFrom). */
  private readonly jambTraces = new Map<RoomInfo, string>();
  /** Nodes a patch left behind (a changed room's old ones): in no room's list, so never reached. */
  private tombstones = 0;
  private readonly cap: number;
  /** The nodes this patch left behind (its own; tombstones counts every patch's since the last fresh build). */
  private readonly tombstoned = new Set<number>();
  /** Whether this graph was patched from the level's previous one rather than built afresh. */
  readonly patched: boolean;
  private rowStart = new Int32Array(1);
  private rowTo = new Int32Array(0);
  private rowLength = new Float64Array(0);
  private readonly isTarget: (door: DoorInfo) => boolean;
  private readonly seeds: ReadonlyMap<DoorInfo, number>;
  private readonly targetRoom: (door: DoorInfo) => RoomInfo;
  /** Node ids of the anchors given to the constructor, in order. */
  readonly anchorIds: number[] = [];
  /** The node at the centre of each doorway: where travel from a room door starts, or where an exit's ends. */
  readonly doorNode = new Map<DoorInfo, number>();
  private readonly keys = new Map<RoomInfo, string>();
  /** Distances from points (the most remote point's probes, a start's walk out): see pointQueries.ts. */
  private readonly queries = new PointQueries({ nodes: this.nodes, space: (room) => this.spaces.get(room) });

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
      /** The most any clearance may be: the tight measure of a point cut off at the full one (travel.ts). */
      clearanceCap?: number;
    } = {},
    /** The same level's graph before an edit: the rooms the edit left alone are taken from it (patchFrom). */
    previous?: LevelNavigation,
  ) {
    const seeds = options.seeds ?? new Map<DoorInfo, number>();
    this.seeds = seeds;
    const baseTarget = options.isTarget ?? ((d: DoorInfo) => d.isExit);
    this.isTarget = (d) => baseTarget(d) || seeds.has(d);
    // A seeded stair door is reached from the side that is not the stair.
    this.targetRoom = options.targetRoom ?? ((d) => d.exitFrom ?? (d.to && d.from.room.use === 'stair' ? d.to : d.from));
    this.passages = doors.map(passageOf);
    this.passageOf = new Map(this.passages.map((pass) => [pass.door, pass]));
    this.obstacles = obstaclesOf(rooms, this.passages, this.isTarget, options.clearanceCap);
    this.cap = options.clearanceCap ?? Infinity;
    this.patched = previous !== undefined && !options.anchors?.length && this.patchFrom(previous);
    if (!this.patched) {
      this.buildSpaces();
      this.placeNodes();
      for (const a of options.anchors ?? []) {
        this.anchorIds.push(this.nodes.length);
        this.addNode({ p: a.p, arc: null, exit: null }, [a.room]);
      }
      this.roleLists.clear(); // a graph with anchors is never patched (patchFrom): their roles are not kept
      for (const [room, space] of this.spaces) this.connect(room, space);
    }
    this.compressEdges();
    this.exits = (this.patched && previous && this.searchPatched(previous)) || this.searchFromTargets();
    this.toExit = this.exits.dist;
  }

  /**
   * Takes the graph of the level before an edit and rebuilds only the rooms the edit changed: a crib moved leaves every
   * other room's walls, obstacles, nodes and edges as they were (their node ids too). A room counts as changed when its
   * outline or its obstacles (with their clearances) differ; the patch is refused — and the graph built afresh —
   * when anything else differs: the rooms or doors of the level, any room's doorways, or the jamb vertices a changed
   * room shares with the room across a doorway (their places come from whichever room is placed first). The result
   * is the graph a fresh build makes, up to the numbering of nodes (tests/unit/engine/egress/navigationPatch.test.ts).
   */
  private patchFrom(prev: LevelNavigation): boolean {
    if (prev.level.id !== this.level.id || prev.cap !== this.cap || prev.anchorIds.length > 0) return false;
    if (prev.rooms.length !== this.rooms.length || prev.passages.length !== this.passages.length) return false;
    if (prev.tombstones > prev.nodes.length / 2) return false;
    if (this.rooms.some((r, i) => r.room.id !== prev.rooms[i]!.room.id)) return false;
    if (this.passages.some((pass, i) => pass.door.door.id !== prev.passages[i]!.door.door.id)) return false;
    const before = new Map(this.rooms.map((r, i) => [r, prev.rooms[i]!]));
    const changed: RoomInfo[] = [];
    for (const room of this.rooms) {
      const now = this.signatureOf(room);
      const was = prev.signatureOf(before.get(room)!);
      if (now.doorways !== was.doorways) return false;
      if (now.content !== was.content) changed.push(room);
    }
    if (changed.length > PATCH_AT_MOST) return false;
    // The changed rooms' spaces and placements first: nothing of this graph is set until every one of them fits.
    const fresh = new Map<RoomInfo, { space: RoomSpace; found: Float64Array }>();
    for (const room of changed) {
      const space = this.newSpace(room);
      const found = this.roomVertices(room, space);
      if (jambTrace(space, found) !== prev.jambTraces.get(before.get(room)!)) return false;
      fresh.set(room, { space, found });
    }
    for (const node of prev.nodes) this.nodes.push(node);
    this.tombstones = prev.tombstones;
    // Exits and doorways keep their nodes; an exit's node names the door of this plan.
    this.passages.forEach((pass, i) => {
      const id = prev.doorNode.get(prev.passages[i]!.door)!;
      this.doorNode.set(pass.door, id);
      if (this.nodes[id]!.exit) this.nodes[id] = { p: this.nodes[id]!.p, arc: null, exit: pass.door };
    });
    for (const room of this.rooms) {
      const old = before.get(room)!;
      const made = fresh.get(room);
      if (!made) {
        this.spaces.set(room, prev.spaces.get(old)!);
        this.roles.set(room, prev.roles.get(old)!);
        this.jambTraces.set(room, prev.jambTraces.get(old)!);
        this.edgesOf.set(room, prev.edgesOf.get(old)!);
        const key = prev.keys.get(old);
        if (key !== undefined) this.keys.set(room, key);
        continue;
      }
      // The changed room's list, in the order a fresh build makes it: its placed nodes (its jamb vertices keeping
      // their old nodes, shared or not), then its doorways' nodes as they were.
      const oldIds = prev.spaces.get(old)!.nodes;
      const oldRoles = prev.roles.get(old)!;
      const jambs = oldIds.filter((_, k) => oldRoles[k] === NodeRole.Jamb);
      const doorways = oldIds.filter((_, k) => oldRoles[k] === NodeRole.Doorway);
      for (let k = 0; k < oldIds.length; k++) {
        if (oldRoles[k] !== NodeRole.Own) continue;
        const id = oldIds[k]!;
        this.nodes[id] = { p: this.nodes[id]!.p, arc: null, exit: null };
        this.tombstones++;
        this.tombstoned.add(id);
      }
      const { space, found } = made;
      this.spaces.set(room, space);
      this.jambTraces.set(room, prev.jambTraces.get(old)!);
      let jamb = 0;
      for (let e = 0; e < found.length; e += 8) {
        if (space.obstacles[found[e]!]!.value.kind === 'jamb') {
          space.nodes.push(jambs[jamb++]!);
          this.roleOf(room).push(NodeRole.Jamb);
        } else {
          this.addNode(placedNode(found, e), [room]);
        }
      }
      for (const id of doorways) {
        space.nodes.push(id);
        this.roleOf(room).push(NodeRole.Doorway);
      }
      this.roles.set(room, Uint8Array.from(this.roleOf(room)));
      this.connect(room, space);
      this.rebuilt.push({ before: { ids: oldIds, edges: prev.edgesOf.get(old)! }, after: { ids: space.nodes, edges: this.edgesOf.get(room)! } });
    }
    this.roleLists.clear();
    return true;
  }

  /** The rooms a patch rebuilt, with their node lists and edges before and after (searchPatched). */
  private readonly rebuilt: { readonly before: RoomEdges; readonly after: RoomEdges }[] = [];

  /**
   * The distances to the exits after a patch, worked out from the previous graph's instead of from scratch: an edit
   * inside a room that no other room's way out passes through changes no distance outside it, except where the room
   * now offers a shorter way — so the old distances stand, and a search from the room's own nodes carries whatever
   * got shorter outward. Null (search afresh) when some node outside the rebuilt rooms went by an edge that is gone.
   */
  private searchPatched(prev: LevelNavigation): NavField | null {
    const n = this.nodes.length;
    const before = prev.exits;
    const key = (a: number, b: number) => (a < b ? a * n + b : b * n + a);
    const kept = new Set<number>();
    for (const { after } of this.rebuilt) for (let k = 0; k < after.edges.length; k += 3) kept.add(key(after.ids[after.edges[k]!]!, after.ids[after.edges[k + 1]!]!));
    const gone = new Set<number>();
    for (const { before: old } of this.rebuilt) {
      for (let k = 0; k < old.edges.length; k += 3) {
        const e = key(old.ids[old.edges[k]!]!, old.ids[old.edges[k + 1]!]!);
        if (!kept.has(e)) gone.add(e);
      }
    }
    // Which nodes' ways out went by an edge that is gone (memoized up the old tree).
    const state = new Uint8Array(before.dist.length); // 0 unknown, 1 clear, 2 cut
    const dead = new Uint8Array(n);
    for (const id of this.tombstoned) dead[id] = 1;
    const trail: number[] = [];
    for (let u = 0; u < before.dist.length; u++) {
      let v = u;
      trail.length = 0;
      while (state[v] === 0) {
        trail.push(v);
        const w = before.next[v]!;
        if (w < 0) {
          state[v] = 1;
          break;
        }
        if (gone.has(key(v, w))) {
          state[v] = 2;
          break;
        }
        v = w;
      }
      const verdict = state[v]!;
      for (const t of trail) state[t] = verdict;
      if (verdict === 2 && !dead[u]) return null;
    }
    const dist = new Float64Array(n).fill(Infinity);
    const next = new Int32Array(n).fill(-1);
    dist.set(before.dist);
    next.set(before.next);
    for (let id = 0; id < n; id++) {
      if (dead[id]) {
        dist[id] = Infinity;
        next[id] = -1;
      }
    }
    const heap = new MinHeap();
    for (const { after } of this.rebuilt) for (const id of after.ids) if (Number.isFinite(dist[id]!)) heap.push(id, dist[id]!);
    this.settle(heap, dist, next);
    return { dist, next };
  }

  private readonly signatures = new Map<RoomInfo, { readonly content: string; readonly doorways: string }>();

  /**
   * What a room's part of the graph is made from, as two keys: its doorways (their geometry, and whether and how
   * travel ends there), and its content (its outline, and its obstacles with the clearance each keeps — a clearance
   * that depends on doorways nearby, its own or not).
   */
  private signatureOf(room: RoomInfo): { readonly content: string; readonly doorways: string } {
    const known = this.signatures.get(room);
    if (known) return known;
    const { passages, obstacles } = this.ownParts().get(room)!;
    const content: number[] = [...room.room.polygon.flat(), NaN];
    for (const o of obstacles) {
      if (o.kind === 'item') for (const q of o.ring) content.push(q[0], q[1]);
      else content.push(o.centre[0], o.centre[1]);
      content.push(o.radius, o.kind === 'item' ? 0 : o.kind === 'corner' ? 1 : 2, NaN);
    }
    const doorways = passages.map((pass) => this.doorwaySignature(pass));
    const found = { content: numbersKey(content), doorways: doorways.join('|') };
    this.signatures.set(room, found);
    return found;
  }

  private readonly doorwaySignatures = new Map<Passage, string>();

  /** A doorway's part of its rooms' signatures (signatureOf): asked by both rooms, worked out once. */
  private doorwaySignature(pass: Passage): string {
    const known = this.doorwaySignatures.get(pass);
    if (known !== undefined) return known;
    const numbers = [...pass.a, ...pass.b, ...pass.a2, ...pass.b2, ...pass.centre, pass.door.width, ...(pass.polygon ?? []).flat()];
    const ends = this.isTarget(pass.door) ? `${this.targetRoom(pass.door).room.id}:${this.seeds.get(pass.door) ?? 0}` : '-';
    const found = `${pass.door.door.id}:${pass.door.from.room.id}:${pass.door.to?.room.id ?? ''}:${ends}:${numbersKey(numbers)}`;
    this.doorwaySignatures.set(pass, found);
    return found;
  }

  private buildSpaces(): void {
    for (const room of this.rooms) this.spaces.set(room, this.newSpace(room));
  }

  /** A room's walls (its faces less its doorways, with the jamb returns) and its obstacles, in plan order. */
  private newSpace(room: RoomInfo): RoomSpace {
    const space = new RoomSpace(room.room.polygon);
    const { passages, obstacles } = this.ownParts().get(room)!;
    for (const w of wallsOf([room], passages)) space.walls.push({ box: boxOf(w[0], w[1]), value: w });
    for (const o of obstacles) space.obstacles.push({ box: obstacleBox(o), value: o });
    space.seal();
    return space;
  }

  private ownPartsMemo: Map<RoomInfo, { passages: Passage[]; obstacles: Obstacle[] }> | null = null;

  /** Each room's own doorways and obstacles (a jamb's in both rooms of its door), in plan order. */
  private ownParts(): Map<RoomInfo, { passages: Passage[]; obstacles: Obstacle[] }> {
    if (this.ownPartsMemo) return this.ownPartsMemo;
    const own = new Map(this.rooms.map((r) => [r, { passages: [] as Passage[], obstacles: [] as Obstacle[] }]));
    for (const pass of this.passages) for (const r of [pass.door.from, pass.door.to]) if (r) own.get(r)?.passages.push(pass);
    for (const o of this.obstacles) {
      const rooms = o.kind === 'item' ? [o.item.room] : o.kind === 'corner' ? [o.room] : [o.door.from, o.door.to];
      for (const r of rooms) if (r) own.get(r)?.obstacles.push(o);
    }
    return (this.ownPartsMemo = own);
  }

  /** A walk within `room` from p to q keeps clear of its walls and obstacles (RoomSpace.visible). */
  visible(room: RoomInfo, p: Point, q: Point, radii?: Radii): boolean {
    return this.spaces.get(room)?.visible(p, q, radii) ?? false;
  }

  private addNode(node: NavNode, rooms: readonly RoomInfo[], role: NodeRole = NodeRole.Own): void {
    const id = this.nodes.length;
    this.nodes.push(node);
    for (const r of rooms) {
      const space = this.spaces.get(r);
      if (!space) continue;
      space.nodes.push(id);
      this.roleOf(r).push(role);
    }
  }

  /** Roles of a room's node list while it is built (see roles). */
  private readonly roleLists = new Map<RoomInfo, number[]>();
  private roleOf(room: RoomInfo): number[] {
    return this.roleLists.get(room) ?? this.roleLists.set(room, []).get(room)!;
  }

  /**
   * The clearance vertices a room holds, as (obstacle of the room, vertex, x, y, arc centre x, y, clearance, 0)
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
      clearancePolygon(o).forEach(([vertex, centre], v) => {
        // A corner of the polygon stands up to 0.42 in proud of the clearance circle. Where it falls in another
        // obstacle's clearance, the circle itself may still leave a channel between the two (an aisle a hair over
        // 2 × 11.55 in): the corner is then drawn in to the circle, so the channel keeps a node to bend at.
        // A path turns at a corner of the polygon only along lines that keep to the polygon's own circle (so a
        // polygon corner is judged as before any drawing in); at a corner drawn in, along lines clear of the circle.
        const drawn = !space.free(vertex);
        const p = drawn ? drawnIn(vertex, centre, o.radius) : vertex;
        const turn = drawn ? o.radius : polygonRadius(o);
        const inDoorway = doorway ? insideConvex(p, doorway) : false;
        if ((inDoorway || space.locate(p) === 'inside') && space.free(p)) out.push(k, v, p[0], p[1], centre[0], centre[1], turn, 0);
      });
    });
    this.narrows(room, space, out);
    const found = Float64Array.from(out);
    placementCache.set(key, found);
    return found;
  }

  /**
   * Where two clearances all but meet — an aisle under an inch wider than the two clearances together — the polygons
   * standing in for the circles can leave no corner from which the way through is seen straight. A node in the
   * middle of each such gap keeps it (with no circle: a path may pass it in any direction). Appended to `out` as
   * placement octuples with clearance −1. Doorways have nodes of their own, so jambs are left out.
   */
  private narrows(room: RoomInfo, space: RoomSpace, out: number[]): void {
    const list = space.obstacles.filter(({ value: o }) => o.kind !== 'jamb');
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!];
        if (a.box.minX > b.box.maxX + NARROW || b.box.minX > a.box.maxX + NARROW || a.box.minY > b.box.maxY + NARROW || b.box.minY > a.box.maxY + NARROW) continue;
        const near = closestCores(a.value, b.value);
        const gap = near.distance - a.value.radius - b.value.radius;
        if (gap <= 0 || gap > NARROW) continue;
        const t = (a.value.radius + gap / 2) / near.distance;
        const p: Point = [near.p[0] + (near.q[0] - near.p[0]) * t, near.p[1] + (near.q[1] - near.p[1]) * t];
        if (space.locate(p) === 'inside' && space.free(p)) out.push(space.obstacles.indexOf(a), -1 - j, p[0], p[1], 0, 0, -1, 0);
      }
    }
  }

  private placeNodes(): void {
    // A jamb's vertex in the doorway stands in both rooms: one node, in both rooms' lists.
    const shared = new Map<Obstacle, Map<number, number>>();
    for (const room of this.rooms) {
      const space = this.spaces.get(room)!;
      const found = this.roomVertices(room, space);
      this.jambTraces.set(room, jambTrace(space, found));
      for (let e = 0; e < found.length; e += 8) {
        const o = space.obstacles[found[e]!]!.value;
        const v = found[e + 1]!;
        const byVertex = o.kind === 'jamb' ? shared.get(o) ?? shared.set(o, new Map()).get(o)! : null;
        const known = byVertex?.get(v);
        if (known !== undefined) {
          space.nodes.push(known);
          this.roleOf(room).push(NodeRole.Jamb);
          continue;
        }
        byVertex?.set(v, this.nodes.length);
        this.addNode(placedNode(found, e), [room], o.kind === 'jamb' ? NodeRole.Jamb : NodeRole.Own);
      }
    }
    for (const pass of this.passages) {
      if (this.isTarget(pass.door)) {
        this.doorNode.set(pass.door, this.nodes.length);
        this.addNode({ p: pass.centre, arc: null, exit: pass.door }, [this.targetRoom(pass.door)], NodeRole.Doorway);
        continue;
      }
      const rooms = [pass.door.from, pass.door.to].filter((r): r is RoomInfo => r !== null && this.spaces.has(r));
      const band = bandPoints(pass);
      band.forEach((p, k) => {
        if (k === (band.length - 1) / 2) this.doorNode.set(pass.door, this.nodes.length);
        this.addNode({ p, arc: null, exit: null }, rooms, NodeRole.Doorway);
      });
    }
    for (const [room, list] of this.roleLists) this.roles.set(room, Uint8Array.from(list));
    this.roleLists.clear();
  }

  /**
   * Every pair of a room's nodes joined by a taut, clear walk, as (local i, local j, length) triples. Tautness is
   * tested from flat arrays, before any sight line: a room of 400 nodes has 80,000 pairs and nine in ten fail it.
   */
  private linkAll(room: RoomInfo, ids: readonly number[]): Float64Array {
    const n = ids.length;
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    // Each node's arc centre relative to it, and the least the line's distance from that centre may be (0: no arc).
    const cx = new Float64Array(n);
    const cy = new Float64Array(n);
    const least = new Float64Array(n);
    const exit = new Uint8Array(n);
    ids.forEach((id, k) => {
      const node = this.nodes[id]!;
      [xs[k], ys[k]] = node.p;
      exit[k] = node.exit ? 1 : 0;
      if (node.arc) {
        cx[k] = node.arc.centre[0] - node.p[0];
        cy[k] = node.arc.centre[1] - node.p[1];
        least[k] = tautLimitSq(node.arc.radius);
      }
    });
    const found: number[] = [];
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) {
        if (exit[a] && exit[b]) continue;
        const dx = xs[b]! - xs[a]!;
        const dy = ys[b]! - ys[a]!;
        if (!taut(dx, dy, cx[a]!, cy[a]!, least[a]!) || !taut(dx, dy, cx[b]!, cy[b]!, least[b]!)) continue;
        if (!this.visible(room, this.nodes[ids[a]!]!.p, this.nodes[ids[b]!]!.p)) continue;
        found.push(a, b, Math.sqrt(dx * dx + dy * dy));
      }
    }
    return Float64Array.from(found);
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
      if (n.arc) parts.push(n.arc.centre[0], n.arc.centre[1], n.arc.radius);
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
      edges = this.linkAll(room, ids);
      edgeCache.set(key, edges);
    }
    this.edgesOf.set(room, edges);
  }

  /** The edge list as compressed rows: each node's neighbours side by side, no object per edge. */
  private compressEdges(): void {
    const n = this.nodes.length;
    const start = new Int32Array(n + 1);
    const rooms = [...this.spaces].map(([room, space]) => ({ ids: space.nodes, edges: this.edgesOf.get(room)! }));
    for (const { ids, edges } of rooms) {
      for (let k = 0; k < edges.length; k += 3) {
        start[ids[edges[k]!]! + 1]!++;
        start[ids[edges[k + 1]!]! + 1]!++;
      }
    }
    for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
    const fill = start.slice(0, n);
    const to = new Int32Array(start[n]!);
    const length = new Float64Array(start[n]!);
    for (const { ids, edges } of rooms) {
      for (let k = 0; k < edges.length; k += 3) {
        const i = ids[edges[k]!]!;
        const j = ids[edges[k + 1]!]!;
        const w = edges[k + 2]!;
        to[fill[i]!] = j;
        length[fill[i]!++] = w;
        to[fill[j]!] = i;
        length[fill[j]!++] = w;
      }
    }
    this.rowStart = start;
    this.rowTo = to;
    this.rowLength = length;
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
    const dist = new Float64Array(this.nodes.length);
    const next = new Int32Array(this.nodes.length);
    if (within) {
      // A room's search (a sleeping room's, for each such room of every analysis) sets up the room's nodes alone:
      // nothing reads a field of one room's at another's.
      allowed = this.maskOf(within);
      for (const i of within) {
        dist[i] = Infinity;
        next[i] = -1;
      }
    } else {
      dist.fill(Infinity);
      next.fill(-1);
    }
    const heap = new MinHeap();
    for (const i of sources) {
      const exit = this.nodes[i]!.exit;
      const start = exit ? this.seeds.get(exit) ?? 0 : 0;
      dist[i] = start;
      next[i] = -1;
      heap.push(i, start);
    }
    this.settle(heap, dist, next, allowed);
    if (within) for (const i of within) allowed![i] = 0;
    return { dist, next };
  }

  /**
   * search(sources, the room's nodes), kept with the room's space: a graph patched after an edit elsewhere takes the
   * room's space as it was — its nodes, ids and edges — and with it every search within it.
   */
  searchWithin(room: RoomInfo, sources: readonly number[]): NavField {
    const space = this.spaces.get(room);
    if (!space) return this.search(sources, []);
    // A field is as long as the level has nodes: on a large level keeping them costs more than searching again.
    if (this.nodes.length > KEPT_SEARCH_NODES) return this.search(sources, space.nodes);
    // The space fixes the room's own nodes and edges; the answer also depends on the sources' own distances (a stair
    // door's onward walk) and on the edges another room's set adds between two of this room's nodes (two nodes of a
    // doorway, both rooms'): those run from its shared nodes, whose rows are read here.
    const mask = this.maskOf(space.nodes);
    const roles = this.roles.get(room);
    const shared: number[] = [];
    space.nodes.forEach((u, k) => {
      if (roles?.[k] === NodeRole.Own) return;
      for (let e = this.rowStart[u]!; e < this.rowStart[u + 1]!; e++) if (mask[this.rowTo[e]!]) shared.push(u, this.rowTo[e]!, this.rowLength[e]!);
    });
    for (const i of space.nodes) mask[i] = 0;
    const starts = sources.map((id) => `${id}:${this.nodes[id]!.exit ? this.seeds.get(this.nodes[id]!.exit!) ?? 0 : 0}`).join(',');
    const key = `${space.serial}|${starts}|${numbersKey(shared)}`;
    const known = roomSearches.get(key);
    if (known) return known;
    const found = this.search(sources, space.nodes);
    roomSearches.set(key, found);
    return found;
  }

  /** The nodes a room's search may go by (search): kept, and cleared after each use. */
  private roomMask = new Uint8Array(0);

  /** roomMask with these nodes set (the caller clears them). */
  private maskOf(ids: readonly number[]): Uint8Array {
    if (this.roomMask.length < this.nodes.length) this.roomMask = new Uint8Array(this.nodes.length);
    for (const i of ids) this.roomMask[i] = 1;
    return this.roomMask;
  }

  /** Dijkstra from what the heap holds: each node's distance and next node, through the allowed nodes only if given. */
  private settle(heap: MinHeap, dist: Float64Array, next: Int32Array, allowed?: Uint8Array | null): void {
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
  }

  /** The shortest path of travel from a point of `room` to the nearest target, or null when none can be reached. */
  travelFrom(p: Point, room: RoomInfo): TravelPath | null {
    const found = this.nearestVia(p, room, this.exits);
    if (!found) return null;
    return { distance: found.distance, points: this.walk(p, found), exit: this.exitAt(found) };
  }

  /**
   * The geodesic from a point of `room` to the field's sources (PointQueries.nearestVia). With `enough`, the first
   * walk found no longer than it may be returned instead: a bound, for a caller that only needs to know that much.
   */
  nearestVia(p: Point, room: RoomInfo, field: NavField, enough = -Infinity, guide?: Guide): Reach | null {
    return this.queries.nearestVia(p, room, field, enough, guide);
  }

  /** An upper bound on nearestVia's distance, cheaper near obstacles (PointQueries.distanceAtMost). */
  distanceAtMost(p: Point, room: RoomInfo, field: NavField, cap = -Infinity, guide?: Guide): number {
    return this.queries.distanceAtMost(p, room, field, cap, guide);
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

  /** The walk from p that `reach` found: p, the turns before its first node, that node, then the graph to a source. */
  walk(p: Point, reach: Reach, field: NavField = this.exits): Point[] {
    const points = this.pathFrom(p, reach.id, field.next);
    if (reach.lead) points.splice(1, 0, ...reach.lead);
    return points;
  }

  /** The source the walk `reach` found ends at. */
  endOf(reach: Reach, field: NavField = this.exits): number {
    return this.sourceOf(reach.id, field.next);
  }

  private exitAt(reach: Reach): DoorInfo {
    return this.nodes[this.endOf(reach)]!.exit!;
  }
}

/** A room's node list and its edges as (local i, local j, length) triples. */
interface RoomEdges {
  readonly ids: readonly number[];
  readonly edges: Float64Array;
}

/** Rooms an edit may change for the graph to be patched rather than built afresh (patchFrom). */
const PATCH_AT_MOST = 4;

/** What an entry of a room's node list is (LevelNavigation.roles). */
const NodeRole = {
  /** Placed by this room alone: a corner of its furniture's or its inside corners' clearance, or a narrow gap. */
  Own: 0,
  /** A jamb's clearance vertex, which the room on the other side of the doorway may share. */
  Jamb: 1,
  /** A node of one of its doorways (across the clear band, or an exit's centre). */
  Doorway: 2,
} as const;
type NodeRole = (typeof NodeRole)[keyof typeof NodeRole];

/** The node a placement octuple (roomVertices) stands for. */
function placedNode(found: Float64Array, e: number): NavNode {
  const arc = found[e + 6]! < 0 ? null : { centre: [found[e + 4]!, found[e + 5]!] as Point, radius: found[e + 6]! };
  return { p: [found[e + 2]!, found[e + 3]!], arc, exit: null };
}

/**
 * A room's placed jamb vertices, as text (door, jamb, vertex, where it stands): the nodes it may share with the room
 * across the doorway. A patch keeps a changed room's jamb nodes only where this reads as it did.
 */
function jambTrace(space: RoomSpace, found: Float64Array): string {
  const parts: string[] = [];
  for (let e = 0; e < found.length; e += 8) {
    const o = space.obstacles[found[e]!]!.value;
    if (o.kind === 'jamb') parts.push(`${o.door.door.id}:${o.centre[0]},${o.centre[1]}:${found.subarray(e + 1, e + 8).join(',')}`);
  }
  return parts.join('|');
}

