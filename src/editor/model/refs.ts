/**
 * Which object the editor means. Plan ids are unique per kind only (a room and an item may both be "A1"), so the
 * editor names objects by kind and id; a selection is a list of `kind:id` keys, cheap to compare and store.
 *
 * Building objects live in a level's lists; the outdoors (plan-format.md, site) lives in `plan.site`, drawn in the
 * frame of the level at grade. The editor shows one or the other (the Site view), and picks only from what it shows.
 */
import type { Door, Item, Level, Plan, PlayArea, Room, Site, Surface, Window, Equipment } from '../../model/schema.ts';

export type Pool = NonNullable<Site['pools']>[number];
export type Obstacle = NonNullable<Site['obstacles']>[number];

export type BuildingKind = 'room' | 'door' | 'window' | 'item';
export type SiteKind = 'playArea' | 'surface' | 'equipment' | 'pool' | 'obstacle';
export type ObjectKind = BuildingKind | SiteKind;

export const BUILDING_KINDS: readonly BuildingKind[] = ['room', 'door', 'window', 'item'];
/** In drawing order, ground first. */
export const SITE_KINDS: readonly SiteKind[] = ['playArea', 'surface', 'pool', 'obstacle', 'equipment'];
export const OBJECT_KINDS: readonly ObjectKind[] = [...BUILDING_KINDS, ...SITE_KINDS];

export const isSiteKind = (kind: ObjectKind): kind is SiteKind => (SITE_KINDS as readonly string[]).includes(kind);

/** Site objects drawn as a polygon (everything but equipment, which is a rotated rectangle). */
export type SitePolygonKind = Exclude<SiteKind, 'equipment'>;
export const isSitePolygonKind = (kind: ObjectKind): kind is SitePolygonKind => isSiteKind(kind) && kind !== 'equipment';

/** A point the plan schema accepts (its tuples are mutable). */
export const pt = (p: readonly [number, number]): [number, number] => [p[0], p[1]];

export interface ObjectRef {
  readonly kind: ObjectKind;
  readonly id: string;
}

/** `room:R1`, `equipment:EQ2`. */
export type RefKey = `${ObjectKind}:${string}`;

export const refKey = (ref: ObjectRef): RefKey => `${ref.kind}:${ref.id}`;

export function parseRefKey(key: string): ObjectRef | null {
  const at = key.indexOf(':');
  const kind = key.slice(0, at) as ObjectKind;
  if (at < 1 || !OBJECT_KINDS.includes(kind)) return null;
  return { kind, id: key.slice(at + 1) };
}

export const refsOf = (keys: readonly string[]): ObjectRef[] => keys.map(parseRefKey).filter((r): r is ObjectRef => r !== null);

export interface ObjectByKind {
  room: Room;
  door: Door;
  window: Window;
  item: Item;
  playArea: PlayArea;
  surface: Surface;
  equipment: Equipment;
  pool: Pool;
  obstacle: Obstacle;
}

export type PlanObject = ObjectByKind[ObjectKind];
export type SiteObject = ObjectByKind[SiteKind];

const LIST = {
  room: 'rooms',
  door: 'doors',
  window: 'windows',
  item: 'items',
  playArea: 'playAreas',
  surface: 'surfaces',
  equipment: 'equipment',
  pool: 'pools',
  obstacle: 'obstacles',
} as const;
export const listName = <K extends ObjectKind>(kind: K): (typeof LIST)[K] => LIST[kind];

export function objectsOf<K extends BuildingKind>(level: Level, kind: K): readonly ObjectByKind[K][] {
  return level[LIST[kind]] as unknown as readonly ObjectByKind[K][];
}

const NONE: readonly never[] = [];

export function siteObjectsOf<K extends SiteKind>(site: Site | undefined, kind: K): readonly ObjectByKind[K][] {
  return (site?.[LIST[kind]] as unknown as readonly ObjectByKind[K][] | undefined) ?? NONE;
}

/** The objects of a kind: a level's for building kinds, the site's for site kinds. */
export function objectsIn<K extends ObjectKind>(plan: Plan, level: Level, kind: K): readonly ObjectByKind[K][] {
  return isSiteKind(kind) ? (siteObjectsOf(plan.site, kind) as readonly ObjectByKind[K][]) : (objectsOf(level, kind as BuildingKind) as readonly ObjectByKind[K][]);
}

/** The level the site shares its frame with: elevation 0, else the first. */
export function gradeLevel(plan: Plan): Level {
  return plan.levels.find((l) => l.elevation === 0) ?? plan.levels[0]!;
}

export interface Located<K extends ObjectKind = ObjectKind> {
  readonly ref: ObjectRef;
  readonly levelIndex: number;
  /** The object's level; for a site object, the level at grade (the site's frame). */
  readonly level: Level;
  readonly index: number;
  readonly value: ObjectByKind[K];
}

function locateOnSite<K extends ObjectKind>(plan: Plan, ref: { kind: K; id: string }): Located<K> | undefined {
  const list = siteObjectsOf(plan.site, ref.kind as SiteKind);
  const index = list.findIndex((o) => o.id === ref.id);
  if (index < 0) return undefined;
  const level = gradeLevel(plan);
  return { ref, levelIndex: plan.levels.indexOf(level), level, index, value: list[index]! as ObjectByKind[K] };
}

/** Finds an object in any level, or on the site. */
export function locate<K extends ObjectKind>(plan: Plan, ref: { kind: K; id: string }): Located<K> | undefined {
  if (isSiteKind(ref.kind)) return locateOnSite(plan, ref);
  for (let li = 0; li < plan.levels.length; li++) {
    const level = plan.levels[li]!;
    const list = objectsOf(level, ref.kind as BuildingKind);
    const index = list.findIndex((o) => o.id === ref.id);
    if (index >= 0) return { ref, levelIndex: li, level, index, value: list[index]! as ObjectByKind[K] };
  }
  return undefined;
}

/**
 * A finding's subject is a bare id: the object of that id on the finding's level (or any), rooms first, then the
 * site's objects — or the site's first when `preferSite` (an outdoor finding).
 */
export function resolveSubject(plan: Plan, id: string, levelId?: string, preferSite = false): Located | undefined {
  const onSite = () => {
    for (const kind of SITE_KINDS) {
      const found = locateOnSite(plan, { kind, id });
      if (found) return found as Located;
    }
    return undefined;
  };
  if (preferSite) {
    const found = onSite();
    if (found) return found;
  }
  const levels = levelId ? [...plan.levels].sort((a, b) => Number(b.id === levelId) - Number(a.id === levelId)) : plan.levels;
  for (const level of levels) {
    for (const kind of BUILDING_KINDS) {
      const list = objectsOf(level, kind);
      const index = list.findIndex((o) => o.id === id);
      if (index >= 0) return { ref: { kind, id }, levelIndex: plan.levels.indexOf(level), level, index, value: list[index]! };
    }
  }
  return preferSite ? undefined : onSite();
}

/** Keeps only the keys whose objects still exist (after undo, delete, or opening another plan). */
export function existingKeys(plan: Plan | null, keys: readonly string[]): string[] {
  if (!plan) return [];
  return keys.filter((key) => {
    const ref = parseRefKey(key);
    return ref !== null && locate(plan, ref) !== undefined;
  });
}
