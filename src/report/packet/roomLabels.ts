/**
 * What a room's label on the facility diagram says, and whether it fits the room at a size a reviewer can read.
 *
 * Why a room key rather than smaller type or more sheets: 500.042(4)(A) asks for "the arrangement of the rooms" with
 * the toilets, handwashing, kitchen, office and doors, and the licensing representative checks the figures against
 * the building with an architect's scale. A large center on Letter paper only fits at 1/16" = 1'-0", where a 12' x 19'
 * staff lounge is 3/4" x 1-1/4" on the sheet: its name, use, dimensions and areas would have to be set at 3-4 pt,
 * which prints as a grey smudge. The drafting convention for that is a numbered room tag and a room schedule on the
 * same sheet, so that is what a room too small for its label gets: its number (and its name, when the name alone
 * fits at the readable size) on the plan, and every figure in the room key under the drawing. The level stays on one
 * sheet at a standard scale (a level split over two sheets at match lines would have to be put back together to see
 * how the rooms connect, and the rooms on the line would be cut in half), and the stated scale stays true.
 */
import { pointInRing } from '../../geometry/index.ts';
import type { Point, Ring } from '../../geometry/types.ts';
import { groupedNumber } from '../../model/numbers.ts';
import type { RoomRow } from '../types.ts';
import { textWidth } from './metrics.ts';
import type { Color, FontWeight } from './types.ts';

/**
 * The smallest type set on a facility diagram's rooms, points. 6 pt is about the 3/32" (6.75 pt) lettering drafting
 * standards ask of drawings that are reproduced, less the margin Helvetica's large x-height allows; below it a
 * label goes to the room key.
 */
export const READABLE_SIZE = 6;
/** The sizes a room label is tried at, largest first. */
export const LABEL_SIZES: readonly number[] = [8, 7.5, 7, 6.5, 6];

/** The tornado shelter's mark: purple, a colour no other symbol of the sheets uses. */
export const SHELTER_COLOR: Color = [0.42, 0.16, 0.6];
export const SHELTER_FILL: Color = [0.93, 0.89, 0.97];
export const SHELTER_LABEL = 'TORNADO SHELTER';

export interface LabelLine {
  readonly text: string;
  readonly bold?: boolean;
  readonly color?: Color;
}

/** Line 0 (the name) is set half a point larger than the rest. */
export function blockSize(lines: readonly LabelLine[], size: number): { w: number; h: number } {
  const nameSize = size + 0.5;
  const w = Math.max(...lines.map((l, i) => textWidth(l.text, i === 0 ? nameSize : size, weightOf(l, i))));
  const h = nameSize * 1.15 + (lines.length - 1) * size * 1.18;
  return { w, h };
}

export const weightOf = (l: LabelLine, i: number): FontWeight => (i === 0 || l.bold ? 'bold' : 'normal');

/**
 * A box of w × h page points centred at `at` (plan inches) at k points per inch lies inside the room: its corners
 * inside the ring and no corner of the ring inside it (an L-shaped room's notch).
 */
export function boxInRoom(ring: Ring, at: Point, w: number, h: number, k: number): boolean {
  const hw = w / 2 / k;
  const hh = h / 2 / k;
  const [x0, x1, y0, y1] = [at[0] - hw, at[0] + hw, at[1] - hh, at[1] + hh];
  const corners: Point[] = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
  if (corners.some((c) => pointInRing(c, ring) !== 'inside')) return false;
  return ring.every(([x, y]) => x <= x0 || x >= x1 || y <= y0 || y >= y1);
}

/** The margin kept between a label and the walls, points (each side). */
const PAD_W = 2;
const PAD_H = 1.5;

type Fit = { lines: readonly LabelLine[]; size: number } | null;
/** Fits already found, per ring: every poster of a level labels the same rooms at the same scale. */
const fits = new WeakMap<Ring, Map<string, Fit>>();

/** The first of the sets, at the largest of the sizes, that fits the room around `at`; null when none does. */
export function fitLabel(ring: Ring, at: Point, k: number, sets: readonly (readonly LabelLine[])[], sizes: readonly number[]): Fit {
  const key = `${k}|${at[0]},${at[1]}|${sizes.join(',')}|${sets.map((l) => l.map((x) => `${x.text}${x.bold ? '*' : ''}`).join('\n')).join('\t')}`;
  const known = fits.get(ring) ?? fits.set(ring, new Map()).get(ring)!;
  if (known.has(key)) return known.get(key)!;
  const fit = findFit(ring, at, k, sets, sizes);
  known.set(key, fit);
  return fit;
}

function findFit(ring: Ring, at: Point, k: number, sets: readonly (readonly LabelLine[])[], sizes: readonly number[]): Fit {
  for (const lines of sets) {
    for (const size of sizes) {
      const { w, h } = blockSize(lines, size);
      if (boxInRoom(ring, at, w + 2 * PAD_W, h + 2 * PAD_H, k)) return { lines, size };
    }
  }
  return null;
}

const oneDecimal = (n: number) => groupedNumber(n, 1);

/** "376.0 sq ft, usable 353.8" (usable only for rooms that count toward capacity). */
export function areaLine(row: RoomRow | undefined): string {
  if (!row) return '';
  return row.usableSqFt > 0 ? `${oneDecimal(row.areaSqFt)} sq ft, usable ${oneDecimal(row.usableSqFt)}` : `${oneDecimal(row.areaSqFt)} sq ft`;
}

export interface RoomFigures {
  readonly name: string;
  readonly use: string;
  readonly dimensions: string;
  readonly area: string;
  readonly equipment: string;
  readonly shelter: boolean;
}

/**
 * The label of the facility diagram, most to least: everything; then without the fixture count (the fixtures are
 * drawn, with their symbols in the legend). Name, use, dimensions and areas are never dropped: a room whose label
 * cannot carry them at the readable size goes to the room key instead.
 */
export function fullLabelSets(f: RoomFigures): LabelLine[][] {
  const figures: LabelLine[] = [{ text: f.use }, { text: f.dimensions }, ...(f.area ? [{ text: f.area }] : [])];
  const sets: LabelLine[][] = [];
  for (const shelter of f.shelter ? shelterLines() : [[]]) {
    for (const name of nameLines(f.name)) {
      const core = [...name, ...shelter, ...figures];
      if (f.equipment) sets.push([...core, { text: f.equipment }]);
      sets.push(core);
    }
  }
  return sets;
}

/** The shelter's mark in a label: on one line, else on two. */
export function shelterLines(): LabelLine[][] {
  const line = (text: string): LabelLine => ({ text, bold: true, color: SHELTER_COLOR });
  return [[line(SHELTER_LABEL)], SHELTER_LABEL.split(' ').map(line)];
}

/** A room name on one line, then broken in two at the space that balances the lines ("Toddler Room" / "(Bluebirds)"). */
export function nameLines(name: string): LabelLine[][] {
  const one: LabelLine[][] = [[{ text: name }]];
  const words = name.split(' ');
  if (words.length < 2) return one;
  let best: [string, string] | null = null;
  let widest = Infinity;
  for (let i = 1; i < words.length; i++) {
    // A line does not start with a joining mark ("Dry Storage /" + "Pantry", not "/ Pantry").
    if (/^[/&+-]$/.test(words[i]!)) continue;
    const pair: [string, string] = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const w = Math.max(textWidth(pair[0], 1, 'bold'), textWidth(pair[1], 1, 'bold'));
    if (w < widest) [best, widest] = [pair, w];
  }
  return best ? [...one, [{ text: best[0] }, { text: best[1], bold: true, color: [0, 0, 0] }]] : one;
}

/** The rooms whose full label does not fit at the readable size at k points per inch. */
export function roomsNeedingKey<R>(rooms: readonly R[], figures: (r: R) => RoomFigures, spot: (r: R) => { ring: Ring; at: Point }, k: number): R[] {
  return rooms.filter((r) => {
    const { ring, at } = spot(r);
    return fitLabel(ring, at, k, fullLabelSets(figures(r)), LABEL_SIZES) === null;
  });
}

/**
 * Key numbers in reading order, the way a reviewer scans the sheet: by rows from the top (a room's row is its label
 * point's y, rounded to `rowBand` plan inches so rooms side by side share a row), then left to right.
 */
export function keyNumbers(rooms: readonly { readonly id: string; readonly at: Point }[], rowBand = 120): Map<string, number> {
  const sorted = [...rooms].sort((a, b) => {
    const ra = Math.floor(a.at[1] / rowBand);
    const rb = Math.floor(b.at[1] / rowBand);
    return ra !== rb ? ra - rb : a.at[0] - b.at[0];
  });
  return new Map(sorted.map((r, i) => [r.id, i + 1]));
}
