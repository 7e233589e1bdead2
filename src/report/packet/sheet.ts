/** A sheet being laid out: collects primitives in page points, with the few shapes every page draws. */
import { printable, textWidth, wrapText } from './metrics.ts';
import type { Color, FontWeight, PagePoint, Primitive, Stroke, TextAnchor } from './types.ts';

export const BLACK: Color = [0, 0, 0];
export const WHITE: Color = [1, 1, 1];
export const DARK: Color = [0.2, 0.2, 0.2];
export const GRAY: Color = [0.45, 0.45, 0.45];
export const LIGHT: Color = [0.82, 0.82, 0.82];
export const PALE: Color = [0.93, 0.93, 0.93];
export const RED: Color = [0.78, 0.05, 0.05];
export const GREEN: Color = [0, 0.5, 0.18];
export const BLUE: Color = [0.05, 0.3, 0.75];
export const ORANGE: Color = [0.9, 0.45, 0];
export const YELLOW: Color = [1, 0.96, 0.62];

export interface TextStyle {
  readonly size: number;
  readonly weight?: FontWeight;
  readonly anchor?: TextAnchor;
  readonly color?: Color;
  readonly rotate?: number;
}

export interface ShapeStyle {
  readonly fill?: Color;
  readonly fillOpacity?: number;
  readonly stroke?: Stroke;
}

export const stroke = (width: number, color: Color = BLACK, dash?: readonly number[]): Stroke => (dash ? { color, width, dash } : { color, width });

export class Sheet {
  readonly primitives: Primitive[] = [];

  constructor(
    readonly width: number,
    readonly height: number,
  ) {}

  line(from: PagePoint, to: PagePoint, s: Stroke, tag?: string): void {
    this.primitives.push({ kind: 'line', from, to, stroke: s, ...(tag ? { tag } : {}) });
  }

  polyline(points: readonly PagePoint[], s: Stroke, tag?: string): void {
    if (points.length >= 2) this.primitives.push({ kind: 'polyline', points, stroke: s, ...(tag ? { tag } : {}) });
  }

  polygon(rings: readonly (readonly PagePoint[])[], style: ShapeStyle, tag?: string): void {
    const kept = rings.filter((r) => r.length >= 3);
    if (kept.length === 0) return;
    this.primitives.push({
      kind: 'polygon',
      rings: kept,
      ...(style.fill ? { fill: style.fill } : {}),
      ...(style.fillOpacity !== undefined ? { fillOpacity: style.fillOpacity } : {}),
      ...(style.stroke ? { stroke: style.stroke } : {}),
      ...(tag ? { tag } : {}),
    });
  }

  rect(x: number, y: number, w: number, h: number, style: ShapeStyle, tag?: string): void {
    this.polygon([[[x, y], [x + w, y], [x + w, y + h], [x, y + h]]], style, tag);
  }

  arc(center: PagePoint, radius: number, start: number, sweep: number, s: Stroke, tag?: string): void {
    this.primitives.push({ kind: 'arc', center, radius, start, sweep, stroke: s, ...(tag ? { tag } : {}) });
  }

  circle(center: PagePoint, radius: number, style: { fill?: Color; stroke?: Stroke }, tag?: string): void {
    this.primitives.push({ kind: 'circle', center, radius, ...(style.fill ? { fill: style.fill } : {}), ...(style.stroke ? { stroke: style.stroke } : {}), ...(tag ? { tag } : {}) });
  }

  text(at: PagePoint, text: string, style: TextStyle, tag?: string): void {
    const t = printable(text);
    if (!t.trim()) return;
    this.primitives.push({
      kind: 'text',
      at,
      text: t,
      size: style.size,
      weight: style.weight ?? 'normal',
      anchor: style.anchor ?? 'start',
      ...(style.color ? { color: style.color } : {}),
      ...(style.rotate ? { rotate: style.rotate } : {}),
      ...(tag ? { tag } : {}),
    });
  }

  /** Wrapped text from the top-left (x, y); returns the y below the last line. */
  paragraph(x: number, y: number, width: number, text: string, style: TextStyle & { leading?: number }, tag?: string): number {
    const leading = style.leading ?? style.size * 1.25;
    const lines = wrapText(text, width, style.size, style.weight ?? 'normal');
    lines.forEach((line, i) => this.text([x, y + style.size + i * leading], line, style, tag));
    return y + lines.length * leading + (leading - style.size) * 0.5;
  }

  /** An arrowhead at `tip` pointing along from → tip. */
  arrowhead(from: PagePoint, tip: PagePoint, size: number, color: Color, tag?: string): void {
    const dx = tip[0] - from[0];
    const dy = tip[1] - from[1];
    const len = Math.hypot(dx, dy) || 1;
    const ux = dx / len;
    const uy = dy / len;
    const back: PagePoint = [tip[0] - ux * size, tip[1] - uy * size];
    this.polygon(
      [[tip, [back[0] - uy * size * 0.5, back[1] + ux * size * 0.5], [back[0] + uy * size * 0.5, back[1] - ux * size * 0.5]]],
      { fill: color },
      tag,
    );
  }

  /** A caption/value pair stacked in a title-block cell: returns the y below. */
  field(x: number, y: number, width: number, caption: string, value: string, valueSize = 9): number {
    this.text([x, y + 5.5], caption.toUpperCase(), { size: 5.5, color: GRAY, weight: 'bold' });
    const size = Math.min(valueSize, Math.max(5, width / Math.max(1, textWidth(printable(value), 1, 'bold'))));
    this.text([x, y + 6.5 + size + 1], value, { size, weight: 'bold' });
    return y + 6.5 + size + 4;
  }
}

export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The box one line of text covers, from its baseline anchor point. */
export function textBox(at: PagePoint, width: number, size: number, anchor: TextAnchor): Box {
  const x0 = anchor === 'middle' ? at[0] - width / 2 : anchor === 'end' ? at[0] - width : at[0];
  return { x0, y0: at[1] - size * 0.8, x1: x0 + width, y1: at[1] + size * 0.25 };
}

/** Keeps labels from landing on one another: each takes the first candidate position that is still free. */
export class LabelPlacer {
  private readonly taken: Box[] = [];

  reserve(b: Box): void {
    this.taken.push(b);
  }

  free(b: Box, pad = 1): boolean {
    return this.taken.every((t) => b.x1 + pad <= t.x0 || t.x1 + pad <= b.x0 || b.y1 + pad <= t.y0 || t.y1 + pad <= b.y0);
  }

  /** The index of the first free candidate (now reserved), or -1. */
  place(candidates: readonly Box[]): number {
    const i = candidates.findIndex((c) => this.free(c));
    if (i >= 0) this.reserve(candidates[i]!);
    return i;
  }

  /** The first free candidate, else the one overlapping the least; reserved either way. */
  placeBest(candidates: readonly Box[]): number {
    const i = this.place(candidates);
    if (i >= 0) return i;
    let best = 0;
    let least = Infinity;
    candidates.forEach((c, k) => {
      let overlap = 0;
      for (const t of this.taken) overlap += Math.max(0, Math.min(c.x1, t.x1) - Math.max(c.x0, t.x0)) * Math.max(0, Math.min(c.y1, t.y1) - Math.max(c.y0, t.y0));
      if (overlap < least - 1e-9) [best, least] = [k, overlap];
    });
    this.reserve(candidates[best]!);
    return best;
  }
}
