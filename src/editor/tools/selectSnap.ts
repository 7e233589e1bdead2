/**
 * What the Select tool's snapping sees while `ignore` moves: the level's rooms (their corners, and their walls at the
 * chosen thickness, which the moving rooms' corners line up with), and in the Site view the site's outlines.
 */
import { siteRings } from '../geom/scene.ts';
import type { SnapContext } from '../geom/snap.ts';
import { refKey, type ObjectRef } from '../model/refs.ts';
import type { ToolContext } from './types.ts';

export function selectSnap(ctx: ToolContext, ignore: readonly ObjectRef[], alt: boolean): SnapContext {
  const keys = new Set(ignore.map(refKey));
  const level = ctx.base.levels.find((l) => l.id === ctx.level.id)!;
  const rooms = new Set(ignore.filter((r) => r.kind === 'room').map((r) => r.id));
  return {
    level,
    scale: ctx.scale,
    disabled: alt,
    ignoreRooms: rooms,
    ...(ctx.siteView ? { rings: siteRings(ctx.base.site, keys) } : { wall: ctx.wall, moving: level.rooms.filter((r) => rooms.has(r.id)) }),
  };
}
