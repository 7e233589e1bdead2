import { orient2d, samePoint } from './orient.ts';
import { segmentIntersectionPoint } from './segments.ts';
import type { Point, Ring } from './types.ts';

export type SelfIntersectionKind =
  /** Two non-adjacent edges cross at a point interior to both. */
  | 'crossing'
  /** Two non-adjacent edges meet at a single point that is an endpoint of at least one of them. */
  | 'touch'
  /** Two edges share a stretch of positive length (for adjacent edges: the ring folds back on itself). */
  | 'overlap'
  /** Vertices edgeA and edgeB (non-consecutive) are the same point. */
  | 'repeated-vertex'
  /** Edge edgeA (= edgeB) has zero length: the ring repeats a vertex consecutively. */
  | 'zero-length-edge';

export interface SelfIntersection {
  /** Edge i runs from ring[i] to ring[(i + 1) % n]; for 'repeated-vertex' these are vertex indices. */
  readonly edgeA: number;
  readonly edgeB: number;
  readonly at: Point;
  readonly kind: SelfIntersectionKind;
}

function key(p: Point): string {
  return `${p[0]},${p[1]}`;
}

/*
 * Consecutive duplicate vertices are reported once as zero-length edges and then squeezed out,
 * so the edges on either side of the duplicate count as adjacent rather than as a spurious
 * 'touch'. Each run of duplicates keeps its LAST index: the edge leaving that index is the
 * non-degenerate one, so reported edge indices always name a real edge of the input.
 */
function scan(ring: Ring, stopAtFirst: boolean): SelfIntersection[] {
  const n = ring.length;
  const out: SelfIntersection[] = [];
  if (n === 0) return out;

  const kept: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = ring[i]!;
    if (samePoint(p, ring[(i + 1) % n]!)) {
      out.push({ edgeA: i, edgeB: i, at: p, kind: 'zero-length-edge' });
      if (stopAtFirst) return out;
    } else {
      kept.push(i);
    }
  }

  const repeated = new Set<string>();
  const firstSeen = new Map<string, number>();
  for (const i of kept) {
    const k = key(ring[i]!);
    const j = firstSeen.get(k);
    if (j === undefined) {
      firstSeen.set(k, i);
    } else {
      repeated.add(k);
      out.push({ edgeA: j, edgeB: i, at: ring[i]!, kind: 'repeated-vertex' });
      if (stopAtFirst) return out;
    }
  }

  const m = kept.length;
  if (m < 2) return out;
  const start = kept.map((i) => ring[i]!);
  const end = kept.map((_, k) => start[(k + 1) % m]!);
  const minX = new Float64Array(m);
  const maxX = new Float64Array(m);
  const minY = new Float64Array(m);
  const maxY = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const a = start[k]!;
    const b = end[k]!;
    minX[k] = Math.min(a[0], b[0]);
    maxX[k] = Math.max(a[0], b[0]);
    minY[k] = Math.min(a[1], b[1]);
    maxY[k] = Math.max(a[1], b[1]);
  }

  // Adjacent edges share a vertex by construction; they are only at fault if they fold back.
  const adjacentPairs = m === 2 ? 1 : m;
  for (let k = 0; k < adjacentPairs; k++) {
    const a = start[k]!;
    const b = end[k]!;
    const c = end[(k + 1) % m]!;
    const foldsBack =
      orient2d(a, b, c) === 0 && (a[0] - b[0]) * (c[0] - b[0]) + (a[1] - b[1]) * (c[1] - b[1]) > 0;
    if (foldsBack) {
      const ea = kept[k]!;
      const eb = kept[(k + 1) % m]!;
      out.push({ edgeA: Math.min(ea, eb), edgeB: Math.max(ea, eb), at: b, kind: 'overlap' });
      if (stopAtFirst) return out;
    }
  }

  // Sweep in x: edges sorted by minX, each compared only with those starting before it ends.
  const order = Array.from({ length: m }, (_, k) => k).sort((p, q) => minX[p]! - minX[q]!);
  for (let s = 0; s < m; s++) {
    const k = order[s]!;
    for (let t = s + 1; t < m; t++) {
      const l = order[t]!;
      if (minX[l]! > maxX[k]!) break;
      if (minY[l]! > maxY[k]! || minY[k]! > maxY[l]!) continue;
      const diff = Math.abs(k - l);
      if (diff === 1 || diff === m - 1) continue;
      const a = start[k]!;
      const b = end[k]!;
      const c = start[l]!;
      const d = end[l]!;
      const at = segmentIntersectionPoint(a, b, c, d);
      if (!at) continue;
      const o1 = orient2d(c, d, a);
      const o2 = orient2d(c, d, b);
      const o3 = orient2d(a, b, c);
      const o4 = orient2d(a, b, d);
      let kind: SelfIntersectionKind;
      if (o1 === 0 && o2 === 0) {
        // Collinear: a positive-length overlap unless the extents meet in a single point.
        const ux = b[0] - a[0];
        const uy = b[1] - a[1];
        const proj = (p: Point) => (p[0] - a[0]) * ux + (p[1] - a[1]) * uy;
        const lo = Math.max(0, Math.min(proj(c), proj(d)));
        const hi = Math.min(ux * ux + uy * uy, Math.max(proj(c), proj(d)));
        kind = hi > lo ? 'overlap' : 'touch';
      } else if (o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0) {
        kind = 'crossing';
      } else {
        kind = 'touch';
      }
      // A repeated vertex is already reported once; its incident edges touching there is the same fault.
      if (kind === 'touch' && repeated.has(key(at))) continue;
      const ea = kept[k]!;
      const eb = kept[l]!;
      out.push({ edgeA: Math.min(ea, eb), edgeB: Math.max(ea, eb), at, kind });
      if (stopAtFirst) return out;
    }
  }

  out.sort((p, q) => p.edgeA - q.edgeA || p.edgeB - q.edgeB);
  return out;
}

/**
 * Every way the ring fails to be simple: crossings and touches between non-adjacent edges,
 * adjacent edges folding back over each other, repeated vertices and zero-length edges.
 * Exact predicates, no tolerance. O(n log n + n·k) with an x-sweep, k = edges overlapping in x.
 */
export function selfIntersections(ring: Ring): SelfIntersection[] {
  return scan(ring, false);
}

/** Simple = at least 3 vertices and no self-intersection of any kind (which also rules out zero area). */
export function isSimpleRing(ring: Ring): boolean {
  if (ring.length < 3) return false;
  return scan(ring, true).length === 0;
}
