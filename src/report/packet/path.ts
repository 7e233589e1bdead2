/**
 * SVG path data for the page primitives, in page points (y down). Both renderers use it: the SVG one directly, the
 * PDF one through pdf-lib's drawSvgPath, which takes the same y-down data — so the two draw identical geometry.
 * Arcs are written as cubic Béziers (≤ 90° each), which both formats draw the same way.
 */
import type { ArcPrimitive, PagePoint } from './types.ts';

export const num = (n: number): string => {
  const s = String(Math.round(n * 1000) / 1000);
  return s === '-0' ? '0' : s;
};

const pt = (p: PagePoint) => `${num(p[0])} ${num(p[1])}`;

function signedArea(ring: readonly PagePoint[]): number {
  let a = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i]!;
    const q = ring[(i + 1) % ring.length]!;
    a += p[0] * q[1] - q[0] * p[1];
  }
  return a / 2;
}

/**
 * Closed rings as one path. Holes are turned against the outline, so the nonzero rule (PDF's `f`) and the even-odd
 * rule (the SVG's fill-rule) fill the same region.
 */
export function ringsPath(rings: readonly (readonly PagePoint[])[]): string {
  const outer = rings[0] ? Math.sign(signedArea(rings[0])) || 1 : 1;
  return rings
    .map((ring, i) => {
      const want = i === 0 ? outer : -outer;
      const r = Math.sign(signedArea(ring)) === want || signedArea(ring) === 0 ? ring : [...ring].reverse();
      return `M ${r.map(pt).join(' L ')} Z`;
    })
    .join(' ');
}

export const polylinePath = (points: readonly PagePoint[]): string => `M ${points.map(pt).join(' L ')}`;

/** An arc as Bézier segments of at most 90°. */
export function arcPath(arc: Pick<ArcPrimitive, 'center' | 'radius' | 'start' | 'sweep'>): string {
  const { center: c, radius: r } = arc;
  const pieces = Math.max(1, Math.ceil(Math.abs(arc.sweep) / 90 - 1e-9));
  const step = ((arc.sweep / pieces) * Math.PI) / 180;
  let a = (arc.start * Math.PI) / 180;
  const at = (t: number): PagePoint => [c[0] + r * Math.cos(t), c[1] + r * Math.sin(t)];
  let d = `M ${pt(at(a))}`;
  const h = (4 / 3) * Math.tan(step / 4) * r;
  for (let i = 0; i < pieces; i++) {
    const b = a + step;
    const p0 = at(a);
    const p3 = at(b);
    const c1: PagePoint = [p0[0] - h * Math.sin(a), p0[1] + h * Math.cos(a)];
    const c2: PagePoint = [p3[0] + h * Math.sin(b), p3[1] - h * Math.cos(b)];
    d += ` C ${pt(c1)} ${pt(c2)} ${pt(p3)}`;
    a = b;
  }
  return d;
}
