/**
 * Shortest walks inside one corridor that keep to its centreline, for the dead-end measure of 500.087(1)(B),
 * (4)(G) (checks.md, "Dead end": "measured along the corridor's centreline").
 *
 * Each inside corner of a bend, junction or jog is kept off by a disk of radius (its half-width − 1 in): a shortest
 * walk between two points of the centreline then runs on the centreline where the corridor is straight (the disks
 * leave it open by the inch) and rounds each bend on an arc about the inside corner of radius nearly the
 * half-width, about where the centreline runs through the bend (deadEnds.ts compares it with the line midway
 * between the walls and with the two legs). Nothing else bends a walk: the outline's walls bound
 * it, and door jambs and furniture are not part of the centreline (see deadEnds.ts).
 *
 * A shortest walk among disks is made of straight pieces tangent to them and arcs along them, so the graph is the
 * exact tangent graph: the given points (measuring points, mouths), the tangent points from them to each disk and
 * of the common tangents of each pair of disks, joined by the straight pieces that stay clear and by the arcs
 * between neighbouring tangent points of a disk. Arcs are exact (no polygon stands in for a disk), and a corridor
 * with a few bends has a few hundred edges, so a distance field costs microseconds.
 */
import { crossesProperly, pointSegmentDistanceSq } from '../../geometry/clearance.ts';
import { ringLocator, type RingLocator } from '../../geometry/index.ts';
import type { Point, Ring } from '../../geometry/types.ts';
import { signedClearance } from './corridorShape.ts';
import { MinHeap } from './minHeap.ts';

export interface BendDisk {
  readonly centre: Point;
  readonly radiusIn: number;
}

export interface Field {
  /** Inches from the nearest source, per node. */
  readonly dist: Float64Array;
  /** The next node toward that source; -1 at a source or where none is reached. */
  readonly next: Int32Array;
  /** The angle swept round the disk going to `next` (0 for a straight piece). */
  readonly sweep: Float64Array;
}

const TOUCH = 1e-6;
/** A point this close to a wall (inches) is on it. */
const ON_WALL = 1e-6;
const TAU = 2 * Math.PI;
/** Arcs are checked, and drawn, at least this finely. */
const ARC_STEP = Math.PI / 18;
const NONE: readonly number[] = [];

interface Node {
  readonly p: Point;
  /** The disk it lies on, and its angle there; -1 for a given point. */
  readonly disk: number;
  readonly angle: number;
}

export class CentrelineGraph {
  readonly nodes: Node[] = [];
  /** Per node, (neighbour, length, sweep) triples. */
  private readonly adjacency: number[][] = [];
  private readonly onDisk: number[][];
  private readonly givenCount: number;

  /** Each wall as ax, ay, bx, by and its box (minX, minY, maxX, maxY): 8 numbers. */
  private readonly walls: Float64Array;
  private readonly locate: RingLocator;

  /**
   * @param sources points walks start from (a dead end's mouths), given the first node ids in order.
   * @param targets points walks end at (measuring points), the next ids. A shortest walk turns only on a disk, so it
   *   never passes through a given point: two targets need no edge between them.
   */
  constructor(
    private readonly ring: Ring,
    private readonly disks: readonly BendDisk[],
    sources: readonly Point[],
    targets: readonly Point[],
  ) {
    this.onDisk = disks.map(() => []);
    this.locate = ringLocator(ring);
    const given = [...sources, ...targets];
    this.givenCount = given.length;
    this.walls = new Float64Array(8 * ring.length);
    ring.forEach((a, k) => {
      const b = ring[(k + 1) % ring.length]!;
      this.walls.set([a[0], a[1], b[0], b[1], Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])], 8 * k);
    });
    const inside = (p: Point, k: number) => (p[0] - disks[k]!.centre[0]) ** 2 + (p[1] - disks[k]!.centre[1]) ** 2 < (disks[k]!.radiusIn - TOUCH) ** 2;
    // A given point standing in a disk (a short wall beside a bend's corner) walks out of it freely.
    const escapes = given.map((p) => disks.flatMap((_, k) => (inside(p, k) ? [k] : [])));
    const onWall = given.map((p) => Math.abs(signedClearance(ring, p[0], p[1])) <= ON_WALL);
    for (const p of given) this.add({ p, disk: -1, angle: 0 });
    for (let i = 0; i < sources.length; i++) {
      for (let j = i + 1; j < given.length; j++) {
        if (this.clear(given[i]!, given[j]!, escapes[i]!, escapes[j]!, onWall[i]! || onWall[j]!)) this.straight(i, j);
      }
    }
    // Tangents from each given point to each disk it is not in.
    given.forEach((p, i) => {
      disks.forEach((d, k) => {
        if (escapes[i]!.includes(k)) return;
        const dist = Math.hypot(p[0] - d.centre[0], p[1] - d.centre[1]);
        const toward = Math.atan2(p[1] - d.centre[1], p[0] - d.centre[0]);
        const spread = Math.acos(Math.min(1, d.radiusIn / dist));
        for (const angle of [toward + spread, toward - spread]) {
          const t = this.onCircle(k, angle);
          if (t && this.clear(p, t.p, escapes[i]!, NONE, onWall[i]!) && this.inCorridor(t.p)) this.straight(i, this.tangentNode(t));
        }
      });
    });
    // Common tangents of each pair of disks: outer (same side) and inner (crossing between them).
    for (let k = 0; k < disks.length; k++) {
      for (let l = k + 1; l < disks.length; l++) {
        const a = disks[k]!, b = disks[l]!;
        const dist = Math.hypot(b.centre[0] - a.centre[0], b.centre[1] - a.centre[1]);
        const toward = Math.atan2(b.centre[1] - a.centre[1], b.centre[0] - a.centre[0]);
        const pairs: [number, number][] = [];
        if (dist > Math.abs(a.radiusIn - b.radiusIn)) {
          const spread = Math.acos((a.radiusIn - b.radiusIn) / dist);
          pairs.push([toward + spread, toward + spread], [toward - spread, toward - spread]);
        }
        if (dist > a.radiusIn + b.radiusIn) {
          const spread = Math.acos((a.radiusIn + b.radiusIn) / dist);
          pairs.push([toward + spread, toward + spread + Math.PI], [toward - spread, toward - spread + Math.PI]);
        }
        for (const [u, v] of pairs) {
          const s = this.onCircle(k, u);
          const t = this.onCircle(l, v);
          if (s && t && this.clear(s.p, t.p, NONE, NONE, false) && this.inCorridor(s.p) && this.inCorridor(t.p)) this.straight(this.tangentNode(s), this.tangentNode(t));
        }
      }
    }
    // Arcs between neighbouring tangent points of each disk, where the arc stays in the corridor.
    this.onDisk.forEach((ids, k) => {
      const sorted = [...ids].sort((m, n) => this.nodes[m]!.angle - this.nodes[n]!.angle);
      for (let s = 0; s < sorted.length && sorted.length > 1; s++) {
        const from = sorted[s]!;
        const to = sorted[(s + 1) % sorted.length]!;
        const sweep = (((this.nodes[to]!.angle - this.nodes[from]!.angle) % TAU) + TAU) % TAU;
        if (sorted.length === 2 && s === 1 && sweep === 0) continue;
        if (this.arcClear(k, this.nodes[from]!.angle, sweep)) this.link(from, to, disks[k]!.radiusIn * sweep, sweep);
      }
    });
  }

  private add(node: Node): number {
    this.nodes.push(node);
    this.adjacency.push([]);
    return this.nodes.length - 1;
  }

  private tangentNode(t: { p: Point; disk: number; angle: number }): number {
    const id = this.add(t);
    this.onDisk[t.disk]!.push(id);
    return id;
  }

  /** The point of disk k's circle at `angle`, when it lies outside every other disk (in the corridor: see inCorridor). */
  private onCircle(k: number, angle: number): { p: Point; disk: number; angle: number } | null {
    const d = this.disks[k]!;
    const a = ((angle % TAU) + TAU) % TAU;
    const p: Point = [d.centre[0] + d.radiusIn * Math.cos(a), d.centre[1] + d.radiusIn * Math.sin(a)];
    return this.inOtherDisk(p, k) ? null : { p, disk: k, angle: a };
  }

  /** Asked last, of points a clear piece reaches: most candidates fail a cheaper test first. */
  private inCorridor(p: Point): boolean {
    return this.locate(p) === 'inside';
  }

  private inOtherDisk(p: Point, k: number): boolean {
    return this.disks.some((o, m) => m !== k && (p[0] - o.centre[0]) ** 2 + (p[1] - o.centre[1]) ** 2 < (o.radiusIn - TOUCH) ** 2);
  }

  private arcClear(k: number, from: number, sweep: number): boolean {
    const d = this.disks[k]!;
    const steps = Math.max(2, Math.ceil(sweep / ARC_STEP));
    for (let s = 1; s < steps; s++) {
      const a = from + (sweep * s) / steps;
      const p: Point = [d.centre[0] + d.radiusIn * Math.cos(a), d.centre[1] + d.radiusIn * Math.sin(a)];
      if (this.inOtherDisk(p, k) || !this.inCorridor(p)) return false;
    }
    return true;
  }

  /** A straight piece from p to q crosses no wall and keeps out of every disk not escaped. */
  private clear(p: Point, q: Point, escapesP: readonly number[], escapesQ: readonly number[], fromWall: boolean): boolean {
    const minX = Math.min(p[0], q[0]), maxX = Math.max(p[0], q[0]);
    const minY = Math.min(p[1], q[1]), maxY = Math.max(p[1], q[1]);
    for (let k = 0; k < this.disks.length; k++) {
      const d = this.disks[k]!;
      const [cx, cy] = d.centre;
      const r = d.radiusIn;
      if (cx + r < minX || cx - r > maxX || cy + r < minY || cy - r > maxY) continue;
      if (escapesP.includes(k) || escapesQ.includes(k)) continue;
      if (pointSegmentDistanceSq(d.centre, p, q) < (r - TOUCH) ** 2) return false;
    }
    // Walls whose boxes miss the piece's box cannot cross it: most of a long corridor's walls.
    const w = this.walls;
    for (let k = 0; k < w.length; k += 8) {
      if (w[k + 4]! > maxX || w[k + 6]! < minX || w[k + 5]! > maxY || w[k + 7]! < minY) continue;
      if (crossesProperly(p, q, [w[k]!, w[k + 1]!], [w[k + 2]!, w[k + 3]!])) return false;
    }
    const ring = this.ring;
    // A piece from a point on a wall (an end wall, an exit in it) must head into the corridor, not along the outside.
    return !fromWall || signedClearance(ring, (p[0] + q[0]) / 2, (p[1] + q[1]) / 2) >= -ON_WALL;
  }

  private straight(i: number, j: number): void {
    const p = this.nodes[i]!.p, q = this.nodes[j]!.p;
    this.link(i, j, Math.hypot(q[0] - p[0], q[1] - p[1]), 0);
  }

  private link(i: number, j: number, w: number, sweep: number): void {
    this.adjacency[i]!.push(j, w, sweep);
    this.adjacency[j]!.push(i, w, -sweep);
  }

  /** Distances from the source nodes to every given point (Dijkstra), with the way back toward a source. */
  search(sources: readonly number[]): Field {
    const n = this.nodes.length;
    const dist = new Float64Array(n).fill(Infinity);
    const next = new Int32Array(n).fill(-1);
    const sweep = new Float64Array(n);
    const heap = new MinHeap();
    for (const s of sources) {
      dist[s] = 0;
      heap.push(s, 0);
    }
    // Only the given points are asked about: stop once all of them are settled.
    const settled = new Uint8Array(this.givenCount);
    let open = this.givenCount;
    while (heap.size && open > 0) {
      const [i, d] = heap.pop();
      if (d > dist[i]!) continue;
      if (i < this.givenCount && !settled[i]) {
        settled[i] = 1;
        open--;
      }
      const edges = this.adjacency[i]!;
      for (let e = 0; e < edges.length; e += 3) {
        const to = edges[e]!;
        const nd = d + edges[e + 1]!;
        if (nd < dist[to]!) {
          dist[to] = nd;
          next[to] = i;
          sweep[to] = -edges[e + 2]!;
          heap.push(to, nd);
        }
      }
    }
    return { dist, next, sweep };
  }

  /** The walk from node `id` to the source of `field`, as points (arcs drawn in steps of at most 10°). */
  pathFrom(id: number, field: Field): Point[] {
    const out: Point[] = [];
    // Tangent points a hair apart, or a mouth on the measuring point itself, are drawn once.
    const push = (p: Point) => {
      const last = out[out.length - 1];
      if (!last || Math.abs(last[0] - p[0]) + Math.abs(last[1] - p[1]) > 0.01) out.push(p);
    };
    for (let i = id; i !== -1; i = field.next[i]!) {
      const node = this.nodes[i]!;
      push(node.p);
      const sweep = field.sweep[i]!;
      if (sweep === 0 || field.next[i]! === -1) continue;
      const d = this.disks[node.disk]!;
      const steps = Math.ceil(Math.abs(sweep) / ARC_STEP);
      for (let s = 1; s < steps; s++) {
        const a = node.angle + (sweep * s) / steps;
        push([d.centre[0] + d.radiusIn * Math.cos(a), d.centre[1] + d.radiusIn * Math.sin(a)]);
      }
    }
    return out;
  }
}
