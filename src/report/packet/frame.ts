/** The furniture of a drawing sheet: border, title block, scale bar, north arrow and legend. */
import { fitSize, textWidth, truncate } from './metrics.ts';
import { scaleBarStep } from './scale.ts';
import { BLACK, DARK, GRAY, Sheet, WHITE, stroke } from './sheet.ts';
import type { DrawingScale } from './types.ts';

export const MARGIN = 36;

export interface TitleInfo {
  /** "FACILITY DIAGRAM" */
  readonly heading: string;
  /** The rule the sheet answers: "5 CSR 25-500.042(4)(A)". */
  readonly citation: string;
  readonly facility: string;
  readonly address?: string;
  readonly phone?: string;
  /** "Child care center, new licence, not sprinklered". */
  readonly facts: string;
  /** Caption and value of the second cell's first field ("LEVEL", "Main floor"). */
  readonly subject: readonly [caption: string, value: string];
  readonly date: string;
  readonly preparedBy?: string;
  readonly note?: string;
}

export function drawBorder(sheet: Sheet): void {
  sheet.rect(MARGIN, MARGIN, sheet.width - 2 * MARGIN, sheet.height - 2 * MARGIN, { stroke: stroke(1, BLACK) }, 'border');
}

export function drawNorthArrow(sheet: Sheet, cx: number, cy: number, size: number): void {
  // Plan y grows south, so north is up the sheet.
  const top: [number, number] = [cx, cy - size / 2];
  const left: [number, number] = [cx - size * 0.28, cy + size / 2];
  const right: [number, number] = [cx + size * 0.28, cy + size / 2];
  const notch: [number, number] = [cx, cy + size * 0.22];
  sheet.polygon([[top, right, notch]], { fill: BLACK, stroke: stroke(0.6, BLACK) }, 'north-arrow');
  sheet.polygon([[top, notch, left]], { fill: WHITE, stroke: stroke(0.6, BLACK) }, 'north-arrow');
  sheet.text([cx, cy - size / 2 - 3], 'N', { size: 9, weight: 'bold', anchor: 'middle' }, 'north-arrow');
}

/** A bar of four equal steps of a round number of feet, alternately black and white; returns its length. */
export function drawScaleBar(sheet: Sheet, x: number, y: number, maxLength: number, scale: DrawingScale): number {
  const stepFt = scaleBarStep(scale, maxLength);
  const step = stepFt * 12 * scale.pointsPerInch;
  const h = 4;
  for (let i = 0; i < 4; i++) sheet.rect(x + i * step, y, step, h, { fill: i % 2 === 0 ? BLACK : WHITE, stroke: stroke(0.5, BLACK) }, `scale-bar:${stepFt}ft`);
  for (const i of [0, 1, 2, 4]) sheet.text([x + i * step, y + h + 7], i === 0 ? '0' : `${i * stepFt}'`, { size: 6, anchor: 'middle' }, 'scale-bar-label');
  return 4 * step;
}

export function drawTitleBlock(sheet: Sheet, x: number, y: number, w: number, h: number, info: TitleInfo, scale: DrawingScale | null): void {
  sheet.rect(x, y, w, h, { fill: WHITE, stroke: stroke(1, BLACK) }, 'title-block');
  const widths = [0.4, 0.24, 0.24].map((f) => w * f);
  const xs = [x, x + widths[0]!, x + widths[0]! + widths[1]!, x + widths[0]! + widths[1]! + widths[2]!];
  for (const cx of xs.slice(1)) sheet.line([cx, y], [cx, y + h], stroke(0.7, BLACK));
  const pad = 6;

  // Cell A: what the sheet is and whose.
  const aw = widths[0]! - 2 * pad;
  let ty = y + pad + 8;
  sheet.text([x + pad, ty], truncate(info.heading, aw, 8.5, 'bold'), { size: 8.5, weight: 'bold' }, 'title');
  ty += 8;
  sheet.text([x + pad, ty], truncate(info.citation, aw, 6), { size: 6, color: GRAY });
  const nameSize = fitSize(info.facility, aw, 12, 6.5, 'bold');
  ty += nameSize + 5;
  sheet.text([x + pad, ty], truncate(info.facility, aw, nameSize, 'bold'), { size: nameSize, weight: 'bold' }, 'facility');
  if (info.address || info.phone) {
    ty += 10;
    // The telephone is never the part cut short: the address gives way to it.
    const phone = info.phone ? `Tel. ${info.phone}` : '';
    const phoneW = phone ? textWidth(phone, 7.5, 'bold') : 0;
    const gap = info.address && phone ? 10 : 0;
    const address = info.address ? truncate(info.address, Math.max(aw - phoneW - gap, 40), 7.5) : '';
    if (address) sheet.text([x + pad, ty], address, { size: 7.5 }, 'address');
    if (phone) sheet.text([x + pad + (address ? textWidth(address, 7.5) + gap : 0), ty], truncate(phone, aw, 7.5, 'bold'), { size: 7.5, weight: 'bold' }, 'phone');
  }
  ty += 9;
  sheet.text([x + pad, ty], truncate(info.facts, aw, 6.5), { size: 6.5, color: DARK });
  if (info.note && ty + 9 <= y + h - 3) sheet.text([x + pad, ty + 8.5], truncate(info.note, aw, 5.5), { size: 5.5, color: GRAY });

  // Cell B: level, date, prepared by.
  const bx = xs[1]! + pad;
  const bw = widths[1]! - 2 * pad;
  let by = y + pad - 1;
  by = sheet.field(bx, by, bw, info.subject[0], info.subject[1], 9);
  by = sheet.field(bx, by, bw, 'Date', info.date, 8);
  if (info.preparedBy) sheet.field(bx, by, bw, 'Prepared by', info.preparedBy, 8);
  else {
    sheet.text([bx, by + 5.5], 'PREPARED BY', { size: 5.5, color: GRAY, weight: 'bold' });
    sheet.line([bx, by + 16], [bx + bw, by + 16], stroke(0.5, GRAY));
  }

  // Cell C: the stated scale and the bar.
  const cx = xs[2]! + pad;
  const cw = widths[2]! - 2 * pad;
  sheet.text([cx, y + pad + 4.5], 'SCALE', { size: 5.5, color: GRAY, weight: 'bold' });
  if (scale) {
    const size = fitSize(scale.label, cw, 11, 6, 'bold');
    sheet.text([cx, y + pad + 17], scale.label, { size, weight: 'bold' }, 'scale-label');
    drawScaleBar(sheet, cx, y + pad + 25, cw - 8, scale);
    const note = scale.standard ? 'Feet; measure with an architect\'s scale' : 'Not a standard architect\'s scale';
    sheet.text([cx, y + h - pad], truncate(note, cw, 5.5), { size: 5.5, color: GRAY });
  } else {
    sheet.text([cx, y + pad + 17], 'Not to scale', { size: 9, weight: 'bold' });
  }

  // Cell D: north.
  const dw = w - (xs[3]! - x);
  drawNorthArrow(sheet, xs[3]! + dw / 2, y + h / 2 + 5, Math.min(h - 26, dw - 20, 34));
}

export interface LegendEntry {
  readonly label: string;
  /** Draws the symbol in the box (x, y, w, h). */
  readonly symbol: (sheet: Sheet, x: number, y: number, w: number, h: number) => void;
}

const SYMBOL_W = 22;
const SYMBOL_H = 10;
const ROW_H = 14;
const LEGEND_TEXT = 6.5;

function legendRows(entries: readonly LegendEntry[], width: number): LegendEntry[][] {
  const rows: LegendEntry[][] = [[]];
  let used = 0;
  for (const e of entries) {
    const w = SYMBOL_W + 4 + textWidth(e.label, LEGEND_TEXT) + 12;
    if (used + w > width && rows[rows.length - 1]!.length) {
      rows.push([]);
      used = 0;
    }
    rows[rows.length - 1]!.push(e);
    used += w;
  }
  return rows;
}

export const legendHeight = (entries: readonly LegendEntry[], width: number): number => 12 + legendRows(entries, width - 12).length * ROW_H + 2;

export function drawLegend(sheet: Sheet, x: number, y: number, w: number, entries: readonly LegendEntry[]): number {
  const rows = legendRows(entries, w - 12);
  const h = 12 + rows.length * ROW_H + 2;
  sheet.rect(x, y, w, h, { fill: WHITE, stroke: stroke(0.7, BLACK) }, 'legend');
  sheet.text([x + 6, y + 9], 'LEGEND', { size: 5.5, weight: 'bold', color: GRAY });
  rows.forEach((row, i) => {
    let cx = x + 6;
    const cy = y + 12 + i * ROW_H;
    for (const e of row) {
      e.symbol(sheet, cx, cy + 1, SYMBOL_W, SYMBOL_H);
      sheet.text([cx + SYMBOL_W + 4, cy + 8.5], e.label, { size: LEGEND_TEXT }, 'legend-label');
      cx += SYMBOL_W + 4 + textWidth(e.label, LEGEND_TEXT) + 12;
    }
  });
  return h;
}
