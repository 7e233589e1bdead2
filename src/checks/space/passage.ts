/**
 * Shared shape of the "not a passageway" checks: each room that must reach an exit does so without passing
 * through a forbidden kind of room, and where it cannot, the finding names the room that forces the route.
 */
import type { Facility, RoomInfo } from '../../engine/facility.ts';
import { memoize } from '../../engine/facility.ts';
import { routesAvoiding } from '../../engine/roomRoutes.ts';
import { finding, names } from '../finding.ts';
import type { Check, Finding } from '../types.ts';

export interface PassageRule {
  readonly forbidden: (room: RoomInfo) => boolean;
  readonly starts: (room: RoomInfo) => boolean;
  /** "a kitchen", "an infant/toddler room" */
  readonly what: string;
  readonly none: string;
}

export function passageFindings(check: Pick<Check, 'id' | 'citation'>, facility: Facility, rule: PassageRule): Finding[] {
  if (!facility.rooms.some(rule.forbidden)) return [finding(check, { status: 'n/a', message: rule.none })];
  const starts = facility.rooms.filter(rule.starts);
  if (starts.length === 0) return [finding(check, { status: 'n/a', message: 'No room here has a route that could pass through one.' })];
  if (facility.exits.length === 0) {
    return [finding(check, { status: 'fail', message: 'No exit is drawn (a door to "outside" or into an enclosed stair), so no room has a route out.' })];
  }
  const route = memoize(facility, `routes:${check.id}`, () => routesAvoiding(facility, rule.forbidden));
  return starts.map((room) => {
    const name = room.room.name || room.room.id;
    const common = { subject: room.room.id, level: room.level.id };
    const found = route(room);
    if (!found) return finding(check, { ...common, status: 'fail', message: `${name} has no route through doors to any exit.` });
    const forced = found.through.filter(rule.forbidden);
    const path = found.through.length ? ` via ${names(found.through)}` : ' directly';
    if (forced.length === 0) return finding(check, { ...common, status: 'pass', message: `${name} reaches exit ${found.exit.door.id}${path} without passing through ${rule.what}.` });
    return finding(check, {
      ...common,
      status: 'fail',
      message: `Every route from ${name} to an exit passes through ${rule.what}: ${names(forced)} (nearest way out${path}, exit ${found.exit.door.id}).`,
    });
  });
}
