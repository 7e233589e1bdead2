/**
 * The posters' secondary routes come from one route graph per level and primary exit (detourNavigation.ts), shared
 * by the posters, where each poster used to build its own. The routes must be exactly those of the old per-room
 * method, kept here as the reference.
 */
import { describe, expect, it } from 'vitest';
import { LevelNavigation } from '../../../src/engine/egress/navigation.ts';
import { levelNavigation, roomTravel } from '../../../src/engine/egress/travel.ts';
import { analyzeFacility, type DoorInfo, type Facility, type RoomInfo } from '../../../src/engine/facility.ts';
import type { Point } from '../../../src/geometry/types.ts';
import { detourNavigation } from '../../../src/report/packet/detourNavigation.ts';
import { buildPacket } from '../../../src/report/packet/index.ts';
import { drawLevel } from '../../../src/report/packet/planDrawing.ts';
import { drawPosterLevel } from '../../../src/report/packet/posterLevel.ts';
import { evacuationRoutes, roomsAlong } from '../../../src/report/packet/routes.ts';
import { Sheet } from '../../../src/report/packet/sheet.ts';
import { packetContext } from '../../../src/report/packet/pages.ts';
import { sampleWith } from './helpers.ts';

// ── the old method, as routes.ts had it: a new graph for every poster ──────────────────────────────────────────

const NOT_A_PASSAGE: ReadonlySet<string> = new Set(['kitchen', 'bathroom', 'storage', 'mechanical', 'garage', 'closet', 'laundry', 'family']);
type Found = { points: readonly Point[]; distance: number; exit: DoorInfo };

function stairSeeds(nav: LevelNavigation, leaveOut: DoorInfo): Map<DoorInfo, number> {
  const seeds = new Map<DoorInfo, number>();
  for (const [door, id] of nav.doorNode) if (door !== leaveOut && !door.isExit && nav.nodes[id]!.exit === door) seeds.set(door, nav.toExit[id]!);
  return seeds;
}

function oldAvoiding(facility: Facility, nav: LevelNavigation, room: RoomInfo, start: Point, leaveOut: DoorInfo): Found | null {
  const allowed = (r: RoomInfo) => r === room || (!NOT_A_PASSAGE.has(r.room.use) && (!r.servesInfantsOrToddlers || room.servesInfantsOrToddlers));
  const rooms = facility.rooms.filter((r) => r.level === room.level && allowed(r));
  const doors = facility.doors.filter((d) => d.level === room.level && allowed(d.from) && (d.to === null || allowed(d.to)));
  const alt = new LevelNavigation(room.level, rooms, doors, { isTarget: (d) => d.isExit && d !== leaveOut, seeds: stairSeeds(nav, leaveOut) });
  const path = alt.travelFrom(start, room);
  return path && Number.isFinite(path.distance) ? { points: path.points, distance: path.distance, exit: path.exit } : null;
}

function oldAnyOther(nav: LevelNavigation, room: RoomInfo, start: Point, leaveOut: DoorInfo): Found | null {
  const others = nav.nodes.flatMap((node, i) => (node.exit && node.exit !== leaveOut ? [i] : []));
  if (others.length === 0) return null;
  const field = nav.search(others);
  const via = nav.nearestVia(start, room, field);
  if (!via || !Number.isFinite(via.distance)) return null;
  return { points: nav.walk(start, via, field), distance: via.distance, exit: nav.nodes[nav.endOf(via, field)]!.exit! };
}

function oldRoutes(facility: Facility, room: RoomInfo) {
  const travel = roomTravel(facility, room);
  const start = travel.worstPoint;
  const primary = travel.exit && Number.isFinite(travel.distance) ? { points: travel.path, distance: travel.distance, exit: travel.exit, through: roomsAlong(facility, room, travel.path) } : null;
  if (!primary) return { start, primary: null, secondary: null };
  const nav = levelNavigation(facility, room.level);
  const found = oldAvoiding(facility, nav, room, start, primary.exit) ?? oldAnyOther(nav, room, start, primary.exit);
  return { start, primary, secondary: found ? { ...found, through: roomsAlong(facility, room, found.points) } : null };
}

/** A route as plain data: its points, length, exit and the rooms it passes. */
const plain = (r: { points: readonly Point[]; distance: number; exit: DoorInfo; through: readonly RoomInfo[] } | null) =>
  r && { points: r.points.map((p) => [...p]), distance: r.distance, exit: r.exit.door.id, through: r.through.map((t) => t.room.id) };

describe('poster routes from a shared graph per level and primary exit', () => {
  for (const name of ['center-100', 'group-home', 'small-center']) {
    it(`are the very routes of a graph per poster: ${name}`, () => {
      // Two analyses, so neither method finds the other's graphs remembered on the facility.
      const shared = analyzeFacility(sampleWith(name));
      const reference = analyzeFacility(sampleWith(name));
      const posters = shared.rooms.filter((r) => r.isChildCare);
      expect(posters.length).toBeGreaterThan(0);
      for (const room of posters) {
        const other = reference.rooms.find((r) => r.room.id === room.room.id)!;
        const now = evacuationRoutes(shared, room);
        const before = oldRoutes(reference, other);
        expect([...now.start], room.room.id).toEqual([...before.start]);
        expect(plain(now.primary), room.room.id).toEqual(plain(before.primary));
        expect(plain(now.secondary), room.room.id).toEqual(plain(before.secondary));
      }
      if (name === 'center-100') expect(posters.filter((r) => evacuationRoutes(shared, r).secondary).length).toBe(posters.length);
    });
  }

  it('are exact for a room the rule keeps out of routes too (it gets a graph of its own)', () => {
    const shared = analyzeFacility(sampleWith('center-100'));
    const reference = analyzeFacility(sampleWith('center-100'));
    const kept = shared.rooms.filter((r) => NOT_A_PASSAGE.has(r.room.use));
    expect(kept.length).toBeGreaterThan(0);
    for (const room of kept) {
      const now = evacuationRoutes(shared, room);
      const before = oldRoutes(reference, reference.rooms.find((r) => r.room.id === room.room.id)!);
      expect(plain(now.secondary), room.room.id).toEqual(plain(before.secondary));
    }
  });

  it('builds one graph per primary exit and infant answer, not one per poster', () => {
    const facility = analyzeFacility(sampleWith('center-100'));
    const posters = facility.rooms.filter((r) => r.isChildCare);
    const graphs = new Set(posters.map((room) => detourNavigation(facility, room, roomTravel(facility, room).exit!)));
    const keys = new Set(posters.map((room) => `${roomTravel(facility, room).exit!.door.id} ${room.servesInfantsOrToddlers}`));
    expect(graphs.size).toBe(keys.size);
    // Two preschool rooms leave by the same exit (center-100): they share.
    expect(graphs.size).toBeLessThan(posters.length);
  });
});

describe('the level plan under the posters, drawn once per level', () => {
  it('gives each poster the primitives drawLevel gives with its room highlighted', () => {
    const ctx = packetContext(sampleWith('center-100'));
    const level = ctx.plan.levels[0]!;
    const pl = { origin: [40, 120] as const, k: 0.6 };
    for (const room of ctx.facility.rooms.filter((r) => r.isChildCare)) {
      const direct = new Sheet(792, 612);
      drawLevel(direct, ctx.facility, level, pl, { rooms: ctx.rooms, labels: 'name', highlight: room });
      const shared = new Sheet(792, 612);
      drawPosterLevel(shared, ctx.facility, level, pl, ctx.rooms, room);
      expect(shared.primitives, room.room.id).toEqual(direct.primitives);
    }
  });

  it('lets the PDF write the shared plan once: Form XObjects every poster calls', async () => {
    const packet = buildPacket(sampleWith('center-100'), { parts: ['evacuation'], date: '2025-01-15' });
    const { PDFDocument, PDFDict, PDFName } = await import('pdf-lib');
    const doc = await PDFDocument.load(await packet.pdf());
    expect(doc.getPageCount()).toBe(packet.pages.length);
    const xobjects = (page: number) => {
      const resources = doc.getPage(page).node.Resources()!;
      return resources.lookup(PDFName.of('XObject'), PDFDict).keys().length;
    };
    // One Resources dictionary for all pages; the blocks of the plan in it.
    expect(xobjects(0)).toBeGreaterThan(10);
    expect(xobjects(packet.pages.length - 1)).toBe(xobjects(0));
  });
});
