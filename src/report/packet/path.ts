/**
 * Path data for the page primitives, in page points (y down), in the two syntaxes the renderers write: SVG path data
 * (svg/svg.ts) and PDF path operators (pdfContent.ts, in the page's y-down frame). One geometry, two spellings, so the
 * two formats draw identical shapes. Arcs are written as cubic Béziers (≤ 90° each), which both formats draw the
 * same way.
 */
import type { ArcPrimitive, PagePoint } from './types.ts';

export const num = (n: number): string => {
  const s = String(Math.round(n * 1000) / 1000);
  return s === '-0' ? '0' : s;
};

const pt = (p: PagePoint) => `${num(p[0])} ${num(p[1])}`;

/** How a syntax spells the four path commands. */
interface Syntax {
  move(p: PagePoint): string;
  line(p: PagePoint): string;
  curve(c1: PagePoint, c2: PagePoint, p: PagePoint): string;
  readonly close: string;
}

const SVG: Syntax = {
  move: (p) => `M ${pt(p)}`,
  line: (p) => `L ${pt(p)}`,
  curve: (c1, c2, p) => `C ${pt(c1)} ${pt(c2)} ${pt(p)}`,
  close: 'Z',
};

/** ISO 32000-1 §8.5.2: operands first. */
const PDF: Syntax = {
  move: (p) => `${pt(p)} m`,
  line: (p) => `${pt(p)} l`,
  curve: (c1, c2, p) => `${pt(c1)} ${pt(c2)} ${pt(p)} c`,
  close: 'h',
};

function signedArea(ring: readonly PagePoint[]): number {
  let a = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i]!;
    const q = ring[(i + 1) % ring.length]!;
    a += p[0] * q[1] - q[0] * p[1];
  }
  return a / 2;
}

const run = (points: readonly PagePoint[], s: Syntax): string[] => points.map((p, i) => (i === 0 ? s.move(p) : s.line(p)));

/**
 * Closed rings as one path. Holes are turned against the outline, so the nonzero rule (PDF's `f`) and the even-odd
 * rule (the SVG's fill-rule) fill the same region.
 */
function rings(rs: readonly (readonly PagePoint[])[], s: Syntax): string {
  const outer = rs[0] ? Math.sign(signedArea(rs[0])) || 1 : 1;
  return rs
    .map((ring, i) => {
      const want = i === 0 ? outer : -outer;
      const r = Math.sign(signedArea(ring)) === want || signedArea(ring) === 0 ? ring : [...ring].reverse();
      return [...run(r, s), s.close].join(' ');
    })
    .join(' ');
}

/** An arc as Bézier segments of at most 90°. */
function arc(a0: Pick<ArcPrimitive, 'center' | 'radius' | 'start' | 'sweep'>, s: Syntax): string {
  const { center: c, radius: r } = a0;
  const pieces = Math.max(1, Math.ceil(Math.abs(a0.sweep) / 90 - 1e-9));
  const step = ((a0.sweep / pieces) * Math.PI) / 180;
  let a = (a0.start * Math.PI) / 180;
  const at = (t: number): PagePoint => [c[0] + r * Math.cos(t), c[1] + r * Math.sin(t)];
  const out = [s.move(at(a))];
  const h = (4 / 3) * Math.tan(step / 4) * r;
  for (let i = 0; i < pieces; i++) {
    const b = a + step;
    const p0 = at(a);
    const p3 = at(b);
    const c1: PagePoint = [p0[0] - h * Math.sin(a), p0[1] + h * Math.cos(a)];
    const c2: PagePoint = [p3[0] + h * Math.sin(b), p3[1] - h * Math.cos(b)];
    out.push(s.curve(c1, c2, p3));
    a = b;
  }
  return out.join(' ');
}

export const ringsPath = (rs: readonly (readonly PagePoint[])[]): string => rings(rs, SVG);
export const polylinePath = (points: readonly PagePoint[]): string => run(points, SVG).join(' ');
export const arcPath = (a: Pick<ArcPrimitive, 'center' | 'radius' | 'start' | 'sweep'>): string => arc(a, SVG);

export const pdfRings = (rs: readonly (readonly PagePoint[])[]): string => rings(rs, PDF);
export const pdfPolyline = (points: readonly PagePoint[]): string => run(points, PDF).join(' ');
export const pdfArc = (a: Pick<ArcPrimitive, 'center' | 'radius' | 'start' | 'sweep'>): string => arc(a, PDF);
