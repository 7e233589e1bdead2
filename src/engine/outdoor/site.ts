/**
 * The outdoor site read as a playground: which play area each piece of equipment stands in, its fall zone, and how
 * the zones of neighbouring pieces meet. Built once per facility; the outdoor checks read it.
 */
import { multiPolygonBBox, bboxesOverlap, pointInRing } from '../../geometry/index.ts';
import type { MultiPolygon, Point } from '../../geometry/types.ts';
import type { Inches } from '../../model/quantities.ts';
import type { Equipment, PlayArea, Site } from '../../model/schema.ts';
import { memoize, type Facility } from '../facility.ts';
import { fallZone, type FallZone } from './fallZone.ts';
import { convexGap, overlap } from './measure.ts';

/** CPSC Pub. 325 (e.g. §5.3.5.3): neighbours whose use zones overlap stand 6 ft apart, 9 ft when a play surface is over 30 in. */
export const NEIGHBOUR_GAP: Inches = 72;
export const NEIGHBOUR_GAP_HIGH: Inches = 108;
export const HIGH_PLAY_SURFACE: Inches = 30;

export interface EquipmentZone {
  readonly equipment: Equipment;
  /** `site.equipment[i]`. */
  readonly path: string;
  /** Play areas its position `at` lies in (normally one; none when it stands outside every fence). */
  readonly playAreas: readonly PlayArea[];
  /** Every play area it stands in is marked `infantToddler`. */
  readonly infantToddlerOnly: boolean;
  readonly fallZone: FallZone;
}

export type ZoneConflict =
  | {
      readonly kind: 'restricted';
      /** The piece whose no-overlap part (swing front/rear, tire-swing circle, slide exit) is overlapped. */
      readonly owner: EquipmentZone;
      /** The piece whose fall zone reaches into it. */
      readonly other: EquipmentZone;
      readonly region: MultiPolygon;
    }
  | {
      readonly kind: 'spacing';
      readonly a: EquipmentZone;
      readonly b: EquipmentZone;
      /** Distance between the two footprints. */
      readonly gap: Inches;
      readonly required: Inches;
      readonly region: MultiPolygon;
    };

export function playAreasAt(site: Site | undefined, p: Point): PlayArea[] {
  return (site?.playAreas ?? []).filter((a) => pointInRing(p, a.polygon) !== 'outside');
}

export const equipmentLabel = (e: Equipment): string => `${e.type.replace(/-/g, ' ')} ${e.id}`;

export function equipmentZones(facility: Facility): readonly EquipmentZone[] {
  return memoize(facility, 'outdoor.equipmentZones', () => {
    const site = facility.plan.site;
    return (site?.equipment ?? []).map((equipment, i): EquipmentZone => {
      const playAreas = playAreasAt(site, equipment.at);
      const infantToddlerOnly = playAreas.length > 0 && playAreas.every((a) => a.infantToddler === true);
      return { equipment, path: `site.equipment[${i}]`, playAreas, infantToddlerOnly, fallZone: fallZone(equipment, { infantToddlerOnly }) };
    });
  });
}

/** Two slides whose children leave in the same direction: the handbook lets their exit zones overlap. */
function parallelSlides(a: FallZone, b: FallZone): boolean {
  if (a.exitAngle === null || b.exitAngle === null) return false;
  const diff = (((a.exitAngle - b.exitAngle) % 360) + 360) % 360;
  return diff < 1e-6 || 360 - diff < 1e-6;
}

/**
 * Where neighbouring zones break the handbook's overlap rules: a restricted part overlapped by another zone, or two
 * zones overlapping while their pieces stand closer than 6 ft (9 ft when either play surface is over 30 in).
 */
export function zoneConflicts(facility: Facility): readonly ZoneConflict[] {
  return memoize(facility, 'outdoor.zoneConflicts', () => {
    const zones = equipmentZones(facility);
    const boxes = zones.map((z) => (z.fallZone.zone.length ? multiPolygonBBox(z.fallZone.zone) : null));
    const out: ZoneConflict[] = [];
    for (let i = 0; i < zones.length; i++) {
      for (let j = i + 1; j < zones.length; j++) {
        const a = zones[i]!;
        const b = zones[j]!;
        const ba = boxes[i];
        const bb = boxes[j];
        if (!ba || !bb || !bboxesOverlap(ba, bb)) continue;
        const shared = overlap(a.fallZone.zone, b.fallZone.zone);
        if (shared.length === 0) continue;
        let restricted = false;
        if (!parallelSlides(a.fallZone, b.fallZone)) {
          for (const [owner, other] of [[a, b], [b, a]] as const) {
            const region = overlap(owner.fallZone.restricted, other.fallZone.zone);
            if (region.length) {
              out.push({ kind: 'restricted', owner, other, region });
              restricted = true;
            }
          }
        }
        if (restricted) continue;
        const gap = convexGap(a.fallZone.footprint, b.fallZone.footprint);
        const required = a.equipment.height > HIGH_PLAY_SURFACE || b.equipment.height > HIGH_PLAY_SURFACE ? NEIGHBOUR_GAP_HIGH : NEIGHBOUR_GAP;
        if (gap < required - 1e-6) out.push({ kind: 'spacing', a, b, gap, required, region: shared });
      }
    }
    return out;
  });
}
