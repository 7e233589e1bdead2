/**
 * The plan file, format version 1 (shared/docs/plan-format.md) — the product's public contract.
 * This file is the shape layer only: types, enums, required fields, unknown fields refused (`strict`),
 * finite numbers. Geometry and references are checked in `geometryRules.ts`.
 *
 * Optional fields SafePlan adds beyond the contract are marked "extension" and never change the meaning of a
 * contract field.
 */
import { z } from 'zod';

/** A finite number: JSON cannot carry NaN or Infinity, but objects built in code can. */
const finite = z.number().refine(Number.isFinite, { message: 'must be a finite number' });
const nonNegative = finite.refine((n) => n >= 0, { message: 'must not be negative' });
const positive = finite.refine((n) => n > 0, { message: 'must be greater than 0' });
const count = z.number().int().min(0);

/**
 * Plan coordinates stay within a million inches (about 16 miles) of the origin: every real site fits, and the
 * geometry keeps its precision (at 1e15 an inch is below a double's resolution).
 */
export const MAX_COORDINATE = 1_000_000;
const coordinate = finite.refine((n) => Math.abs(n) <= MAX_COORDINATE, { message: `must be within ${MAX_COORDINATE.toLocaleString('en-US')} inches of the origin` });
/** Lengths of a single object (a door, a crib, a fence) stay under 10,000 inches (833 ft). */
const MAX_LENGTH = 10_000;
const length = nonNegative.refine((n) => n <= MAX_LENGTH, { message: `must be at most ${MAX_LENGTH.toLocaleString('en-US')} inches` });
const positiveLength = positive.refine((n) => n <= MAX_LENGTH, { message: `must be at most ${MAX_LENGTH.toLocaleString('en-US')} inches` });

export const pointSchema = z.tuple([coordinate, coordinate]);
export const polygonSchema = z.array(pointSchema).min(3, { message: 'a polygon needs at least 3 vertices' });
const id = z.string().min(1, { message: 'an id cannot be empty' });

export const AGE_BANDS = ['infant', 'toddler', 'two', 'preschool', 'schoolAge'] as const;
export const ageBandSchema = z.enum(AGE_BANDS);

export const ROOM_USES = [
  'child-care', 'kitchen', 'bathroom', 'closet', 'storage', 'office', 'staff', 'corridor', 'stair', 'mechanical',
  'laundry', 'garage', 'family', 'other',
] as const;

export const FLOORS = ['carpet', 'tile', 'linoleum', 'wood', 'concrete', 'rubber', 'other'] as const;

export const SLEEPING_ITEMS = ['crib', 'portable-crib', 'playpen', 'cot', 'bed'] as const;
export const FURNITURE_ITEMS = ['shelving', 'table', 'furniture', 'indoor-climber', 'partition'] as const;
export const FIXTURE_ITEMS = [
  'toilet', 'urinal', 'sink', 'potty-chair', 'diaper-table', 'range', 'furnace', 'water-heater', 'dryer',
] as const;
export const DEVICE_ITEMS = [
  'smoke-detector', 'heat-detector', 'co-detector', 'pull-station', 'horn-strobe', 'extinguisher', 'exit-sign',
  'emergency-light',
] as const;
export const ITEM_TYPES = [...SLEEPING_ITEMS, ...FURNITURE_ITEMS, ...FIXTURE_ITEMS, ...DEVICE_ITEMS] as const;

export const enrollmentSchema = z.strictObject({
  infant: count.optional(),
  toddler: count.optional(),
  two: count.optional(),
  preschool: count.optional(),
  schoolAge: count.optional(),
});

export const facilitySchema = z.strictObject({
  name: z.string(),
  address: z.string().optional(),
  kind: z.enum(['group-home', 'center']),
  licensing: z.enum(['new', 'existing']),
  sprinklered: z.boolean(),
  nighttime: z.boolean(),
  enrollment: enrollmentSchema.optional(),
  /**
   * extension: the facility's telephone number, as written (500.090(2)(B)1.A: name, address and telephone number
   * posted in each child-care room). Printed in the packet's title blocks and the posters' emergency numbers.
   */
  phone: z.string().optional(),
});

export const stairSchema = z.strictObject({
  to: id,
  width: positive,
  riser: positive,
  tread: positive,
  headroom: positive,
  handrails: z.enum(['both', 'one', 'none']),
  handrailHeight: nonNegative,
  enclosed: z.boolean(),
  outside: z.boolean(),
});

export const roomSchema = z.strictObject({
  id,
  name: z.string(),
  use: z.enum(ROOM_USES),
  ages: z.array(ageBandSchema).optional(),
  sleeping: z.boolean().optional(),
  polygon: polygonSchema,
  ceilingHeight: positiveLength.optional(),
  floor: z.enum(FLOORS).optional(),
  altered: z.boolean().optional(),
  stair: stairSchema.optional(),
  fireRating: nonNegative.optional(),
  sprinklerHead: z.boolean().optional(),
  /** extension: who a bathroom is for (500.082(3)(A)8 staff, (3)(B) school-age girls/boys). */
  restroomFor: z.enum(['children', 'staff', 'girls', 'boys', 'school-age']).optional(),
  /**
   * extension: a tornado shelter area, the "safe location within the facility" of 500.090(1)(C)2 that the fire and
   * tornado plan of 500.087(2)(E), (F)3 leads to. Marked on the facility diagram and the evacuation posters.
   */
  tornadoShelter: z.boolean().optional(),
});

export const DOOR_KINDS = ['swing', 'sliding', 'folding', 'overhead', 'opening'] as const;
export const LOCKS = ['none', 'passage', 'privacy', 'keyed-deadbolt', 'thumb-turn', 'locked-closed'] as const;

export const doorSchema = z.strictObject({
  id,
  a: pointSchema,
  b: pointSchema,
  rooms: z.tuple([id, id]),
  swing: id,
  kind: z.enum(DOOR_KINDS).optional(),
  hinge: z.enum(['a', 'b']).optional(),
  levelDischarge: z.boolean().optional(),
  selfClosing: z.boolean().optional(),
  panicHardware: z.boolean().optional(),
  exitSign: z.boolean().optional(),
  glass: z.boolean().optional(),
  fireRating: nonNegative.optional(),
  lock: z.enum(LOCKS).optional(),
  latchHeight: nonNegative.optional(),
});

export const windowSchema = z.strictObject({
  id,
  a: pointSchema,
  b: pointSchema,
  room: id,
  outside: z.boolean().optional(),
  sill: nonNegative,
  clearWidth: nonNegative,
  clearHeight: nonNegative,
  operable: z.boolean(),
  safetyGlass: z.boolean().optional(),
  bars: z.boolean().optional(),
  barrier: z.boolean().optional(),
});

export const itemSchema = z.strictObject({
  id,
  type: z.enum(ITEM_TYPES),
  at: pointSchema,
  size: z.tuple([positiveLength, positiveLength]).optional(),
  rotation: finite.optional(),
  usedByChildren: z.boolean().optional(),
  permanent: z.boolean().optional(),
  height: length.optional(),
  mat: z.boolean().optional(),
  stacked: z.boolean().optional(),
  fuel: z.boolean().optional(),
});

export const levelSchema = z.strictObject({
  id,
  name: z.string(),
  elevation: coordinate,
  rooms: z.array(roomSchema),
  doors: z.array(doorSchema),
  windows: z.array(windowSchema),
  items: z.array(itemSchema),
});

export const SURFACE_MATERIALS = [
  'sand', 'pea-gravel', 'wood-chips', 'engineered-wood-fiber', 'tanbark', 'shredded-rubber', 'rubber-mat',
  'poured-rubber', 'concrete', 'asphalt', 'grass', 'soil', 'carpet', 'artificial-turf', 'other',
] as const;
export const EQUIPMENT_TYPES = [
  'swing', 'tire-swing', 'slide', 'climber', 'playhouse', 'spring-rocker', 'seesaw', 'merry-go-round', 'trampoline',
  'mini-trampoline', 'other',
] as const;

export const siteSchema = z.strictObject({
  playAreas: z
    .array(
      z.strictObject({
        id,
        name: z.string(),
        polygon: polygonSchema,
        fenceHeight: nonNegative,
        schoolAgeOnly: z.boolean().optional(),
        infantToddler: z.boolean().optional(),
      }),
    )
    .optional(),
  surfaces: z
    .array(z.strictObject({ id, polygon: polygonSchema, material: z.enum(SURFACE_MATERIALS), depth: nonNegative.optional() }))
    .optional(),
  equipment: z
    .array(
      z.strictObject({
        id,
        type: z.enum(EQUIPMENT_TYPES),
        at: pointSchema,
        size: z.tuple([positiveLength, positiveLength]),
        rotation: finite.optional(),
        height: nonNegative,
        pivotHeight: nonNegative.optional(),
        exit: finite.optional(),
      }),
    )
    .optional(),
  pools: z
    .array(z.strictObject({ id, polygon: polygonSchema, depth: nonNegative, fenceHeight: nonNegative, lockedGate: z.boolean() }))
    .optional(),
  obstacles: z.array(z.strictObject({ id, polygon: polygonSchema, name: z.string() })).optional(),
  /**
   * extension: where children gather after leaving the building (500.087(2)(F)5.C), and the off-site places of
   * 500.090(1)(C)4.F (`offSite: true`, listed by name). Drawn on the evacuation diagrams.
   */
  meetingPlaces: z.array(z.strictObject({ id, name: z.string(), at: pointSchema.optional(), offSite: z.boolean().optional() })).optional(),
});

export const planSchema = z.strictObject({
  format: z.literal('safeplan.plan'),
  version: z.literal(1),
  facility: facilitySchema,
  levels: z.array(levelSchema).min(1, { message: 'a plan needs at least one level' }),
  site: siteSchema.optional(),
});

export type Plan = z.infer<typeof planSchema>;
export type Facility = Plan['facility'];
export type Enrollment = z.infer<typeof enrollmentSchema>;
export type Level = z.infer<typeof levelSchema>;
export type Room = z.infer<typeof roomSchema>;
export type Door = z.infer<typeof doorSchema>;
export type Window = z.infer<typeof windowSchema>;
export type Item = z.infer<typeof itemSchema>;
export type Site = z.infer<typeof siteSchema>;
export type PlayArea = NonNullable<Site['playAreas']>[number];
export type Surface = NonNullable<Site['surfaces']>[number];
export type Equipment = NonNullable<Site['equipment']>[number];
export type AgeBand = z.infer<typeof ageBandSchema>;
export type RoomUse = Room['use'];
export type ItemType = Item['type'];
