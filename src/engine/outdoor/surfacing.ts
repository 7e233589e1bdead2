/**
 * Resilient surfacing under outdoor equipment. 500.082(6)(A)5 asks for impact-absorbing material over the fall zone,
 * (A)6 makes the provider answer for its type and depth, and (A)8 refuses concrete, asphalt, carpet, grass and bare
 * soil. How deep is deep enough is taken from the CPSC *Public Playground Safety Handbook* (Pub. 325, 2010), Table 2,
 * "Minimum compressed loose-fill surfacing depths" — the fall height (in feet) from which a life-threatening head
 * injury would not be expected:
 *
 * | inches of loose fill (compressed) | material                      | protects to |
 * | --------------------------------- | ----------------------------- | ----------- |
 * | 6 (tested depth)                  | shredded/recycled rubber      | 10 ft       |
 * | 9                                 | sand                          | 4 ft        |
 * | 9                                 | pea gravel                    | 5 ft        |
 * | 9                                 | wood mulch (non-CCA) — tanbark| 7 ft        |
 * | 9                                 | wood chips                    | 10 ft       |
 *
 * Not in the table, and so resting on an assumption the finding states (status `warn`):
 * - engineered wood fiber: the handbook lists it as appropriate when it meets ASTM F2075 and its critical height comes
 *   from the manufacturer's ASTM F1292 test; SafePlan assumes the usual rating of 10 ft at 9 in;
 * - rubber mats and poured-in-place rubber (unitary surfaces): critical height only from the product's ASTM F1292
 *   rating, which the plan cannot show — acceptable here, but the rating must be verified for the fall height.
 *
 * Depth. `depth` is read as the depth maintained under use, i.e. compressed (loose fill settles about 25%: 12 in
 * installed ≈ 9 in compressed, handbook §2.5). The table gives no figure for a shallower compressed depth (the older
 * 6-in column was for UNcompressed fill, which cushions better than the same depth packed down), so a loose fill
 * shallower than its table depth protects to no height SafePlan can vouch for: not deep enough. A depth beyond the
 * table's is credited only with the table's height (no extrapolation). A loose fill drawn without a depth is
 * assumed to be at the table depth, and says so (`warn`).
 *
 * Never acceptable under equipment: concrete, asphalt, carpet, grass, soil (500.082(6)(A)8), and artificial turf
 * (the handbook accepts it only with an ASTM F1292 rating, and the plan format has no field for one). `other` is for
 * the inspector to judge (`verify`).
 */
import { union } from '../../geometry/index.ts';
import type { MultiPolygon } from '../../geometry/types.ts';
import type { Inches } from '../../model/quantities.ts';
import type { Surface } from '../../model/schema.ts';
import { outside, overlap } from './measure.ts';

export type SurfaceMaterial = Surface['material'];

export interface CriticalHeightRow {
  /** Compressed depth the figure was measured at, inches. */
  readonly depth: Inches;
  /** Fall height the material protects to at that depth, inches. */
  readonly criticalHeight: Inches;
  /** Where the figure comes from, for the report. */
  readonly source: string;
  /** True when the figure is SafePlan's assumption rather than the handbook's (the finding says so). */
  readonly assumed: boolean;
}

const TABLE_2 = 'CPSC Pub. 325, Table 2';

/** CPSC Pub. 325 (2010), Table 2, plus the engineered-wood-fiber assumption described above. */
export const CRITICAL_HEIGHTS: Readonly<Partial<Record<SurfaceMaterial, CriticalHeightRow>>> = {
  'shredded-rubber': { depth: 6, criticalHeight: 120, source: TABLE_2, assumed: false },
  sand: { depth: 9, criticalHeight: 48, source: TABLE_2, assumed: false },
  'pea-gravel': { depth: 9, criticalHeight: 60, source: TABLE_2, assumed: false },
  tanbark: { depth: 9, criticalHeight: 84, source: `${TABLE_2} (wood mulch)`, assumed: false },
  'wood-chips': { depth: 9, criticalHeight: 120, source: TABLE_2, assumed: false },
  'engineered-wood-fiber': {
    depth: 9,
    criticalHeight: 120,
    source: "the manufacturer's ASTM F1292 rating (not in CPSC Table 2; SafePlan assumes 10 ft at 9 in)",
    assumed: true,
  },
};

/** Unitary surfaces: acceptable only on the strength of the product's ASTM F1292 rating. */
export const RATED_UNITARY: ReadonlySet<SurfaceMaterial> = new Set<SurfaceMaterial>(['rubber-mat', 'poured-rubber']);

/** 500.082(6)(A)8, and artificial turf (no F1292 rating can be recorded in a plan). */
export const UNACCEPTABLE: ReadonlySet<SurfaceMaterial> = new Set<SurfaceMaterial>(['concrete', 'asphalt', 'carpet', 'grass', 'soil', 'artificial-turf']);

export const MATERIAL_NAMES: Readonly<Record<SurfaceMaterial, string>> = {
  sand: 'sand',
  'pea-gravel': 'pea gravel',
  'wood-chips': 'wood chips',
  'engineered-wood-fiber': 'engineered wood fiber',
  tanbark: 'tanbark (wood mulch)',
  'shredded-rubber': 'shredded rubber',
  'rubber-mat': 'rubber matting',
  'poured-rubber': 'poured rubber',
  concrete: 'concrete',
  asphalt: 'asphalt',
  grass: 'grass',
  soil: 'bare soil',
  carpet: 'carpet',
  'artificial-turf': 'artificial turf',
  other: 'other material',
};

/**
 * - `adequate`: protects to the fall height on the handbook's own figures;
 * - `assumed`: acceptable, but only on a rating or depth the plan does not show (the finding warns);
 * - `unknown`: a material SafePlan cannot judge (`other`): the inspector verifies;
 * - `inadequate`: not acceptable, or not deep enough for the fall height.
 */
export type SurfaceVerdict =
  | { readonly kind: 'adequate'; readonly note: null }
  | { readonly kind: 'assumed' | 'unknown' | 'inadequate'; readonly note: string };

const ft = (inches: Inches) => `${Math.round((inches / 12) * 10) / 10} ft`;
const inch = (inches: Inches) => `${Math.round(inches * 100) / 100} in`;

/** Whether one surface protects a fall from `fallHeight` inches, and why not. */
export function rateSurface(surface: Surface, fallHeight: Inches): SurfaceVerdict {
  const name = `the ${MATERIAL_NAMES[surface.material]} ${surface.id}`;
  if (UNACCEPTABLE.has(surface.material)) {
    const note =
      surface.material === 'artificial-turf'
        ? `${name} is not a resilient surface unless rated to ASTM F1292, which the plan cannot show`
        : `${name} is not a resilient surface, and the rule does not accept it under equipment (500.082(6)(A)8)`;
    return { kind: 'inadequate', note };
  }
  if (RATED_UNITARY.has(surface.material)) {
    return { kind: 'assumed', note: `${name} is acceptable only if its ASTM F1292 rating covers a ${ft(fallHeight)} fall — verify the manufacturer's rating` };
  }
  const row = CRITICAL_HEIGHTS[surface.material];
  if (!row) return { kind: 'unknown', note: `${name} is not a material SafePlan can rate; the inspector judges whether it cushions a ${ft(fallHeight)} fall` };
  if (row.criticalHeight < fallHeight) {
    return { kind: 'inadequate', note: `${name} protects to ${ft(row.criticalHeight)} at ${inch(row.depth)} (${row.source}), less than the ${ft(fallHeight)} fall height` };
  }
  if (surface.depth !== undefined && surface.depth < row.depth) {
    return { kind: 'inadequate', note: `${name} is ${inch(surface.depth)} deep, less than the ${inch(row.depth)} compressed depth ${row.source} needs to protect a fall of up to ${ft(row.criticalHeight)}` };
  }
  const notes: string[] = [];
  if (row.assumed) notes.push(`${name} is credited with ${ft(row.criticalHeight)} at ${inch(row.depth)} from ${row.source} — verify its rating`);
  if (surface.depth === undefined) notes.push(`${name} has no depth given, so ${inch(row.depth)} compressed is assumed — keep it at least that deep`);
  return notes.length ? { kind: 'assumed', note: notes.join('; ') } : { kind: 'adequate', note: null };
}

export interface Coverage {
  /** Part of the zone on no surface that protects the fall: bare ground, or an unacceptable or too-shallow one. */
  readonly uncovered: MultiPolygon;
  /** Part of the zone covered only by a surface SafePlan cannot judge (`other`). */
  readonly unknown: MultiPolygon;
  /** Part of the zone covered only by surfaces accepted on an assumption. */
  readonly assumed: MultiPolygon;
  /** Why the surfaces under the uncovered part fall short, one clause each. */
  readonly shortfalls: readonly string[];
  /** Assumptions and verifications behind the `assumed` and `unknown` parts, one clause each. */
  readonly notes: readonly string[];
}

/**
 * How well the surfaces cover a fall zone. Where surfaces overlap, the best one counts (a mulch bed drawn over the
 * lawn is the mulch), so drawing a surface larger never makes coverage worse.
 */
export function surfaceCoverage(zone: MultiPolygon, surfaces: readonly Surface[], fallHeight: Inches): Coverage {
  const rated = surfaces.map((s) => ({ surface: s, shape: [[s.polygon]] as MultiPolygon, verdict: rateSurface(s, fallHeight) }));
  const of = (kind: SurfaceVerdict['kind']) => rated.filter((r) => r.verdict.kind === kind);
  const unionOf = (rs: typeof rated): MultiPolygon => (rs.length ? union(...rs.map((r) => r.shape)) : []);

  const afterAdequate = outside(zone, unionOf(of('adequate')));
  const assumedU = unionOf(of('assumed'));
  const assumed = overlap(afterAdequate, assumedU);
  const afterAssumed = outside(afterAdequate, assumedU);
  const unknownU = unionOf(of('unknown'));
  const unknown = overlap(afterAssumed, unknownU);
  const uncovered = outside(afterAssumed, unknownU);

  const touching = (rs: typeof rated, part: MultiPolygon) => (part.length ? rs.filter((r) => overlap(r.shape, part).length > 0) : []);
  const short = touching(of('inadequate'), uncovered);
  const shortfalls = short.map((r) => r.verdict.note!);
  if (uncovered.length && outside(uncovered, unionOf(short)).length) shortfalls.push('part of it has no surface drawn at all');
  const notes = [...touching(of('assumed'), assumed), ...touching(of('unknown'), unknown)].map((r) => r.verdict.note!);
  return { uncovered, unknown, assumed, shortfalls, notes };
}
