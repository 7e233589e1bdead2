/**
 * What goes with a room when it moves or is deleted: the doors and windows on its walls and the items standing in it.
 * A door belongs to the wall of its first room (its jambs lie there); a door is removed with either of its rooms.
 */
import { pointInRing } from '../../geometry/contains.ts';
import type { Level, Plan } from '../../model/schema.ts';
import type { DocCommand } from '../model/commands.ts';
import type { ObjectRef } from '../model/refs.ts';
import { otherSide } from './walls.ts';

export function withAttached(level: Level, refs: readonly ObjectRef[], purpose: 'move' | 'remove'): ObjectRef[] {
  const rooms = new Set(refs.filter((r) => r.kind === 'room').map((r) => r.id));
  const out = new Map(refs.map((r) => [`${r.kind}:${r.id}`, r]));
  const add = (ref: ObjectRef) => out.set(`${ref.kind}:${ref.id}`, ref);
  if (rooms.size === 0) return [...out.values()];
  for (const d of level.doors) {
    if (rooms.has(d.rooms[0]) || (purpose === 'remove' && rooms.has(d.rooms[1]))) add({ kind: 'door', id: d.id });
  }
  for (const w of level.windows) if (rooms.has(w.room)) add({ kind: 'window', id: w.id });
  const roomList = level.rooms.filter((r) => rooms.has(r.id));
  for (const item of level.items) {
    if (roomList.some((r) => pointInRing(item.at, r.polygon) !== 'outside')) add({ kind: 'item', id: item.id });
  }
  return [...out.values()];
}

/**
 * After rooms moved, each door touching them may face a different room, or outside: its other side is found again,
 * and a leaf that swung into the old neighbour swings into the new one.
 */
export function reresolveDoors(plan: Plan, levelId: string, movedRooms: ReadonlySet<string>): DocCommand[] {
  const level = plan.levels.find((l) => l.id === levelId);
  if (!level || movedRooms.size === 0) return [];
  const commands: DocCommand[] = [];
  for (const door of level.doors) {
    if (!movedRooms.has(door.rooms[0]) && !movedRooms.has(door.rooms[1])) continue;
    const room = level.rooms.find((r) => r.id === door.rooms[0]);
    if (!room) continue;
    const other = otherSide(level, room, door.a, door.b);
    if (other === door.rooms[1]) continue;
    const swing = door.swing === door.rooms[1] ? other : door.swing;
    commands.push({ op: 'update', ref: { kind: 'door', id: door.id }, patch: { rooms: [door.rooms[0], other], swing } });
  }
  return commands;
}
