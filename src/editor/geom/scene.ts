/**
 * What the tools pick from and move: the level's rooms, doors, windows and items in the building views; the site's
 * play areas, surfaces, equipment, pools and obstacles in the Site view (the building is then only a backdrop).
 */
import type { BBox, Point } from '../../geometry/types.ts';
import type { Level, Plan, Site } from '../../model/schema.ts';
import { BUILDING_KINDS, isSiteKind, isSitePolygonKind, objectsIn, refKey, refsOf, SITE_KINDS, siteObjectsOf, type ObjectKind, type ObjectRef, type RefKey } from '../model/refs.ts';
import { hitTest, objectsInBox, siteHitTest, siteObjectsInBox } from './hit.ts';
import { refsBBox } from './shapes.ts';

export interface SceneContext {
  readonly plan: Plan;
  readonly level: Level;
  readonly siteView: boolean;
  readonly scale: number;
}

export const sceneKinds = (ctx: Pick<SceneContext, 'siteView'>): readonly ObjectKind[] => (ctx.siteView ? SITE_KINDS : BUILDING_KINDS);

/** The object `ref` names, if it is in the scene on screen. */
export function sceneObject(ctx: SceneContext, ref: ObjectRef) {
  if (isSiteKind(ref.kind) !== ctx.siteView) return undefined;
  return objectsIn(ctx.plan, ctx.level, ref.kind).find((o) => o.id === ref.id);
}

/** The selection's objects that are in the scene on screen. */
export function selectedInScene(ctx: SceneContext & { readonly selection: readonly RefKey[] }): ObjectRef[] {
  return refsOf(ctx.selection).filter((ref) => sceneObject(ctx, ref) !== undefined);
}

export function sceneHit(ctx: SceneContext, p: Point): ObjectRef | null {
  return ctx.siteView ? siteHitTest(ctx.plan.site, p) : hitTest(ctx.level, p, ctx.scale);
}

export function sceneInBox(ctx: SceneContext, box: BBox): ObjectRef[] {
  return ctx.siteView ? siteObjectsInBox(ctx.plan.site, box) : objectsInBox(ctx.level, box);
}

export function allInScene(ctx: SceneContext): RefKey[] {
  return sceneKinds(ctx).flatMap((kind) => objectsIn(ctx.plan, ctx.level, kind).map((o) => refKey({ kind, id: o.id })));
}

export const sceneBBox = (ctx: SceneContext, refs: readonly ObjectRef[]): BBox => refsBBox(ctx.level, refs, ctx.plan.site);

/** The outlines of the site's polygons (play areas, surfaces, pools, obstacles) but `ignore`'s, whose corners snap. */
export function siteRings(site: Site | undefined, ignore: ReadonlySet<string> = new Set()): Point[][] {
  const out: Point[][] = [];
  for (const kind of SITE_KINDS) {
    if (!isSitePolygonKind(kind)) continue;
    for (const o of siteObjectsOf(site, kind)) if (!ignore.has(`${kind}:${o.id}`)) out.push(o.polygon as Point[]);
  }
  return out;
}
