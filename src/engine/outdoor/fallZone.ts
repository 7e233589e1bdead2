/**
 * The fall zone (use zone) of a piece of outdoor equipment: the ground a child falling from or leaving it would land
 * on. 500.082(6)(A)5-6 leave its extent to the provider; the catalogue (checks.md, "Fall zone") measures it after the
 * CPSC *Public Playground Safety Handbook* (Pub. 325, 2010):
 *
 * - stationary equipment: 6 ft around the footprint (the handbook's use zones); 3 ft for equipment used only by
 *   infants and toddlers in a limited-access setting such as child care (the handbook's toddler use zones, e.g.
 *   §5.3.6.5 for slides; ASTM F2373, as Caring for Our Children 6.2.2.1 reads it);
 * - single-axis swings: 6 ft at the sides, and in front of and behind the beam twice the pivot height measured from
 *   the point under the pivot (§5.3.8.3.3); the front/rear zone may overlap no other zone;
 * - tire (multi-axis) swings: a circle of 6 ft + the length of the suspending members around the point under the
 *   pivot, and at least 6 ft from any part of the frame (§5.3.8.4.1); the circle may overlap no other zone;
 * - slides: 6 ft around (3 ft for toddlers), and beyond the chute end an exit zone of 6 ft, or the slide's height
 *   when over 6 ft, at most 8 ft (§5.3.6.5); the exit zone may overlap no other zone except that of a slide whose
 *   sliding path is parallel.
 *
 * Ground-level equipment (`height` 0: no elevated play surface — a playhouse, a sandbox, an activity wall) keeps its
 * zone, free of obstacles, but needs no resilient surface (the handbook's surfacing guidelines).
 *
 * Round parts are polygons CIRCUMSCRIBED about the true circle (every edge tangent to it, at most 10° per edge), so a
 * zone is never smaller than the handbook's; the tangent directions follow the equipment's axes, so straight sides
 * of a grown footprint lie exactly 6 ft out and a zone that exactly reaches a fence does not poke through it.
 * Everything is built in the equipment's local frame (x along `size[0]`, y along `size[1]`) and turned once.
 */
import { convexHull, cosSinDeg, rotatePoint, union } from '../../geometry/index.ts';
import type { MultiPolygon, Point, Ring } from '../../geometry/types.ts';
import type { Degrees, Inches } from '../../model/quantities.ts';
import type { Equipment } from '../../model/schema.ts';
import { groupedNumber } from '../../model/numbers.ts';

/** CPSC Pub. 325 use zones: around stationary equipment, at the sides of swings, around a tire swing's frame. */
export const USE_ZONE: Inches = 72;
/** Toddler use zone (equipment for 6–23 months in a limited-access setting): CPSC Pub. 325, ASTM F2373. */
export const TODDLER_USE_ZONE: Inches = 36;
/** CPSC Pub. 325 §5.3.6.5: slide exit zone at least 6 ft, the slide's height above that, at most 8 ft. */
export const SLIDE_EXIT_MIN: Inches = 72;
export const SLIDE_EXIT_MAX: Inches = 96;
/** Seat height assumed for a tire swing when the plan does not give one (chain length = pivot − seat). */
export const TIRE_SWING_SEAT_ASSUMED: Inches = 24;
/** Largest angle one edge of a round part may span. */
export const CIRCLE_STEP_DEG: Degrees = 10;

export type FallZoneKind = 'stationary' | 'single-axis-swing' | 'tire-swing' | 'slide';

export interface FallZoneOptions {
  /** The equipment stands in a play area used only by infants and toddlers (`infantToddler: true`). */
  readonly infantToddlerOnly: boolean;
}

export interface FallZone {
  readonly kind: FallZoneKind;
  /** The equipment's footprint (its `size` turned by `rotation` about `at`). */
  readonly footprint: Ring;
  /** The whole fall zone, footprint included. */
  readonly zone: MultiPolygon;
  /** The part of the zone no other zone may overlap: swing front/rear zones, the tire-swing circle, the slide exit. */
  readonly restricted: MultiPolygon;
  /** What the restricted part is, for messages ("front and rear zone", "swing circle", "exit zone"), or null. */
  readonly restrictedName: string | null;
  /** Height a child can fall from, for surfacing: the pivot for swings (CPSC), else `height`. */
  readonly fallHeight: Inches;
  /** False for ground-level equipment (no elevated play surface), which needs no resilient surface. */
  readonly needsSurfacing: boolean;
  /** Slide exit direction actually used (degrees, clockwise from +x), for the parallel-slides exception; else null. */
  readonly exitAngle: Degrees | null;
  /** One sentence: how this zone was measured and after which paragraph of the handbook. */
  readonly description: string;
  /** Values SafePlan had to assume because the plan left them out (each a short clause). */
  readonly assumptions: readonly string[];
}

const fmtFt = (inches: Inches): string => {
  const ft = Math.round((inches / 12) * 10) / 10;
  return `${groupedNumber(ft, 0, 1)} ft`;
};

/**
 * A polygon circumscribed about the circle of radius r centred at the origin: edges tangent to it at directions
 * 0°, 10°, … (local frame). Vertices next to a quarter-turn direction are computed from that direction's tangent
 * line so the axis-parallel edges lie at exactly ±r.
 */
export function circumscribedCircle(r: Inches, stepDeg: Degrees = CIRCLE_STEP_DEG): Ring {
  if (!(r > 0)) return [];
  const n = Math.max(4, Math.ceil(360 / stepDeg - 1e-9));
  const t = Math.tan(Math.PI / n); // half an edge, per unit of radius
  const out: Point[] = [];
  for (let k = 0; k < n; k++) {
    const a = (360 * k) / n;
    const b = (360 * (k + 1)) / n;
    if (b % 90 === 0) {
      // Walk back from the tangent point at b along its tangent line.
      const [c, s] = cosSinDeg(b);
      out.push([r * (c + s * t), r * (s - c * t)]);
    } else {
      const [c, s] = cosSinDeg(a);
      out.push([r * (c - s * t), r * (s + c * t)]);
    }
  }
  return out;
}

/** Minkowski sum of two convex point sets (the hull of all pairwise sums). */
function minkowski(a: readonly Point[], b: readonly Point[]): Ring {
  if (b.length === 0) return convexHull(a);
  const pts: Point[] = [];
  for (const p of a) for (const q of b) pts.push([p[0] + q[0], p[1] + q[1]]);
  return convexHull(pts);
}

function localRect(x0: number, y0: number, x1: number, y1: number): Ring {
  return [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
}

function toWorld(ring: Ring, at: Point, rotation: Degrees): Ring {
  return ring.map((p) => {
    const [x, y] = rotatePoint(p, rotation);
    return [at[0] + x, at[1] + y];
  });
}

export const isSwing = (e: Pick<Equipment, 'type'>): boolean => e.type === 'swing' || e.type === 'tire-swing';

/** Fall height for surfacing: a swing's pivot (CPSC: a child may leave the seat at the top of its arc), else `height`. */
export function fallHeightOf(e: Equipment): Inches {
  return isSwing(e) ? Math.max(e.height, e.pivotHeight ?? 0) : e.height;
}

/** The exit direction of a slide: `exit`, else along its longer side (local +x, or +y when deeper than wide). */
function slideExit(e: Equipment): { angle: Degrees; assumed: boolean } {
  if (e.exit !== undefined) return { angle: e.exit, assumed: false };
  const rotation = e.rotation ?? 0;
  return { angle: e.size[1] > e.size[0] ? rotation + 90 : rotation, assumed: true };
}

export function fallZone(e: Equipment, options: FallZoneOptions): FallZone {
  const rotation = e.rotation ?? 0;
  const [w, d] = e.size;
  const hw = w / 2;
  const hd = d / 2;
  const body = localRect(-hw, -hd, hw, hd);
  const world = (ring: Ring): Ring => toWorld(ring, e.at, rotation);
  const fallHeight = fallHeightOf(e);
  const needsSurfacing = fallHeight > 0;
  const assumptions: string[] = [];
  const grown = (r: Inches): Ring => minkowski(body, circumscribedCircle(r));

  if (e.type === 'swing') {
    if (e.pivotHeight === undefined) assumptions.push(`no pivot height given, so the ${fmtFt(e.height)} height is used as the beam height`);
    const pivot = e.pivotHeight ?? e.height;
    const reach = 2 * pivot;
    const sides = world(grown(USE_ZONE));
    const sweep = reach > 0 ? world(localRect(-hw, -reach, hw, reach)) : null;
    const restricted: MultiPolygon = sweep ? [[sweep]] : [];
    return {
      kind: 'single-axis-swing',
      footprint: world(body),
      zone: sweep ? union([[sides]], restricted) : [[sides]],
      restricted,
      restrictedName: sweep ? 'front and rear zone' : null,
      fallHeight,
      needsSurfacing,
      exitAngle: null,
      description: `6 ft at the sides of the swing and ${fmtFt(reach)} in front of and behind the beam (twice the ${fmtFt(pivot)} pivot height), after CPSC Pub. 325 §5.3.8.3.3.`,
      assumptions,
    };
  }

  if (e.type === 'tire-swing') {
    if (e.pivotHeight === undefined) assumptions.push(`no pivot height given, so the ${fmtFt(e.height)} height is used as the pivot height`);
    const pivot = e.pivotHeight ?? e.height;
    // The plan has no seat height: `height` is read as the tire's seat when it is below the pivot, else 24".
    const seat = e.height > 0 && e.height < pivot ? e.height : TIRE_SWING_SEAT_ASSUMED;
    const chain = Math.max(0, pivot - seat);
    const radius = USE_ZONE + chain;
    const circle = world(circumscribedCircle(radius));
    const frame = world(grown(USE_ZONE));
    return {
      kind: 'tire-swing',
      footprint: world(body),
      zone: union([[frame]], [[circle]]),
      restricted: [[circle]],
      restrictedName: 'swing circle',
      fallHeight,
      needsSurfacing,
      exitAngle: null,
      description: `a circle of ${fmtFt(radius)} (6 ft + ${fmtFt(chain)} of chain, the ${fmtFt(pivot)} pivot less a ${fmtFt(seat)} seat) around the point under the pivot, and 6 ft around the frame, after CPSC Pub. 325 §5.3.8.4.1.`,
      assumptions,
    };
  }

  const around = options.infantToddlerOnly ? TODDLER_USE_ZONE : USE_ZONE;
  const aroundText = options.infantToddlerOnly ? '3 ft (equipment used only by infants and toddlers)' : '6 ft';
  const outline = world(grown(around));

  if (e.type === 'slide') {
    const exit = slideExit(e);
    if (exit.assumed) assumptions.push(`no exit direction given, so the chute is taken to end on its ${e.size[1] > e.size[0] ? 'deeper' : 'wider'} side's far end (${((exit.angle % 360) + 360) % 360}°)`);
    const length = Math.max(SLIDE_EXIT_MIN, Math.min(e.height, SLIDE_EXIT_MAX));
    // In the local frame: u along the exit, v across it. The chute ends at the footprint's farthest point along u.
    const [uc, us] = cosSinDeg(exit.angle - rotation);
    const along = (p: Point) => p[0] * uc + p[1] * us;
    const across = (p: Point) => -p[0] * us + p[1] * uc;
    const end = Math.max(...body.map(along));
    const lo = Math.min(...body.map(across));
    const hi = Math.max(...body.map(across));
    const at = (s: number, t: number): Point => [s * uc - t * us, s * us + t * uc];
    const strip = world([at(end, lo), at(end + length, lo), at(end + length, hi), at(end, hi)]);
    return {
      kind: 'slide',
      footprint: world(body),
      zone: union([[outline]], [[strip]]),
      restricted: [[strip]],
      restrictedName: 'exit zone',
      fallHeight,
      needsSurfacing,
      exitAngle: exit.angle,
      description: `${aroundText} around the slide and an exit zone of ${fmtFt(length)} beyond the chute end (6 ft, or the slide's height up to 8 ft), after CPSC Pub. 325 §5.3.6.5.`,
      assumptions,
    };
  }

  return {
    kind: 'stationary',
    footprint: world(body),
    zone: [[outline]],
    restricted: [],
    restrictedName: null,
    fallHeight,
    needsSurfacing,
    exitAngle: null,
    description: `${aroundText} around the footprint, after the use zones of CPSC Pub. 325.`,
    assumptions,
  };
}
