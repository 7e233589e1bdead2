import type { Point } from './types.ts';

/*
 * Exact orientation predicate. Plan coordinates are user-snapped inches, so collinear and
 * touching configurations (walls meeting walls) are the common case, not the rare one; a plain
 * floating-point cross product gets their sign wrong often enough to misreport touching rooms.
 * We use a Shewchuk-style error-bound filter and only fall back to exact BigInt arithmetic when
 * the floating result is too close to zero to trust.
 */

// Shewchuk's ccwerrboundA = (3 + 16ε)ε with ε = 2^-53.
const CCW_ERRBOUND = (3 + 16 * 2 ** -53) * 2 ** -53;

const scratch = new DataView(new ArrayBuffer(8));

/** A finite double as mantissa·2^exponent with an integer mantissa. */
function decompose(x: number): { m: bigint; e: number } {
  if (x === 0) return { m: 0n, e: 0 };
  scratch.setFloat64(0, x);
  const hi = scratch.getUint32(0);
  const lo = scratch.getUint32(4);
  const negative = hi >>> 31 === 1;
  const expBits = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (expBits === 0) {
    e = -1074; // subnormal
  } else {
    m |= 1n << 52n;
    e = expBits - 1075;
  }
  return { m: negative ? -m : m, e };
}

function exactOrient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const parts = [ax, ay, bx, by, cx, cy].map(decompose);
  let minE = Infinity;
  for (const p of parts) if (p.m !== 0n && p.e < minE) minE = p.e;
  if (minE === Infinity) return 0;
  const v = parts.map((p) => (p.m === 0n ? 0n : p.m << BigInt(p.e - minE)));
  const [iax, iay, ibx, iby, icx, icy] = v as [bigint, bigint, bigint, bigint, bigint, bigint];
  const det = (iax - icx) * (iby - icy) - (iay - icy) * (ibx - icx);
  return det > 0n ? 1 : det < 0n ? -1 : 0;
}

/**
 * Sign of the cross product (b − a) × (c − a), computed exactly.
 * +1 when a→b→c turns counter-clockwise in math axes (y up), which is CLOCKWISE as drawn on
 * screen (y down); −1 for the opposite turn; 0 when exactly collinear.
 * Non-finite input yields 0 rather than throwing; callers validate coordinates upstream.
 */
export function orient2d(a: Point, b: Point, c: Point): -1 | 0 | 1 {
  const acx = a[0] - c[0];
  const bcy = b[1] - c[1];
  const acy = a[1] - c[1];
  const bcx = b[0] - c[0];
  const detLeft = acx * bcy;
  const detRight = acy * bcx;
  const det = detLeft - detRight;
  const bound = CCW_ERRBOUND * (Math.abs(detLeft) + Math.abs(detRight));
  if (det > bound) return 1;
  if (-det > bound) return -1;
  if (!Number.isFinite(det)) return 0;
  // Axis-aligned walls make this the hot path; a zero difference is exact (no rounding), so both
  // products being structurally zero proves collinearity without BigInt.
  if ((acx === 0 || bcy === 0) && (acy === 0 || bcx === 0)) return 0;
  return exactOrient(a[0], a[1], b[0], b[1], c[0], c[1]) as -1 | 0 | 1;
}

/** Exact coordinate equality; plan vertices are shared by identity of value, not tolerance. */
export function samePoint(p: Point, q: Point): boolean {
  return p[0] === q[0] && p[1] === q[1];
}
