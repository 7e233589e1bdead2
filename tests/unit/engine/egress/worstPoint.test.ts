/**
 * The most-remote-point search's contract with the figures it is given (worstPoint.ts, UpperBound and Field): where a
 * bound or a distance comes in at or under the cap the search passes, any figure up to the cap may be returned
 * instead of the least one — and the search must then take exactly the same course, so the reported point and figure
 * never depend on how lazily they were worked out. The engine uses that freedom twice: a bound by way of the node the
 * last point went by (one sight line), and a walk out of a crib's clearance that stops at the first walk under the
 * cap. Checked here with the laziest answers allowed (the cap itself) on every room of the furnished samples.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeFacility, type Facility, type RoomInfo } from '../../../../src/engine/facility.ts';
import { exitAccessDoors, levelNavigation, roomTravel, sleepingRoomTravel } from '../../../../src/engine/egress/travel.ts';
import type { NavField } from '../../../../src/engine/egress/navigation.ts';
import { remotestPoint, type Remotest } from '../../../../src/engine/egress/worstPoint.ts';
import { parsePlanText } from '../../../../src/model/validate.ts';
import type { Point } from '../../../../src/geometry/types.ts';

function sample(name: string): Facility {
  const parsed = parsePlanText(readFileSync(fileURLToPath(new URL(`../../../../public/samples/${name}`, import.meta.url)), 'utf8'));
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return analyzeFacility(parsed.value);
}

const footprints = (room: RoomInfo) => room.items.flatMap((i) => (i.footprint ? [i.footprint] : []));

/** The search with every figure worked out in full: the least bound, the exact distance (to the exits by default). */
function eager(facility: Facility, room: RoomInfo, field?: NavField): Remotest | null {
  const nav = levelNavigation(facility, room.level);
  const to = field ?? nav.exits;
  return remotestPoint(
    room.room.polygon,
    footprints(room),
    (p) => nav.nearestVia(p, room, to)?.distance ?? Infinity,
    (p) => nav.distanceAtMost(p, room, to),
  );
}

/** Distances to a sleeping room's exit access doors within the room, as travel.ts measures 087(8)(C). */
function sleepField(facility: Facility, room: RoomInfo): NavField {
  const nav = levelNavigation(facility, room.level);
  const sources = exitAccessDoors(facility, room).flatMap((d) => {
    const id = nav.doorNode.get(d);
    return id === undefined ? [] : [id];
  });
  return nav.search(sources, nav.roomNodes(room));
}

/** The search with the laziest figures the contract allows: the cap itself wherever the true figure is under it. */
function laziest(facility: Facility, room: RoomInfo): Remotest | null {
  const nav = levelNavigation(facility, room.level);
  const lazy = (figure: (p: Point) => number) => (p: Point, cap: number) => {
    const exact = figure(p);
    return exact <= cap ? cap : exact;
  };
  return remotestPoint(
    room.room.polygon,
    footprints(room),
    lazy((p) => nav.nearestVia(p, room, nav.exits)?.distance ?? Infinity),
    lazy((p) => nav.distanceAtMost(p, room, nav.exits)),
  );
}

describe('the most remote point does not depend on how lazily figures under the cap are given', () => {
  for (const name of ['center-100.json', 'small-center.json', 'group-home.json']) {
    it(`${name}: the laziest answers give the same point and figure in every room`, () => {
      const facility = sample(name);
      for (const room of facility.rooms) {
        const full = eager(facility, room);
        const lazy = laziest(facility, room);
        expect(lazy, room.room.id).toEqual(full);
      }
    });

    it(`${name}: the engine's figures are the full search's, for every room and every sleeping room`, () => {
      const facility = sample(name);
      let sleeping = 0;
      for (const room of facility.rooms) {
        const full = eager(facility, room);
        const reported = roomTravel(facility, room);
        expect(reported.worstPoint, room.room.id).toEqual(full!.point);
        expect(reported.distance, room.room.id).toBeCloseTo(full!.value, 5);
        if (!room.sleeping) continue;
        sleeping++;
        const fullSleep = eager(facility, room, sleepField(facility, room));
        const reportedSleep = sleepingRoomTravel(facility, room);
        expect(reportedSleep?.worstPoint, `${room.room.id} asleep`).toEqual(fullSleep!.point);
        expect(reportedSleep?.distance, `${room.room.id} asleep`).toBeCloseTo(fullSleep!.value, 5);
      }
      expect(sleeping).toBeGreaterThan(0);
    });
  }
});
