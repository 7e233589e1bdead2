/**
 * The grid method other floor-plan tools use for travel distance, kept here only to measure SafePlan's exact
 * method against: the floor cut into 6" cells, each cell joined to its 8 neighbours, Dijkstra from the cells at
 * each exit's doorway. It honours the same walls and the same 12" clearances; what it cannot do is walk at any
 * angle, so its paths zig-zag and come out long (up to ~8% on a diagonal).
 */
import { distancePointToSegment, pointInRing, segmentsIntersect } from '../src/geometry/index.ts';
import { BBoxIndex } from '../src/geometry/spatialIndex.ts';
import type { Point } from '../src/geometry/types.ts';
import { MinHeap } from '../src/engine/egress/minHeap.ts';
import { withinClearance } from '../src/engine/egress/clearanceShapes.ts';
import type { LevelNavigation } from '../src/engine/egress/navigation.ts';
import { wallsOf } from '../src/engine/egress/walls.ts';
import type { RoomInfo } from '../src/engine/facility.ts';

export const CELL = 6;

export interface GridResult {
  /** Worst (greatest) grid travel distance over the cells of each room, in inches. */
  readonly worst: Map<RoomInfo, number>;
  readonly cells: number;
}

export function gridTravel(nav: LevelNavigation): GridResult {
  const rooms = nav.rooms;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const r of rooms) for (const [x, y] of r.room.polygon) [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
  const cols = Math.ceil((maxX - minX) / CELL) + 1;
  const rows = Math.ceil((maxY - minY) / CELL) + 1;
  const centre = (c: number, r: number): Point => [minX + c * CELL, minY + r * CELL];
  const roomIndex = new BBoxIndex(rooms.map((r) => {
    let a = Infinity, b = Infinity, c = -Infinity, d = -Infinity;
    for (const [x, y] of r.room.polygon) [a, b, c, d] = [Math.min(a, x), Math.min(b, y), Math.max(c, x), Math.max(d, y)];
    return { box: { minX: a, minY: b, maxX: c, maxY: d }, value: r };
  }));
  const walls = wallsOf(rooms, nav.passages);
  const wallIndex = new BBoxIndex(walls.map((w) => ({ box: { minX: Math.min(w[0][0], w[1][0]), minY: Math.min(w[0][1], w[1][1]), maxX: Math.max(w[0][0], w[1][0]), maxY: Math.max(w[0][1], w[1][1]) }, value: w })));
  const exitCentres = nav.nodes.filter((n) => n.exit).map((n) => n.p);

  // A cell is floor when its centre stands in a room (or a doorway) clear of every obstacle's clearance.
  const roomOf: (RoomInfo | null)[] = new Array(cols * rows).fill(null);
  const open = new Uint8Array(cols * rows);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const p = centre(c, r);
      const room = roomIndex.queryPoint(p).find((x) => pointInRing(p, x.room.polygon) !== 'outside') ?? null;
      const inDoorway = !room && nav.passages.some((s) => s.polygon && pointInRing(p, s.polygon) !== 'outside');
      if (!room && !inDoorway) continue;
      if (nav.obstacles.some((o) => withinClearance(p, o))) continue;
      open[r * cols + c] = 1;
      roomOf[r * cols + c] = room;
    }
  }
  const dist = new Float64Array(cols * rows).fill(Infinity);
  const heap = new MinHeap();
  for (let i = 0; i < open.length; i++) {
    if (!open[i]) continue;
    const p = centre(i % cols, Math.floor(i / cols));
    if (exitCentres.some((e) => Math.hypot(e[0] - p[0], e[1] - p[1]) <= CELL)) {
      dist[i] = Math.min(...exitCentres.map((e) => Math.hypot(e[0] - p[0], e[1] - p[1])));
      heap.push(i, dist[i]!);
    }
  }
  const steps: [number, number, number][] = [[1, 0, CELL], [-1, 0, CELL], [0, 1, CELL], [0, -1, CELL], [1, 1, CELL * Math.SQRT2], [1, -1, CELL * Math.SQRT2], [-1, 1, CELL * Math.SQRT2], [-1, -1, CELL * Math.SQRT2]];
  while (heap.size) {
    const [i, d] = heap.pop();
    if (d > dist[i]!) continue;
    const c = i % cols;
    const r = Math.floor(i / cols);
    const p = centre(c, r);
    for (const [dc, dr, w] of steps) {
      const nc = c + dc, nr = r + dr;
      if (nc < 0 || nr < 0 || nc >= cols || nr >= rows) continue;
      const j = nr * cols + nc;
      if (!open[j] || d + w >= dist[j]!) continue;
      const q = centre(nc, nr);
      const box = { minX: Math.min(p[0], q[0]), minY: Math.min(p[1], q[1]), maxX: Math.max(p[0], q[0]), maxY: Math.max(p[1], q[1]) };
      // A step may not touch a wall, not even at its end point (a corner), unless it starts or ends on it.
      const onWall = (x: Point, wall: readonly [Point, Point]) => distancePointToSegment(x, wall[0], wall[1]) < 1e-9;
      if (wallIndex.query(box).some((wall) => segmentsIntersect(p, q, wall[0], wall[1]) && !onWall(p, wall) && !onWall(q, wall))) continue;
      dist[j] = d + w;
      heap.push(j, d + w);
    }
  }
  const worst = new Map<RoomInfo, number>();
  for (let i = 0; i < open.length; i++) {
    const room = roomOf[i];
    if (!room || !Number.isFinite(dist[i]!)) continue;
    worst.set(room, Math.max(worst.get(room) ?? 0, dist[i]!));
  }
  return { worst, cells: open.reduce((s, v) => s + v, 0) };
}
