/**
 * Lengths the way people write them in the US: `12' 6 1/2"`, `12'-6"`, `12 ft 6 in`, `150"`, `12.5'`, and,
 * because tape measures come in both kinds, `3.2 m`, `320 cm`, `3200 mm`.
 *
 * The model speaks inches (see quantities.ts); this module is the edge where text typed by a person
 * becomes inches (`parseLength`) and inches become text a person reads (`formatLength`, `formatFeet`,
 * `formatSquareFeet`). Parsing never throws: it returns a value or one sentence saying what is wrong.
 *
 * parseLength works in three small steps, each simple enough to read on its own:
 *   1. normalise  — fold the many ways of typing the same symbol (′ ″ ‘ ’ “ ” – — − ½) into plain ASCII;
 *   2. tokenize   — cut the text into numbers, slashes, dashes and unit words;
 *   3. parse      — read the tokens as: [-] quantity [unit] ([-] quantity [unit])*
 *                   where quantity is `6`, `6.5`, `1/2`, `6 1/2` or `6-1/2`; then check the parts make
 *                   sense together (feet before inches, metric on its own, a bare number only where allowed).
 */
import { INCHES_PER_FOOT, toFeet, toSquareFeet, type Inches, type SquareInches } from './quantities.ts';

// ────────────────────────────────────────────────────────────────────────────────────────────────────────
// Parsing
// ────────────────────────────────────────────────────────────────────────────────────────────────────────

export interface ParseLengthOptions {
  /** What a number without a unit means (`150`). Default `'in'`. After feet (`12' 6`) it always means inches. */
  readonly defaultUnit?: 'in' | 'ft';
}

export type ParseLengthResult = { readonly ok: true; readonly inches: Inches } | { readonly ok: false; readonly message: string };

/** Exactly 25.4 mm to the inch (international inch, 1959). */
const MM_PER_INCH = 25.4;

/** Every unit we read, and how many inches one of it is. */
const INCHES_PER_UNIT = {
  ft: INCHES_PER_FOOT,
  in: 1,
  m: 1000 / MM_PER_INCH,
  cm: 10 / MM_PER_INCH,
  mm: 1 / MM_PER_INCH,
} as const;
type Unit = keyof typeof INCHES_PER_UNIT;

const EXAMPLES = `12' 6" or 150" or 3.2 m`;

/**
 * Step 1: one spelling per symbol. People paste from Word (curly quotes), from drawings (primes), and type
 * en dashes or the minus sign; all of them mean the same thing as the plain ASCII character.
 */
const SAME_AS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u2032\u2018\u2019\u201B\u00B4`]/g, "'"], // ′ ‘ ’ ‛ ´ ` → foot mark
  [/[\u2033\u201C\u201D\u201F\u02BA]/g, '"'], // ″ “ ” ‟ ʺ → inch mark
  [/''/g, '"'], // two foot marks typed for an inch mark
  [/[\u2010-\u2015\u2212\uFE63\uFF0D]/g, '-'], // hyphens, en/em dashes, minus sign → '-'
  [/\u2044/g, '/'], // fraction slash
  // Vulgar fractions: the leading space turns `6½` into `6 1/2` (a whole number and a fraction), not `61/2`.
  [/\u00BD/g, ' 1/2'],
  [/\u00BC/g, ' 1/4'],
  [/\u00BE/g, ' 3/4'],
  [/\u215B/g, ' 1/8'],
  [/\u215C/g, ' 3/8'],
  [/\u215D/g, ' 5/8'],
  [/\u215E/g, ' 7/8'],
];

function normalise(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SAME_AS) out = out.replace(pattern, replacement);
  return out.trim().toLowerCase();
}

/** Step 2: the tokens. `text` is kept so error messages can quote what was written. */
type Token =
  | { readonly kind: 'number'; readonly text: string; readonly value: number; readonly whole: boolean }
  | { readonly kind: 'slash' }
  | { readonly kind: 'dash' }
  | { readonly kind: 'unit'; readonly text: string; readonly unit: Unit };

// Sticky (`y`) regexes: each one matches only at `lastIndex`, which makes a hand-written scanner simple.
const WHITESPACE = /\s+/y;
/** `12`, `12.5`, `.5`, `12.` — no signs (the minus is a dash token), no exponents, no thousands commas. */
const NUMBER = /\d+(?:\.\d*)?|\.\d+/y;
/**
 * Unit words, longest spelling first (regex alternation takes the first that fits, not the longest).
 * `ft.` and `in.` may carry an abbreviation point, but not when a digit follows (`12ft.5in` is 12' 0.5").
 * The trailing look-ahead stops `m` from matching the start of `min` or `ft` the start of `ftx`.
 */
const UNIT =
  /(feet|foot|ft(?:\.(?!\d))?|'|inches|inch|in(?:\.(?!\d))?|"|millimeters|millimetres|millimeter|millimetre|mm|centimeters|centimetres|centimeter|centimetre|cm|meters|metres|meter|metre|m)(?![a-z])/y;
const WORD = /[a-z]+/y;

function unitOf(word: string): Unit {
  if (word === "'" || word.startsWith('f')) return 'ft';
  if (word === '"' || word.startsWith('i')) return 'in';
  if (word.startsWith('mm') || word.startsWith('mi')) return 'mm';
  if (word.startsWith('c')) return 'cm';
  return 'm';
}

/** How to name a unit in a message: a quoted `"` inside a quoted message would be unreadable. */
function markName(text: string): string {
  if (text === "'") return `the foot mark '`;
  if (text === '"') return 'the inch mark "';
  return `"${text}"`;
}

/** Thrown inside the parser and caught in parseLength, so every helper can stop at the first problem. */
class Refusal {
  constructor(readonly reason: string) {}
}

/** Step 2: cut normalised text into tokens, refusing at the first character no token can start with. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const hasDigits = /\d/.test(text);
  let at = 0;
  const take = (pattern: RegExp): string | undefined => {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) return undefined;
    at = pattern.lastIndex;
    return match[0];
  };
  while (at < text.length) {
    if (take(WHITESPACE) !== undefined) continue;
    const char = text[at];
    if (char === '/') {
      tokens.push({ kind: 'slash' });
      at++;
      continue;
    }
    if (char === '-') {
      tokens.push({ kind: 'dash' });
      at++;
      continue;
    }
    const number = take(NUMBER);
    if (number !== undefined) {
      const value = Number.parseFloat(number);
      if (!Number.isFinite(value)) throw new Refusal('too large to be a length');
      tokens.push({ kind: 'number', text: number, value, whole: /^\d+$/.test(number) });
      continue;
    }
    const unit = take(UNIT);
    if (unit !== undefined) {
      tokens.push({ kind: 'unit', text: unit, unit: unitOf(unit) });
      continue;
    }
    // Nothing fits. Say the most useful thing: with no digits at all it is not a length at all
    // (`abc`, `NaN`, `Infinity`); otherwise point at the word or character we could not read.
    if (!hasDigits) throw new Refusal(`not a length — write it like ${EXAMPLES}`);
    const word = take(WORD);
    if (word !== undefined) throw new Refusal(`"${word}" is not a unit — use ft, in, ', ", m, cm or mm`);
    if (char === ',') throw new Refusal('use a point for decimals and no thousands commas, like 3.2 m or 1200 mm');
    if (char === '+') throw new Refusal('leave out the plus sign');
    throw new Refusal(`${JSON.stringify(String.fromCodePoint(text.codePointAt(at) ?? 0))} cannot be part of a length — write it like ${EXAMPLES}`);
  }
  return tokens;
}

/** One `quantity [unit]` part of a length, e.g. `6 1/2"`; unit null for a bare number. */
interface Part {
  readonly text: string;
  readonly value: number;
  readonly unit: Unit | null;
}

/** Step 3: read the tokens. `i` walks forward; each helper consumes what it recognises. */
function readParts(tokens: readonly Token[]): { negative: boolean; parts: Part[] } {
  let i = 0;
  const peek = (offset = 0): Token | undefined => tokens[i + offset];

  // A leading dash is a minus sign; everywhere else a dash separates feet from inches (`12'-6"`).
  const negative = peek()?.kind === 'dash';
  if (negative) i++;
  if (negative && peek() === undefined) throw new Refusal('a minus sign needs a length after it');

  /** `7` or `16` — the numerator or denominator of a fraction must be a whole number. */
  const wholeNumber = (what: string): number => {
    const token = peek();
    if (token?.kind !== 'number') throw new Refusal(`a fraction needs a number ${what} the line, like 1/2`);
    if (!token.whole) throw new Refusal('a fraction needs whole numbers above and below the line, like 1/2');
    i++;
    return token.value;
  };

  /** `n/d` starting at the current token (which is known to be a number followed by a slash). */
  const fraction = (): { value: number; text: string } => {
    const numerator = wholeNumber('above');
    i++; // the slash
    const denominator = wholeNumber('below');
    if (denominator === 0) throw new Refusal('a fraction cannot have 0 below the line');
    if (peek()?.kind === 'slash') throw new Refusal('a fraction has one slash, like 1/2');
    return { value: numerator / denominator, text: `${numerator}/${denominator}` };
  };

  /** `6`, `6.5`, `1/2`, `6 1/2` or `6-1/2`. */
  const quantity = (): { value: number; text: string } => {
    const first = peek();
    if (first?.kind === 'slash') throw new Refusal('a fraction needs a number above the line, like 1/2');
    if (first?.kind === 'dash') throw new Refusal(`a dash goes only between feet and inches, like 12'-6"`);
    if (first?.kind === 'unit') throw new Refusal(`${markName(first.text)} needs a number in front of it`);
    if (first?.kind !== 'number') throw new Refusal(`the length ends too soon — write it like ${EXAMPLES}`);
    if (peek(1)?.kind === 'slash') return fraction();
    i++;
    // A whole number followed by a fraction, either with a space (`6 1/2`) or a hyphen (`6-1/2`, as on pipe sizes).
    const next = peek();
    const joinedByHyphen = next?.kind === 'dash' && peek(1)?.kind === 'number' && peek(2)?.kind === 'slash';
    const joinedBySpace = next?.kind === 'number' && peek(1)?.kind === 'slash';
    if (!joinedByHyphen && !joinedBySpace) return { value: first.value, text: first.text };
    if (!first.whole) throw new Refusal(`a whole number goes before a fraction, like 6 1/2, not ${first.text}`);
    if (joinedByHyphen) i++;
    const rest = fraction();
    return { value: first.value + rest.value, text: `${first.text} ${rest.text}` };
  };

  const parts: Part[] = [];
  while (peek() !== undefined) {
    const previous = parts[parts.length - 1];
    if (previous !== undefined && peek()?.kind === 'dash') {
      // The separator in `12'-6"` / `12' - 6"`: only after a unit, and only one.
      if (previous.unit === null) throw new Refusal(`a dash goes only between feet and inches, like 12'-6"`);
      i++;
      if (peek() === undefined) throw new Refusal(`the length ends with a dash — write it like 12'-6"`);
    }
    const { value, text } = quantity();
    const unitToken = peek();
    const unit = unitToken?.kind === 'unit' ? unitToken.unit : null;
    if (unitToken?.kind === 'unit') i++;
    parts.push({ text, value, unit });
  }
  return { negative, parts };
}

const UNIT_NAME: Record<Unit, string> = { ft: 'feet', in: 'inches', m: 'meters', cm: 'centimeters', mm: 'millimeters' };

/** Check the parts make one length and add them up (unsigned, in inches). */
function addUp(parts: readonly Part[], defaultUnit: 'in' | 'ft'): number {
  const [first, second, ...rest] = parts;
  if (first === undefined) throw new Refusal(`no length given — write it like ${EXAMPLES}`);
  const isMetric = (part: Part) => part.unit === 'm' || part.unit === 'cm' || part.unit === 'mm';

  if (second === undefined) {
    // A single part: any unit, or a bare number in the default unit.
    return first.value * INCHES_PER_UNIT[first.unit ?? defaultUnit];
  }
  if (isMetric(first) || isMetric(second) || rest.some(isMetric)) {
    throw new Refusal('write a metric length as one number and unit, like 3.2 m, and do not mix it with feet or inches');
  }
  if (first.unit === null) throw new Refusal(`${first.text} needs a unit — write it like 12' 6"`);
  if (rest.length > 0) throw new Refusal(`too many parts — a length is feet then inches, like 12' 6 1/2"`);
  if (first.unit === 'in' && second.unit === 'ft') throw new Refusal(`feet must come before inches, like 12' 6"`);
  if (first.unit === second.unit) throw new Refusal(`${UNIT_NAME[first.unit]} are given twice`);
  if (first.unit === 'in') throw new Refusal(`${second.text} after the inches needs a unit`);
  // Feet then inches; a bare number after feet (`12' 6`, as CAD programs accept) is inches.
  // Inches of 12 or more are fine and simply add up: 5' 14" is 74".
  return first.value * INCHES_PER_FOOT + second.value;
}

/** Quote the text as typed, shortened so a pasted paragraph does not become a paragraph-long message. */
function quote(text: string): string {
  const MAX = 40;
  return JSON.stringify(text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text);
}

/**
 * Read a length as people write it and return inches, or one sentence saying why not.
 *
 * Accepts feet and inches (`12' 6 1/2"`, `12'-6"`, `12' - 6 1/2"`, `12 ft 6 in`, `12ft6in`, `12 feet 6 inches`,
 * `5' 14"`), inches (`150"`, `150 in`, `6 1/2"`, `1/2"`), decimal feet (`12.5 ft`, `12.5'`), metric (`3.2 m`,
 * `320 cm`, `3200 mm`), a bare number (`150`) in `options.defaultUnit` (default inches), a leading minus,
 * unicode primes and curly quotes, and surrounding whitespace. Never throws.
 */
export function parseLength(text: string, options: ParseLengthOptions = {}): ParseLengthResult {
  const refuse = (reason: string): ParseLengthResult => ({ ok: false, message: `${quote(String(text))}: ${reason}` });
  try {
    const normal = normalise(String(text));
    if (normal === '') return refuse(`no length given — write it like ${EXAMPLES}`);
    const { negative, parts } = readParts(tokenize(normal));
    const magnitude = addUp(parts, options.defaultUnit ?? 'in');
    if (!Number.isFinite(magnitude)) return refuse('too large to be a length');
    // `+ 0` turns -0 into 0, so "-0" reads as plain zero.
    return { ok: true, inches: (negative ? -magnitude : magnitude) + 0 };
  } catch (error) {
    if (error instanceof Refusal) return refuse(error.reason);
    throw error;
  }
}

// ────────────────────────────────────────────────────────────────────────────────────────────────────────
// Formatting
// ────────────────────────────────────────────────────────────────────────────────────────────────────────

export interface FormatLengthOptions {
  /** Round to the nearest 1/precision inch. Default 8 (eighths). */
  readonly precision?: 2 | 4 | 8 | 16;
  /** `'dash'` (default): architectural `12'-6 1/2"`. `'space'`: `12' 6 1/2"`. */
  readonly style?: 'dash' | 'space';
}

const PRECISIONS: readonly number[] = [2, 4, 8, 16];

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Integer digits without exponent notation (`String(1e21)` is "1e+21", which parseLength would refuse). */
function digits(n: number): string {
  return n < 1e21 ? String(n) : BigInt(n).toString();
}

/**
 * Feet and inches to the nearest 1/precision inch: `12'-6 1/2"` (or `12' 6 1/2"` with style 'space'),
 * `12'-0"` for whole feet, just inches under a foot (`3 1/2"`, `1/2"`, `0"`). Fractions are reduced,
 * 12" carries into a foot, negatives get a leading minus, and nothing rounds to `-0`.
 * parseLength reads every output back to the rounded value exactly.
 *
 * @throws RangeError for NaN or ±Infinity (a broken model, not a length) or an unsupported precision.
 */
export function formatLength(inches: Inches, options: FormatLengthOptions = {}): string {
  const precision = options.precision ?? 8;
  const style = options.style ?? 'dash';
  if (!Number.isFinite(inches)) throw new RangeError(`formatLength: ${inches} is not a length`);
  if (!PRECISIONS.includes(precision)) throw new RangeError(`formatLength: precision must be 2, 4, 8 or 16, not ${precision}`);

  // Work on the magnitude so rounding is symmetric (half away from zero) and the sign is decided last.
  // Split whole and fractional inches first: `x - floor(x)` is exact, and multiplying by a power of two is
  // exact, so the rounding below is exact for every finite double and never overflows.
  const magnitude = Math.abs(inches);
  let wholeInches = Math.floor(magnitude);
  let steps = Math.round((magnitude - wholeInches) * precision); // in 1/precision inch, 0..precision
  if (steps === precision) {
    wholeInches += 1;
    steps = 0;
  }
  // % is exact on doubles; the division is exact below 2^53 inches. Beyond that doubles are too coarse
  // for inches anyway, and Math.round only keeps the feet a whole number.
  const inchesInFoot = wholeInches % INCHES_PER_FOOT;
  const feet = Math.round((wholeInches - inchesInFoot) / INCHES_PER_FOOT);

  const divisor = gcd(steps, precision);
  const fraction = steps === 0 ? '' : `${steps / divisor}/${precision / divisor}`;
  const sign = feet === 0 && inchesInFoot === 0 && steps === 0 ? '' : inches < 0 ? '-' : '';

  if (feet === 0) {
    // Under a foot: just inches, `3 1/2"`, `1/2"`, `0"`.
    const body = inchesInFoot === 0 && fraction !== '' ? fraction : [String(inchesInFoot), fraction].filter(Boolean).join(' ');
    return `${sign}${body}"`;
  }
  const inchPart = [String(inchesInFoot), fraction].filter(Boolean).join(' ');
  return `${sign}${digits(feet)}'${style === 'dash' ? '-' : ' '}${inchPart}"`;
}

/**
 * Round half away from zero to `decimals` places (negative `decimals` round to tens, hundreds...).
 * Shifts the decimal point in the number's text rather than multiplying, so 1.005 rounds to 1.01
 * (1.005 * 100 is 100.49999999999999). Never returns -0; NaN and ±Infinity pass through.
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const shift = (n: number, places: number): number => {
    const [mantissa, exponent = '0'] = String(n).split('e');
    return Number(`${mantissa}e${Number(exponent) + places}`);
  };
  const rounded = Math.sign(value) * shift(Math.round(shift(Math.abs(value), decimals)), -decimals);
  return rounded + 0; // -0 → 0
}

function fixed(value: number, decimals: number, what: string): string {
  if (!Number.isFinite(value)) throw new RangeError(`${what}: ${value} is not a number of inches`);
  return roundTo(value, decimals).toFixed(Math.max(0, decimals));
}

/** Decimal feet for reports: `formatFeet(758)` → `"63.2 ft"`. */
export function formatFeet(inches: Inches, decimals = 1): string {
  return `${fixed(toFeet(inches), decimals, 'formatFeet')} ft`;
}

/** Square feet for reports: `formatSquareFeet(82440)` → `"572.5 sq ft"`. */
export function formatSquareFeet(squareInches: SquareInches, decimals = 1): string {
  return `${fixed(toSquareFeet(squareInches), decimals, 'formatSquareFeet')} sq ft`;
}
