/**
 * Text measuring for page layout, with the widths of the PDF standard fonts Helvetica and Helvetica-Bold (Adobe
 * AFM, 1/1000 em), so the layout is computed once and the PDF (which embeds nothing: StandardFonts, searchable text)
 * and the SVG (font-family Helvetica, Arial) agree on it.
 */
import type { FontWeight } from './types.ts';

// Widths of the printable ASCII characters 32..126.
// prettier-ignore
const HELVETICA = [278,278,355,556,556,889,667,191,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,278,278,584,584,584,556,1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,667,778,722,667,611,722,667,944,667,667,611,278,278,278,469,556,333,556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,556,556,333,500,278,556,500,722,500,500,500,334,260,334,584];
// prettier-ignore
const HELVETICA_BOLD = [278,333,474,556,556,889,722,238,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,333,333,584,584,584,611,975,722,722,722,722,667,611,778,722,278,556,722,611,833,722,778,667,778,722,667,611,722,667,944,667,667,611,333,278,333,584,556,333,556,611,556,611,556,333,611,611,278,278,556,278,889,611,611,611,611,389,556,333,611,556,778,556,556,500,389,280,389,584];

/** Widths of the non-ASCII WinAnsi characters the packet uses (same in both weights unless listed twice). */
const EXTRA: Readonly<Record<string, readonly [normal: number, bold: number]>> = {
  '\u00a0': [278, 278],
  '§': [556, 556],
  '°': [400, 400],
  '±': [584, 584],
  '²': [333, 333],
  '×': [584, 584],
  '½': [834, 834],
  '¼': [834, 834],
  '¾': [834, 834],
  '–': [556, 556],
  '—': [1000, 1000],
  '‘': [222, 278],
  '’': [222, 278],
  '“': [333, 500],
  '”': [333, 500],
  '•': [350, 350],
  '…': [1000, 1000],
  '·': [278, 278],
  é: [556, 556],
};

/** Characters outside WinAnsi that the engine's messages may carry, spelled with ones inside it. */
const SUBSTITUTES: Readonly<Record<string, string>> = {
  '≤': '<=',
  '≥': '>=',
  '→': '->',
  '←': '<-',
  '′': "'",
  '″': '"',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '✓': 'x',
  '✔': 'x',
  '✗': 'x',
  '≈': '~',
  '⅓': '1/3',
  '⅔': '2/3',
  '\t': ' ',
  '\n': ' ',
  '\r': ' ',
};

const PLAIN = /^[\x20-\x7e]*$/;

/**
 * The text as the standard fonts can print it (WinAnsi): known symbols spelled out, anything else unknown as `?`.
 * The page model holds only printable text, so the PDF never refuses a string and both renderers show the same.
 */
export function printable(text: string): string {
  // Nearly all text is plain ASCII already: every label of every poster comes through here.
  if (PLAIN.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 32 && code <= 126) out += ch;
    else if (ch in EXTRA) out += ch;
    else if (ch in SUBSTITUTES) out += SUBSTITUTES[ch];
    else if (code >= 0xa0 && code <= 0xff) out += ch;
    else out += '?';
  }
  return out;
}

function charWidth(ch: string, weight: FontWeight): number {
  const code = ch.codePointAt(0)!;
  if (code >= 32 && code <= 126) return (weight === 'bold' ? HELVETICA_BOLD : HELVETICA)[code - 32]!;
  const extra = EXTRA[ch];
  if (extra) return weight === 'bold' ? extra[1] : extra[0];
  return 556;
}

/** Width of a line in 1/1000 em: an integer, so the width of a joined line is exactly the sum of its parts'. */
function units(text: string, weight: FontWeight): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch, weight);
  return w;
}

/** Width in points of one line of (printable) text. */
export function textWidth(text: string, size: number, weight: FontWeight = 'normal'): number {
  return (units(text, weight) * size) / 1000;
}

/**
 * Breaks text into lines no wider than `width` at spaces (a word longer than a line is cut where it must be).
 * Remembered: a poster column is set at up to twenty sizes until it fits, and 200 posters repeat the same paragraphs.
 */
export function wrapText(text: string, width: number, size: number, weight: FontWeight = 'normal'): string[] {
  const key = `${weight} ${size} ${width} ${text}`;
  const known = wrapped.get(key);
  if (known) return [...known];
  if (wrapped.size >= WRAPPED_MAX) wrapped.clear();
  const lines = breakLines(text, width, size, weight);
  wrapped.set(key, lines);
  return [...lines];
}

const wrapped = new Map<string, readonly string[]>();
const WRAPPED_MAX = 20_000;

/**
 * The line's width is kept as it grows, in whole units: exact, so the breaks are those of measuring every candidate
 * line afresh.
 */
function breakLines(text: string, width: number, size: number, weight: FontWeight): string[] {
  const words = printable(text).split(' ').filter((w) => w.length > 0);
  const space = charWidth(' ', weight);
  const fits = (u: number) => (u * size) / 1000 <= width;
  const lines: string[] = [];
  let line = '';
  let lineUnits = 0;
  for (const word of words) {
    const wordUnits = units(word, weight);
    const candidate = line ? lineUnits + space + wordUnits : wordUnits;
    if (fits(candidate)) {
      line = line ? `${line} ${word}` : word;
      lineUnits = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (textWidth(line, size, weight) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut), size, weight) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
    lineUnits = units(line, weight);
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** The largest size ≤ `max` (and ≥ `min`) at which the text fits `width`; `min` when even that is too wide. */
export function fitSize(text: string, width: number, max: number, min: number, weight: FontWeight = 'normal'): number {
  const w = textWidth(text, 1, weight);
  if (w <= 0) return max;
  return Math.max(min, Math.min(max, width / w));
}

/** Shortens a line with an ellipsis so it fits `width`. */
export function truncate(text: string, width: number, size: number, weight: FontWeight = 'normal'): string {
  if (textWidth(text, size, weight) <= width) return text;
  let cut = text.length;
  while (cut > 0 && textWidth(`${text.slice(0, cut)}...`, size, weight) > width) cut--;
  return `${text.slice(0, cut).trimEnd()}...`;
}
