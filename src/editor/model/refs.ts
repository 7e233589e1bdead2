/**
 * Which object the editor means. Plan ids are unique per kind only (a room and an item may both be "A1"), so the
 * editor names objects by kind and id; a selection is a list of `kind:id` keys, cheap to compare and store.
 */
import type { Door, Item, Level, Plan, Room, Window } from '../../model/schema.ts';

export type ObjectKind = 'room' | 'door' | 'window' | 'item';
export const OBJECT_KINDS: readonly ObjectKind[] = ['room', 'door', 'window', 'item'];

/** A point the plan schema accepts (its tuples are mutable). */
export const pt = (p: readonly [number, number]): [number, number] => [p[0], p[1]];

export interface ObjectRef {
  readonly kind: ObjectKind;
  readonly id: string;
}

/** `room:R1`. */
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
}

export type PlanObject = ObjectByKind[ObjectKind];

const LIST = { room: 'rooms', door: 'doors', window: 'windows', item: 'items' } as const;
export const listName = (kind: ObjectKind) => LIST[kind];

export function objectsOf<K extends ObjectKind>(level: Level, kind: K): readonly ObjectByKind[K][] {
  return level[LIST[kind]] as unknown as readonly ObjectByKind[K][];
}

export interface Located<K extends ObjectKind = ObjectKind> {
  readonly ref: ObjectRef;
  readonly levelIndex: number;
  readonly level: Level;
  readonly index: number;
  readonly value: ObjectByKind[K];
}

/** Finds an object in any level. */
export function locate<K extends ObjectKind>(plan: Plan, ref: { kind: K; id: string }): Located<K> | undefined {
  for (let li = 0; li < plan.levels.length; li++) {
    const level = plan.levels[li]!;
    const list = objectsOf(level, ref.kind);
    const index = list.findIndex((o) => o.id === ref.id);
    if (index >= 0) return { ref, levelIndex: li, level, index, value: list[index]! };
  }
  return undefined;
}

/** A finding's subject is a bare id: the object of that id on the finding's level (or any), rooms first. */
export function resolveSubject(plan: Plan, id: string, levelId?: string): Located | undefined {
  const levels = levelId ? [...plan.levels].sort((a, b) => Number(b.id === levelId) - Number(a.id === levelId)) : plan.levels;
  for (const level of levels) {
    for (const kind of OBJECT_KINDS) {
      const list = objectsOf(level, kind);
      const index = list.findIndex((o) => o.id === id);
      if (index >= 0) return { ref: { kind, id }, levelIndex: plan.levels.indexOf(level), level, index, value: list[index]! };
    }
  }
  return undefined;
}

/** Keeps only the keys whose objects still exist (after undo, delete, or opening another plan). */
export function existingKeys(plan: Plan | null, keys: readonly string[]): string[] {
  if (!plan) return [];
  return keys.filter((key) => {
    const ref = parseRefKey(key);
    return ref !== null && locate(plan, ref) !== undefined;
  });
}
