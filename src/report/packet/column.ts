/**
 * A column of poster text (headings, paragraphs, blanks to fill in, numbered steps, route keys) set at the largest
 * size that fits its box.
 */
import { textWidth, wrapText } from './metrics.ts';
import { BLACK, DARK, GRAY, Sheet, stroke } from './sheet.ts';
import type { Color } from './types.ts';

export type Block =
  | { readonly kind: 'heading'; readonly text: string; readonly color?: Color }
  | { readonly kind: 'para'; readonly text: string; readonly bold?: boolean; readonly color?: Color; readonly small?: boolean }
  /** "Fire department: ________" — a label and a line to write on, or the value when known. */
  | { readonly kind: 'blank'; readonly label: string; readonly value?: string; readonly bold?: boolean }
  | { readonly kind: 'steps'; readonly items: readonly string[] }
  /** A route key: its line style drawn at the left, the text beside it. */
  | { readonly kind: 'key'; readonly text: string; readonly draw: (sheet: Sheet, x: number, y: number, w: number) => void }
  | { readonly kind: 'gap'; readonly size: number };

function render(sheet: Sheet, x: number, y: number, w: number, size: number, blocks: readonly Block[]): number {
  const lead = size * 1.25;
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        y += size * 0.5;
        sheet.text([x, y + size + 1], b.text.toUpperCase(), { size: size + 1, weight: 'bold', color: b.color ?? BLACK });
        y += size + 1 + 3;
        sheet.line([x, y], [x + w, y], stroke(0.6, b.color ?? BLACK));
        y += 3;
        break;
      case 'para': {
        const s = b.small ? size * 0.85 : size;
        y = sheet.paragraph(x, y, w, b.text, { size: s, weight: b.bold ? 'bold' : 'normal', color: b.color ?? (b.small ? GRAY : BLACK), leading: s * 1.25 });
        break;
      }
      case 'blank': {
        const label = `${b.label}:`;
        const lines = wrapText(label, w * 0.6, size, b.bold ? 'bold' : 'normal');
        lines.forEach((l, i) => sheet.text([x, y + size + i * lead], l, { size, weight: b.bold ? 'bold' : 'normal' }));
        const last = lines[lines.length - 1]!;
        const lx = x + Math.min(w * 0.6, textWidth(last, size, b.bold ? 'bold' : 'normal')) + 4;
        const baseline = y + size + (lines.length - 1) * lead;
        if (b.value) sheet.text([lx, baseline], b.value, { size, weight: 'bold' });
        else sheet.line([lx, baseline + 1], [x + w, baseline + 1], stroke(0.5, GRAY));
        y += lines.length * lead + size * 0.3;
        break;
      }
      case 'steps':
        b.items.forEach((item, i) => {
          sheet.text([x, y + size], `${i + 1}.`, { size, weight: 'bold' });
          y = sheet.paragraph(x + size * 1.3, y, w - size * 1.3, item, { size, color: DARK, leading: lead }) + size * 0.15;
        });
        break;
      case 'key': {
        b.draw(sheet, x, y + size * 0.6, 26);
        y = sheet.paragraph(x + 32, y, w - 32, b.text, { size, leading: lead }) + size * 0.2;
        break;
      }
      case 'gap':
        y += b.size;
        break;
    }
  }
  return y;
}

/** A sheet that only measures: the sizes a column tries before the one that fits draw nothing (200 posters try ~10 each). */
class Measure extends Sheet {
  override line(): void {}
  override polyline(): void {}
  override polygon(): void {}
  override arc(): void {}
  override circle(): void {}
  override text(): void {}
}

/** Sets the blocks in the box at the largest size from `max` down to `min` that fits; returns the size used. */
export function drawColumn(sheet: Sheet, x: number, y: number, w: number, h: number, blocks: readonly Block[], max = 9, min = 5.5): number {
  const measure = new Measure(sheet.width, sheet.height);
  let size = max;
  while (size >= min && render(measure, x, y, w, size, blocks) - y > h) size -= 0.25;
  if (size < min) size = min;
  render(sheet, x, y, w, size, blocks);
  return size;
}
