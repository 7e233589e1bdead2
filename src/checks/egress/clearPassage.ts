import { convexOverlap } from '../../geometry/convexOverlap.ts';
import { rectangle } from '../../geometry/index.ts';
import type { Ring } from '../../geometry/types.ts';
import { roomTravel, tightTravelFrom } from '../../engine/egress/travel.ts';
import { passageOf } from '../../engine/egress/passages.ts';
import type { DoorInfo, ItemInfo } from '../../engine/facility.ts';
import { routesAvoiding } from '../../engine/roomRoutes.ts';
import { finding } from '../finding.ts';
import type { Check, Finding } from '../types.ts';

/** Floor kept clear in front of a door on each side: a person needs about 18" to reach and pass it. */
const APPROACH = 18;

/** The clear opening carried 18" into each room it joins. */
function approachZone(door: DoorInfo): Ring {
  const pass = passageOf(door);
  const { a, b, normal } = pass;
  const width = door.width;
  const depth = pass.depth + 2 * APPROACH;
  const centre: [number, number] = [(a[0] + b[0]) / 2 + normal[0] * (pass.depth / 2), (a[1] + b[1]) / 2 + normal[1] * (pass.depth / 2)];
  const angle = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
  return rectangle(centre, [width, depth], angle);
}

function blockers(door: DoorInfo): ItemInfo[] {
  const zone = approachZone(door);
  const rooms = [door.from, door.to].filter((r) => r !== null);
  return rooms.flatMap((r) => r.items).filter((i) => i.footprint && convexOverlap(zone, i.footprint, 0.5));
}

/** 500.092(1)(A)2: furniture is arranged to leave a clear passage to every exit; no door opening is blocked. */
export const egressClearPassage: Check = {
  id: 'egress.clear-passage',
  citation: '5 CSR 25-500.092(1)(A)2',
  title: 'Furniture keeps passages and doors clear',
  run(facility) {
    const out: Finding[] = [];
    const route = routesAvoiding(facility, () => false);
    const doors = new Set<DoorInfo>();
    for (const room of facility.rooms.filter((r) => r.isChildCare)) {
      const found = route(room);
      if (!found) continue;
      let here = room;
      for (const next of found.through) {
        const d = here.doors.find((x) => facility.across(x, here) === next);
        if (d) doors.add(d);
        here = next;
      }
      doors.add(found.exit);
    }
    for (const door of doors) {
      const items = blockers(door);
      const common = { subject: door.door.id, level: door.level.id, geometry: { type: 'segment' as const, points: [door.door.a, door.door.b] as [typeof door.door.a, typeof door.door.b] } };
      out.push(items.length
        ? finding(this, { ...common, status: 'fail', message: `${items.map((i) => `${i.item.type.replace('-', ' ')} ${i.item.id}`).join(', ')} stand${items.length === 1 ? 's' : ''} in front of door ${door.door.id}; keep 18" clear on both sides of every door on the way out.` })
        : finding(this, { ...common, status: 'pass', message: `Door ${door.door.id} on the way out is clear of furniture.` }));
    }
    // A room cut off with no furniture in it is cut off by its own shape (travel.any-point says so), not by furniture.
    for (const room of facility.rooms.filter((r) => r.isChildCare && route(r) && r.items.some((i) => i.footprint))) {
      const t = roomTravel(facility, room);
      // Cut off at the measurement's 12" clearance is travel's finding; furniture leaves no clear passage when not
      // even a walk keeping half a body width off it gets out.
      if ((t.exit && Number.isFinite(t.distance)) || tightTravelFrom(facility, room, t.worstPoint)) continue;
      out.push(finding(this, {
        subject: room.room.id,
        level: room.level.id,
        status: 'fail',
        geometry: { type: 'point', points: [t.worstPoint] },
        message: `Furniture in ${room.room.name || room.room.id} cuts part of the room off from its doors: no way out 12" wide leads from ${t.worstPoint.map(Math.round).join(', ')}.`,
      }));
    }
    return out.length ? out : [finding(this, { status: 'n/a', message: 'No child-care room has a route to an exit to keep clear.' })];
  },
};
