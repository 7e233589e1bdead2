/**
 * The room key of a facility diagram: the figures of the rooms whose label does not fit them at the drawing's scale
 * (roomLabels.ts), one line per numbered room, under the drawing on the same sheet.
 */
import { truncate } from './metrics.ts';
import { BLACK, DARK, GRAY, Sheet, WHITE, stroke } from './sheet.ts';
import type { RoomFigures } from './roomLabels.ts';
import { SHELTER_COLOR } from './roomLabels.ts';

export interface KeyRow {
  readonly n: number;
  readonly id: string;
  readonly figures: RoomFigures;
}

const TEXT = 6.5;
const ROW_H = 8.5;
const HEAD_H = 21;
/** One column of the key needs this much width; a wide sheet takes two side by side. */
const COLUMN_MIN_W = 330;
const GUTTER = 12;

export const keyColumns = (width: number, count: number): number => (count > 4 && width - 12 >= 2 * COLUMN_MIN_W + GUTTER ? 2 : 1);

/** Height of the key's box for `count` rooms in `width` points; 0 for none. */
export function roomKeyHeight(count: number, width: number): number {
  if (count === 0) return 0;
  return HEAD_H + Math.ceil(count / keyColumns(width, count)) * ROW_H + 4;
}

/** How many rooms a key of `width` × at most `height` points holds. */
export function keyCapacity(width: number, height: number): number {
  const perColumn = Math.max(0, Math.floor((height - HEAD_H - 4) / ROW_H));
  const two = perColumn * 2;
  return two > 4 && keyColumns(width, two) === 2 ? two : perColumn;
}

/** Column x offsets as fractions of a key column: No., Room, Use, Inside dimensions, Area. */
const COLS = [0, 0.06, 0.34, 0.6, 0.8] as const;
const HEADERS = ['No.', 'Room', 'Use', 'Inside dimensions', 'Sq ft, usable'] as const;

/** The key's box with its rows; `more`: the key goes on over the page (a sentence says where). */
export function drawRoomKey(sheet: Sheet, x: number, y: number, w: number, rows: readonly KeyRow[], more?: string): number {
  if (rows.length === 0) return 0;
  const h = roomKeyHeight(rows.length, w);
  const cols = keyColumns(w, rows.length);
  // One column reads best at about a column's width, not stretched across a Tabloid sheet.
  w = cols === 1 ? Math.min(w, 2 * COLUMN_MIN_W) : w;
  sheet.rect(x, y, w, h, { fill: WHITE, stroke: stroke(0.7, BLACK) }, 'room-key');
  sheet.text([x + 6, y + 9], 'ROOM KEY', { size: 5.5, weight: 'bold', color: GRAY });
  const note = `Rooms numbered on the drawing, too small to carry their figures at this scale. Inside faces, wall to wall.${more ? ` ${more}` : ''}`;
  sheet.text([x + 40, y + 9], truncate(note, w - 46, 5.5), { size: 5.5, color: more ? BLACK : GRAY });
  const perColumn = Math.ceil(rows.length / cols);
  const cw = (w - 12 - (cols - 1) * GUTTER) / cols;
  for (let c = 0; c < cols; c++) {
    const cx = x + 6 + c * (cw + GUTTER);
    HEADERS.forEach((head, i) => sheet.text([cx + COLS[i]! * cw, y + 18], head.toUpperCase(), { size: 5, weight: 'bold', color: GRAY }));
    sheet.line([cx, y + HEAD_H - 1], [cx + cw, y + HEAD_H - 1], stroke(0.4, GRAY));
    rows.slice(c * perColumn, (c + 1) * perColumn).forEach((row, r) => {
      const by = y + HEAD_H + r * ROW_H + TEXT;
      const f = row.figures;
      const cell = (i: number, text: string, bold = false, color = DARK) => {
        const width = ((COLS[i + 1] ?? 1) - COLS[i]!) * cw - 4;
        sheet.text([cx + COLS[i]! * cw, by], truncate(text, width, TEXT, bold ? 'bold' : 'normal'), { size: TEXT, weight: bold ? 'bold' : 'normal', color }, `room-key:${row.id}`);
      };
      cell(0, String(row.n), true, BLACK);
      cell(1, f.name, true, BLACK);
      cell(2, f.shelter ? `Tornado shelter; ${f.use}` : f.use, false, f.shelter ? SHELTER_COLOR : DARK);
      cell(3, f.dimensions);
      cell(4, f.area.replace(' sq ft, usable ', ', ').replace(' sq ft', ''));
    });
  }
  return h;
}
