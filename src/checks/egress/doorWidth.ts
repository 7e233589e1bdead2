import type { DoorInfo, Facility, RoomInfo } from '../../engine/facility.ts';
import { itemSize } from '../../model/defaults.ts';
import { atLeast, finding } from '../finding.ts';
import type { Check, Finding } from '../types.ts';
import { doorGeometry, doorName, egressDoorUse, inches, isNewDoor, roomName } from './egressDoors.ts';

/** Sleeping equipment wheeled out through an infant room's exit doors in an evacuation (087(6) "the largest crib"). */
const CRIBS: ReadonlySet<string> = new Set(['crib', 'portable-crib', 'playpen']);

/** The narrowest way a crib fits through a door: its smaller footprint dimension. */
function widestCrib(room: RoomInfo): { width: number; id: string } | null {
  let best: { width: number; id: string } | null = null;
  for (const it of room.items) {
    if (!CRIBS.has(it.item.type)) continue;
    const size = itemSize(it.item);
    if (!size) continue;
    const width = Math.min(size[0], size[1]);
    if (!best || width > best.width) best = { width, id: it.item.id };
  }
  return best;
}

interface Limit {
  readonly limit: number;
  readonly why: string;
  readonly citation: string;
}

function limitFor(facility: Facility, door: DoorInfo, infantRooms: ReadonlySet<RoomInfo>): Limit {
  const fresh = isNewDoor(facility, door);
  const base: Limit = fresh
    ? { limit: 32, why: `doors in a means of egress need 32" in ${facility.plan.facility.licensing === 'new' ? 'a newly licensed facility' : 'altered space'}`, citation: '5 CSR 25-500.087(4)(A)' }
    : { limit: 28, why: 'doors in a means of egress need 28" in space licensed before the rules', citation: '5 CSR 25-500.087(4)(A)' };
  if (infantRooms.size === 0) return base;
  let crib: { width: number; room: RoomInfo } | null = null;
  for (const room of infantRooms) {
    const c = widestCrib(room);
    if (c && (!crib || c.width > crib.width)) crib = { width: c.width, room };
  }
  const rooms = [...infantRooms].map(roomName).join(' and ');
  const limit = Math.max(36, base.limit, crib?.width ?? 0);
  const cribText = crib ? ` and the widest crib (${inches(crib.width)})` : '';
  return { limit, why: `the exit doors of ${rooms}, a room for children under 24 months, need 36"${cribText}`, citation: '5 CSR 25-500.087(6)' };
}

/**
 * 500.087(4)(A): every door opening in a means of egress at least 28" wide, 32" in new construction (new licence or
 * altered space); 087(6): both exit doors of a room for children under 24 months at least 36" and wide enough for
 * the largest crib in the room (its smaller footprint dimension, the way it is wheeled out).
 */
export const egressDoorWidth: Check = {
  id: 'egress.door-width',
  citation: '5 CSR 25-500.087(4)(A), (6)',
  title: 'Egress door width',
  run(facility) {
    if (!facility.rooms.some((r) => r.isChildCare)) return [finding(this, { status: 'n/a', message: 'No child-care rooms are drawn, so no door is in children\'s means of egress.' })];
    if (facility.exits.length === 0) {
      return [finding(this, { status: 'fail', message: 'No exit is drawn (a door to outside or into an enclosed or outside stair), so no route from the child-care rooms reaches one.' })];
    }
    const out: Finding[] = [];
    for (const [door, use] of egressDoorUse(facility)) {
      const { limit, why, citation } = limitFor(facility, door, use.infantRooms);
      const status = atLeast(door.width + 1e-9, limit);
      const message = `${doorName(door)} is ${inches(door.width)} clear; ${why}.`;
      out.push(finding(this, {
        status,
        subject: door.door.id,
        level: door.level.id,
        measured: door.width,
        limit,
        unit: 'in',
        citation,
        geometry: doorGeometry(door),
        message,
      }));
    }
    if (out.length === 0) {
      return [finding(this, { status: 'fail', message: 'No child-care room has a route through doors to an exit, so no egress door can be measured.' })];
    }
    return out;
  },
};
