/**
 * Paper and drawing scales. A facility diagram is drawn to a standard architectural scale (the largest of 1/4, 3/16,
 * 1/8 and 1/16 in = 1 ft that fits), so the licensing representative can measure it with an architect's scale;
 * a facility too large for 1/16 on the chosen paper falls back to 1/32 and 1/64, and past that to a scale that just
 * fits, stated as such.
 */
import { formatLength } from '../../model/units.ts';
import type { DrawingScale, Orientation, Paper } from './types.ts';

/** Portrait sizes in points. */
export const PAPER_SIZES: Readonly<Record<Paper, readonly [number, number]>> = {
  letter: [612, 792],
  tabloid: [792, 1224],
};

export const PAPER_NAMES: Readonly<Record<Paper, string>> = { letter: 'Letter 8.5 x 11 in', tabloid: 'Tabloid 11 x 17 in' };

export function sheetSize(paper: Paper, orientation: Orientation): readonly [number, number] {
  const [w, h] = PAPER_SIZES[paper];
  return orientation === 'portrait' ? [w, h] : [h, w];
}

/** Paper inches per foot, as [numerator, denominator], largest first. */
const STANDARD: readonly (readonly [number, number])[] = [
  [1, 4],
  [3, 16],
  [1, 8],
  [3, 32],
  [1, 16],
];
const FALLBACK: readonly (readonly [number, number])[] = [
  [1, 32],
  [1, 64],
];

export const POINTS_PER_INCH = 72;

function fractionScale([n, d]: readonly [number, number], standard: boolean): DrawingScale {
  const paperInchesPerFoot = n / d;
  return {
    paperInchesPerFoot,
    pointsPerInch: (POINTS_PER_INCH * paperInchesPerFoot) / 12,
    label: `${n}/${d}" = 1'-0"`,
    standard,
  };
}

export const STANDARD_SCALES: readonly DrawingScale[] = STANDARD.map((f) => fractionScale(f, true));

/**
 * The largest standard scale at which a drawing `extent` (plan inches, width × height) fits `area` (points); the
 * fallbacks below 1/16; and when even 1/64 is too large, the exact scale that fits (label `1" = 85'-4"`).
 */
export function pickScale(extent: readonly [number, number], area: readonly [number, number]): DrawingScale {
  const fits = (s: DrawingScale) => extent[0] * s.pointsPerInch <= area[0] + 1e-9 && extent[1] * s.pointsPerInch <= area[1] + 1e-9;
  for (const s of STANDARD_SCALES) if (fits(s)) return s;
  for (const f of FALLBACK) {
    const s = fractionScale(f, false);
    if (fits(s)) return s;
  }
  return fitScale(extent, area);
}

/** The scale that just fits (posters and oversize plans): stated as 1 paper inch to so many feet and inches. */
export function fitScale(extent: readonly [number, number], area: readonly [number, number]): DrawingScale {
  const pointsPerInch = Math.max(1e-6, Math.min(area[0] / Math.max(extent[0], 1), area[1] / Math.max(extent[1], 1)));
  const planInchesPerPaperInch = POINTS_PER_INCH / pointsPerInch;
  return {
    paperInchesPerFoot: (pointsPerInch * 12) / POINTS_PER_INCH,
    pointsPerInch,
    label: `1" = ${formatLength(Math.round(planInchesPerPaperInch), { precision: 2 })}`,
    standard: false,
  };
}

/** Scale-bar step in feet: a round number giving 4 steps no longer than `maxLength` points. */
export function scaleBarStep(scale: DrawingScale, maxLength: number): number {
  const steps = [1, 2, 4, 5, 8, 10, 16, 20, 25, 40, 50, 100, 200, 250, 500, 1000];
  let best = steps[0]!;
  for (const s of steps) if (4 * s * 12 * scale.pointsPerInch <= maxLength) best = s;
  return best;
}
