/** The words the panel uses for the plan format's enums. */
import { AGE_BANDS, DOOR_KINDS, FLOORS, ITEM_TYPES, LOCKS, ROOM_USES, type AgeBand, type ItemType, type RoomUse } from '../../model/schema.ts';
import { ITEM_KINDS } from '../../editor/itemCatalog.ts';
import type { Choice } from './fields.tsx';

const words = (s: string) => s.replace(/-/g, ' ');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const USE_CHOICES: readonly Choice<RoomUse>[] = ROOM_USES.map((u) => ({
  value: u,
  label: u === 'family' ? 'Family (provider’s quarters)' : u === 'mechanical' ? 'Mechanical (furnace, water heater)' : cap(words(u)),
}));

export const AGE_LABEL: Readonly<Record<AgeBand, string>> = {
  infant: 'Infants (under 12 months)',
  toddler: 'Toddlers (12–24 months)',
  two: 'Two-year-olds',
  preschool: 'Preschool (3–5)',
  schoolAge: 'School age',
};
export const AGE_CHOICES: readonly Choice<AgeBand>[] = AGE_BANDS.map((a) => ({ value: a, label: AGE_LABEL[a] }));

export const FLOOR_CHOICES = FLOORS.map((f) => ({ value: f, label: cap(f) }));
export const DOOR_KIND_CHOICES = DOOR_KINDS.map((k) => ({ value: k, label: k === 'opening' ? 'Bare opening' : cap(k) }));
export const LOCK_CHOICES = LOCKS.map((l) => ({
  value: l,
  label: { none: 'No lock', passage: 'Passage latch', privacy: 'Privacy (opens from outside)', 'keyed-deadbolt': 'Keyed deadbolt', 'thumb-turn': 'Thumb-turn', 'locked-closed': 'Locked closed' }[l],
}));
export const ITEM_TYPE_CHOICES: readonly Choice<ItemType>[] = ITEM_TYPES.map((t) => ({ value: t, label: ITEM_KINDS[t].label }));
export const RESTROOM_CHOICES = (['children', 'staff', 'girls', 'boys', 'school-age'] as const).map((v) => ({ value: v, label: cap(words(v)) }));
