/**
 * Ctrl+D: copies of the selection, new ids, set beside the original — items 12" off, a door or window beside it on
 * the same wall, rooms (with their doors, windows and items) beside the original room, or below it when the side is
 * taken; site objects 24" off.
 */
import type { Point } from '../../geometry/types.ts';
import type { Door, Item, Room, Window } from '../../model/schema.ts';
import { reresolveDoors, withAttached } from '../geom/attached.ts';
import { besideOnWall } from '../geom/openingOnWall.ts';
import { overlappingRoom } from '../geom/overlap.ts';
import { otherSide } from '../geom/walls.ts';
import { refsBBox } from '../geom/shapes.ts';
import { applyCommands, type DocCommand } from '../model/commands.ts';
import { freshIds } from '../model/ids.ts';
import { isSiteKind, objectsOf, refKey, siteObjectsOf, type BuildingKind, type ObjectKind, type ObjectRef, type RefKey, type SiteObject } from '../model/refs.ts';
import type { ToolContext, ToolResult } from './types.ts';

const WALL = 6;
/** How far a copy of a site object is set from its original (down and right). */
export const SITE_COPY_OFFSET = 24;
const shift = (p: Point, d: Point): [number, number] => [p[0] + d[0], p[1] + d[1]];

function duplicateSite<S>(state: S, refs: readonly ObjectRef[], ctx: ToolContext): ToolResult<S> {
  const d: Point = [SITE_COPY_OFFSET, SITE_COPY_OFFSET];
  const adds: DocCommand[] = [];
  const keys: RefKey[] = [];
  let plan = ctx.plan;
  for (const ref of refs) {
    if (!isSiteKind(ref.kind)) continue;
    const o = siteObjectsOf(ctx.plan.site, ref.kind).find((x) => x.id === ref.id) as SiteObject | undefined;
    if (!o) continue;
    const id = freshIds(plan, ref.kind, 1)[0]!;
    let value: SiteObject = 'polygon' in o ? { ...o, id, polygon: o.polygon.map((p) => shift(p, d)) } : { ...o, id, at: shift(o.at, d) };
    if ('name' in value && value.name) value = { ...value, name: `${value.name} copy` };
    const add: DocCommand = { op: 'add', level: ctx.level.id, kind: ref.kind, value };
    plan = applyCommands(plan, [add]);
    adds.push(add);
    keys.push(refKey({ kind: ref.kind, id }));
  }
  return {
    state,
    effects: [
      { type: 'commit', commands: adds },
      { type: 'select', keys },
      { type: 'notice', message: `Duplicated ${keys.length === 1 ? '1 object' : `${keys.length} objects`}.` },
    ],
  };
}

export function duplicate<S>(state: S, refs: readonly ObjectRef[], ctx: ToolContext): ToolResult<S> {
  if (refs.length && refs.every((r) => isSiteKind(r.kind))) return duplicateSite(state, refs, ctx);
  const hasRoom = refs.some((r) => r.kind === 'room');
  // A room comes with the doors on its walls, its windows and what stands in it.
  const all = hasRoom ? withAttached(ctx.level, refs, 'move') : [...refs];
  const box = refsBBox(ctx.level, all.filter((r) => r.kind === 'room'));
  const candidates: Point[] = hasRoom ? [[box.maxX - box.minX + WALL, 0], [0, box.maxY - box.minY + WALL], [-(box.maxX - box.minX + WALL), 0], [0, -(box.maxY - box.minY + WALL)]] : [[12, 12]];

  const ids = new Map<string, string>();
  for (const kind of ['room', 'door', 'window', 'item'] as const) {
    const mine = all.filter((r) => r.kind === kind);
    const fresh = freshIds(ctx.plan, kind, mine.length);
    mine.forEach((r, i) => ids.set(`${kind}:${r.id}`, fresh[i]!));
  }
  const newId = (kind: ObjectKind, id: string) => ids.get(`${kind}:${id}`) ?? id;

  for (const offset of candidates) {
    const adds: DocCommand[] = [];
    const newRooms = new Set<string>();
    for (const ref of all) {
      if (isSiteKind(ref.kind)) continue;
      const o = objectsOf(ctx.level, ref.kind as BuildingKind).find((x) => x.id === ref.id);
      if (!o) continue;
      const id = newId(ref.kind, ref.id);
      let value: Room | Door | Window | Item;
      if (ref.kind === 'room') {
        const r = o as Room;
        value = { ...r, id, name: `${r.name} copy`, polygon: r.polygon.map((p) => shift(p, offset)) };
        newRooms.add(id);
      } else if (!hasRoom && (ref.kind === 'door' || ref.kind === 'window')) {
        // Without its room, a copy of a door or window stays on the same wall, beside the original.
        const beside = besideOnWall(ctx.level, ref.kind, o as Door | Window);
        if (!beside.ok) return { state, effects: [{ type: 'notice', message: `No copy made of ${ref.kind} ${ref.id}: ${beside.message}.` }] };
        value = { ...(o as Door | Window), id, a: beside.a, b: beside.b };
        if (ref.kind === 'door') {
          const d = value as Door;
          const host = ctx.level.rooms.find((r) => r.id === d.rooms[0])!;
          const other = otherSide(ctx.level, host, d.a, d.b);
          value = { ...d, rooms: [d.rooms[0], other], swing: d.swing === 'none' || d.swing === d.rooms[0] ? d.swing : other };
        }
      } else if (ref.kind === 'door') {
        const d = o as Door;
        const rooms: [string, string] = [newId('room', d.rooms[0]), newId('room', d.rooms[1])];
        value = { ...d, id, a: shift(d.a, offset), b: shift(d.b, offset), rooms, swing: d.swing === 'none' || d.swing === 'outside' ? d.swing : newId('room', d.swing) };
      } else if (ref.kind === 'window') {
        const w = o as Window;
        value = { ...w, id, a: shift(w.a, offset), b: shift(w.b, offset), room: newId('room', w.room) };
      } else {
        const it = o as Item;
        value = { ...it, id, at: shift(it.at, offset) };
      }
      adds.push({ op: 'add', level: ctx.level.id, kind: ref.kind, value });
    }
    const after = applyCommands(ctx.plan, adds);
    const level = after.levels.find((l) => l.id === ctx.level.id)!;
    const overlaps = level.rooms.some((r) => newRooms.has(r.id) && overlappingRoom(level, r.polygon, new Set([r.id])));
    if (overlaps) continue;
    const keys = refs.map((r) => refKey({ kind: r.kind, id: newId(r.kind, r.id) }));
    return {
      state,
      effects: [
        { type: 'commit', commands: [...adds, ...reresolveDoors(after, ctx.level.id, newRooms)] },
        { type: 'select', keys },
        { type: 'notice', message: `Duplicated ${refs.length === 1 ? '1 object' : `${refs.length} objects`}.` },
      ],
    };
  }
  return { state, effects: [{ type: 'notice', message: 'No room for a copy beside the original: every side is taken.' }] };
}
