/**
 * How the site's objects are named and what a new one starts as: outdoor equipment with sizes and heights typical of
 * child-care playgrounds (the provider corrects them in the panel), surface materials, obstacle names.
 */
import type { Point } from '../geometry/types.ts';
import { EQUIPMENT_TYPES, SURFACE_MATERIALS, type Equipment, type Surface } from '../model/schema.ts';
import { CRITICAL_HEIGHTS, MATERIAL_NAMES } from '../engine/outdoor/surfacing.ts';
import type { SiteKind } from './model/refs.ts';

export type EquipmentType = Equipment['type'];
export type SurfaceMaterial = Surface['material'];

export interface EquipmentKind {
  readonly type: EquipmentType;
  readonly label: string;
  /** A few letters drawn on the footprint and in the palette. */
  readonly glyph: string;
  /** Footprint before rotation, inches: x along the swing beam / across the slide, y along the slide. */
  readonly size: Point;
  /** Highest designated play surface (a swing's seat), inches. */
  readonly height: number;
  /** Swing beam height, inches (swings only). */
  readonly pivotHeight?: number;
  /** A slide's exit, degrees from its rotation (90: the chute ends toward +y, its long side). */
  readonly exitFromRotation?: number;
  readonly help: string;
}

const K = (type: EquipmentType, label: string, glyph: string, size: Point, height: number, help: string, extra: Partial<EquipmentKind> = {}): EquipmentKind => ({
  type,
  label,
  glyph,
  size,
  height,
  help,
  ...extra,
});

export const EQUIPMENT_KINDS: Readonly<Record<EquipmentType, EquipmentKind>> = {
  swing: K('swing', 'Swing set', 'SWING', [120, 72], 24, "10' beam on a 6' A-frame, seats 24\" up, beam 8' high", { pivotHeight: 96 }),
  'tire-swing': K('tire-swing', 'Tire swing', 'TIRE', [96, 72], 24, "8' frame, tire 24\" up, pivot 8' high", { pivotHeight: 96 }),
  slide: K('slide', 'Slide', 'SLIDE', [36, 144], 48, "3' × 12' with its ladder, 4' deck; the chute ends toward the bottom of the screen", { exitFromRotation: 90 }),
  climber: K('climber', 'Climber', 'CLIMB', [72, 72], 48, "6' × 6', 4' high"),
  playhouse: K('playhouse', 'Playhouse', 'HOUSE', [72, 60], 0, "6' × 5', at ground level"),
  'spring-rocker': K('spring-rocker', 'Spring rocker', 'ROCK', [36, 18], 18, "3' × 1' 6\", seat 18\" up"),
  seesaw: K('seesaw', 'Seesaw', 'SEESAW', [120, 24], 36, "10' × 2', seats up to 3' high"),
  'merry-go-round': K('merry-go-round', 'Merry-go-round', 'MGR', [84, 84], 18, "7' across, platform 18\" up"),
  trampoline: K('trampoline', 'Trampoline', 'TRAMP', [144, 144], 36, "12' across, bed 3' up"),
  'mini-trampoline': K('mini-trampoline', 'Mini trampoline', 'MINI', [36, 36], 9, "3' across, 9\" up"),
  other: K('other', 'Other equipment', 'EQUIP', [48, 48], 24, "4' × 4', 2' high"),
};

export const EQUIPMENT_ORDER: readonly EquipmentType[] = EQUIPMENT_TYPES;

export const SURFACE_LABEL: Readonly<Record<SurfaceMaterial, string>> = Object.fromEntries(
  SURFACE_MATERIALS.map((m) => [m, MATERIAL_NAMES[m].charAt(0).toUpperCase() + MATERIAL_NAMES[m].slice(1)]),
) as Record<SurfaceMaterial, string>;

/** The depth a new surface of this material is drawn with: the depth the handbook's table is measured at (loose fill). */
export const defaultSurfaceDepth = (m: SurfaceMaterial): number | undefined => CRITICAL_HEIGHTS[m]?.depth;

export const OBSTACLE_NAMES: readonly string[] = ['Tree', 'Shed', 'Wall', 'Planter', 'Bench', 'Obstacle'];

export const SITE_NOUN: Readonly<Record<SiteKind, string>> = {
  playArea: 'play area',
  surface: 'surface',
  equipment: 'equipment',
  pool: 'pool',
  obstacle: 'obstacle',
};

export const SITE_TITLE: Readonly<Record<SiteKind, string>> = {
  playArea: 'Play area',
  surface: 'Surface',
  equipment: 'Equipment',
  pool: 'Pool',
  obstacle: 'Obstacle',
};
