/**
 * What the Site view shows beside the drawing: each piece of equipment's fall zone (the engine's own fallZone, which
 * is pure, so it is drawn live while the piece moves), and each play area's size and the children it serves.
 */
import { ringArea } from '../../geometry/area.ts';
import { fallZone, type FallZone } from '../../engine/outdoor/fallZone.ts';
import { playAreasAt } from '../../engine/outdoor/site.ts';
import { MIN_PLAY_AREA, SHARE_OUTSIDE_AT_ONCE, SQ_FT_PER_CHILD_OUTSIDE } from '../../engine/playArea.ts';
import { toSquareFeet } from '../../model/quantities.ts';
import type { Equipment, PlayArea, Site } from '../../model/schema.ts';

const zones = new WeakMap<Equipment, { infantToddlerOnly: boolean; zone: FallZone }>();

/** The piece's fall zone, as the outdoor.fall-zone check measures it (3 ft rings in an infant/toddler-only area). */
export function equipmentFallZone(e: Equipment, site: Site | undefined): FallZone {
  const areas = playAreasAt(site, e.at);
  const infantToddlerOnly = areas.length > 0 && areas.every((a) => a.infantToddler === true);
  const cached = zones.get(e);
  if (cached && cached.infantToddlerOnly === infantToddlerOnly) return cached.zone;
  const zone = fallZone(e, { infantToddlerOnly });
  zones.set(e, { infantToddlerOnly, zone });
  return zone;
}

export interface PlayAreaFigures {
  readonly areaSqFt: number;
  /** Children outside at one time: 75 sq ft each. */
  readonly atOnce: number;
  /** Licensed capacity it serves: three times those outside at once, none under 750 sq ft or without a fence. */
  readonly children: number;
  /** It counts as a play area at all: fenced, or used only by school-age children (engine/playArea.ts). */
  readonly counts: boolean;
}

/** One play area on its own, by the arithmetic of engine/playArea.ts (which adds up every counted area of the plan). */
export function playAreaFigures(a: PlayArea): PlayAreaFigures {
  const areaSqFt = toSquareFeet(ringArea(a.polygon));
  const counts = a.fenceHeight > 0 || a.schoolAgeOnly === true;
  const atOnce = Math.floor(areaSqFt / SQ_FT_PER_CHILD_OUTSIDE + 1e-9);
  const children = counts && areaSqFt + 1e-9 >= MIN_PLAY_AREA ? atOnce * SHARE_OUTSIDE_AT_ONCE : 0;
  return { areaSqFt, atOnce, children, counts };
}

/** `2,000 sq ft · serves 78 children`, or why it serves none. */
export function playAreaText(a: PlayArea): string {
  const f = playAreaFigures(a);
  const area = `${f.areaSqFt.toLocaleString('en-US', { maximumFractionDigits: 1 })} sq ft`;
  if (!f.counts) return `${area} · no fence: serves no children`;
  if (f.children === 0) return `${area} · under 750 sq ft: serves no children`;
  return `${area} · serves ${f.children} children (${f.atOnce} outside at once)`;
}
