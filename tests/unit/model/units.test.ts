import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { formatFeet, formatLength, formatSquareFeet, parseLength, roundTo, type FormatLengthOptions } from '../../../src/model/units.ts';

type Precision = NonNullable<FormatLengthOptions['precision']>;
type Style = NonNullable<FormatLengthOptions['style']>;
const PRECISIONS: readonly Precision[] = [2, 4, 8, 16];
const STYLES: readonly Style[] = ['dash', 'space'];

/** The inches, or a failed expectation showing the refusal message. */
function inchesOf(text: string, options?: Parameters<typeof parseLength>[1]): number {
  const result = parseLength(text, options);
  if (!result.ok) expect.fail(`expected ${JSON.stringify(text)} to parse, got: ${result.message}`);
  return result.inches;
}

function messageOf(text: string): string {
  const result = parseLength(text);
  if (result.ok) expect.fail(`expected ${JSON.stringify(text)} to be refused, got ${result.inches} in`);
  return result.message;
}

describe('parseLength: accepted forms', () => {
  it.each<[string, number]>([
    // feet and inches, every separator
    [`12' 6 1/2"`, 150.5],
    [`12'6"`, 150],
    [`12'-6"`, 150],
    [`12' - 6 1/2"`, 150.5],
    [`12'-6 1/2"`, 150.5],
    [`12'-0"`, 144],
    [`12'-0 1/2"`, 144.5],
    [`12 ft 6 in`, 150],
    [`12ft6in`, 150],
    [`12 feet 6 inches`, 150],
    [`1 foot 1 inch`, 13],
    [`12 ft. 6 in.`, 150],
    [`12FT 6IN`, 150],
    [`12' 6`, 150], // a bare number after feet is inches, as CAD programs read it
    [`12 ft 6`, 150],
    [`5' 14"`, 74], // inches of 12 or more simply add up
    [`0' 3"`, 3],
    // inches
    [`150"`, 150],
    [`150 in`, 150],
    [`150in`, 150],
    [`150 inches`, 150],
    [`6 1/2"`, 6.5],
    [`6-1/2"`, 6.5],
    [`12'-6-1/2"`, 150.5],
    [`1/2"`, 0.5],
    [`3/16 in`, 0.1875],
    [`13/8"`, 1.625],
    [`0.5"`, 0.5],
    [`.5"`, 0.5],
    [`12ft.5in`, 144.5], // the point belongs to the number when a digit follows
    // decimal and fractional feet
    [`12.5 ft`, 150],
    [`12.5'`, 150],
    [`12 1/2'`, 150],
    [`0.5 feet`, 6],
    // bare numbers: inches by default
    [`150`, 150],
    [`6 1/2`, 6.5],
    [`0`, 0],
    // negatives
    [`-2'`, -24],
    [`-12'-6 1/2"`, -150.5],
    [`-3 1/2"`, -3.5],
    [`- 2'`, -24],
    [`−2′`, -24], // unicode minus sign
    [`-0`, 0],
    // unicode primes, curly quotes, dashes, vulgar fractions
    [`12′ 6½″`, 150.5],
    [`12′6″`, 150],
    [`12’ 6”`, 150],
    [`12‘ 6“`, 150],
    [`12′–6″`, 150],
    [`12'—6"`, 150],
    [`6¾"`, 6.75],
    [`12' 6⅜"`, 150.375],
    [`1⁄2"`, 0.5],
    [`5''`, 5], // two foot marks for an inch mark
    // whitespace
    [`  12' 6"  `, 150],
    [`\t150"\n`, 150],
    [`12\u00A0ft\u00A06\u00A0in`, 150],
  ])('%s → %d in', (text, inches) => {
    expect(inchesOf(text)).toBe(inches);
  });

  it.each<[string, number]>([
    [`3.2 m`, 3200 / 25.4],
    [`320 cm`, 3200 / 25.4],
    [`3200 mm`, 3200 / 25.4],
    [`3200mm`, 3200 / 25.4],
    [`3.2 meters`, 3200 / 25.4],
    [`3.2 metres`, 3200 / 25.4],
    [`320 centimeters`, 3200 / 25.4],
    [`3200 millimetres`, 3200 / 25.4],
    [`25.4 mm`, 1],
    [`2.54 cm`, 1],
    [`0.3048 m`, 12],
    [`-1 m`, -1000 / 25.4],
  ])('%s → %d in (metric)', (text, inches) => {
    expect(inchesOf(text)).toBeCloseTo(inches, 9);
  });

  it('reads a bare number in the default unit, and inches after feet whatever the default', () => {
    expect(inchesOf('150', { defaultUnit: 'in' })).toBe(150);
    expect(inchesOf('150', { defaultUnit: 'ft' })).toBe(1800);
    expect(inchesOf('12.5', { defaultUnit: 'ft' })).toBe(150);
    expect(inchesOf('-2', { defaultUnit: 'ft' })).toBe(-24);
    expect(inchesOf(`12' 6`, { defaultUnit: 'ft' })).toBe(150);
    expect(inchesOf(`150"`, { defaultUnit: 'ft' })).toBe(150);
  });

  it('never returns -0', () => {
    for (const text of ['-0', `-0'`, `-0' 0"`, '-0 mm', '-0/4"']) expect(Object.is(inchesOf(text), 0)).toBe(true);
  });
});

describe('parseLength: refusals', () => {
  const EXAMPLES = `write it like 12' 6" or 150" or 3.2 m`;
  const UNITS = `use ft, in, ', ", m, cm or mm`;
  it.each<[string, string]>([
    [`abc`, `"abc": not a length — ${EXAMPLES}`],
    [`NaN`, `"NaN": not a length — ${EXAMPLES}`],
    [`Infinity`, `"Infinity": not a length — ${EXAMPLES}`],
    [`-Infinity`, `"-Infinity": not a length — ${EXAMPLES}`],
    [`#`, `"#": not a length — ${EXAMPLES}`],
    [``, `"": no length given — ${EXAMPLES}`],
    [`   `, `"   ": no length given — ${EXAMPLES}`],
    [`12' 6 1/0"`, `"12' 6 1/0\\"": a fraction cannot have 0 below the line`],
    [`1/0"`, `"1/0\\"": a fraction cannot have 0 below the line`],
    [`1/00`, `"1/00": a fraction cannot have 0 below the line`],
    [`6" 5'`, `"6\\" 5'": feet must come before inches, like 12' 6"`],
    [`5' 5'`, `"5' 5'": feet are given twice`],
    [`5" 5"`, `"5\\" 5\\"": inches are given twice`],
    [`6" 5`, `"6\\" 5": 5 after the inches needs a unit`],
    [`12 6`, `"12 6": 12 needs a unit — write it like 12' 6"`],
    [`12 6'`, `"12 6'": 12 needs a unit — write it like 12' 6"`],
    [`1' 2" 3"`, `"1' 2\\" 3\\"": too many parts — a length is feet then inches, like 12' 6 1/2"`],
    [`3 m 20 cm`, `"3 m 20 cm": write a metric length as one number and unit, like 3.2 m, and do not mix it with feet or inches`],
    [`5' 3 cm`, `"5' 3 cm": write a metric length as one number and unit, like 3.2 m, and do not mix it with feet or inches`],
    [`12 ftx`, `"12 ftx": "ftx" is not a unit — ${UNITS}`],
    [`12 yd`, `"12 yd": "yd" is not a unit — ${UNITS}`],
    [`1e5`, `"1e5": "e" is not a unit — ${UNITS}`],
    [`x12`, `"x12": "x" is not a unit — ${UNITS}`],
    [`1,200 mm`, `"1,200 mm": use a point for decimals and no thousands commas, like 3.2 m or 1200 mm`],
    [`3,2 m`, `"3,2 m": use a point for decimals and no thousands commas, like 3.2 m or 1200 mm`],
    [`+3"`, `"+3\\"": leave out the plus sign`],
    [`12 # 6`, `"12 # 6": "#" cannot be part of a length — ${EXAMPLES}`],
    [`1.5/2"`, `"1.5/2\\"": a fraction needs whole numbers above and below the line, like 1/2`],
    [`1/2.5"`, `"1/2.5\\"": a fraction needs whole numbers above and below the line, like 1/2`],
    [`6.5 1/2"`, `"6.5 1/2\\"": a whole number goes before a fraction, like 6 1/2, not 6.5`],
    [`1/2/3`, `"1/2/3": a fraction has one slash, like 1/2`],
    [`/2"`, `"/2\\"": a fraction needs a number above the line, like 1/2`],
    [`1/"`, `"1/\\"": a fraction needs a number below the line, like 1/2`],
    [`1/`, `"1/": a fraction needs a number below the line, like 1/2`],
    [`'`, `"'": the foot mark ' needs a number in front of it`],
    [`ft`, `"ft": "ft" needs a number in front of it`],
    [`12' "`, `"12' \\"": the inch mark " needs a number in front of it`],
    [`"6`, `"\\"6": the inch mark " needs a number in front of it`],
    [`-`, `"-": a minus sign needs a length after it`],
    [`--2'`, `"--2'": a dash goes only between feet and inches, like 12'-6"`],
    [`5-6`, `"5-6": a dash goes only between feet and inches, like 12'-6"`],
    [`12'-`, `"12'-": the length ends with a dash — write it like 12'-6"`],
    ['9'.repeat(400), `"${'9'.repeat(39)}…": too large to be a length`],
    [`${'9'.repeat(308)} ft`, `"${'9'.repeat(39)}…": too large to be a length`],
  ])('%s is refused', (text, message) => {
    expect(messageOf(text)).toBe(message);
  });
});

describe('formatLength', () => {
  it.each<[number, FormatLengthOptions, string]>([
    [150.5, {}, `12'-6 1/2"`],
    [150.5, { style: 'space' }, `12' 6 1/2"`],
    [150, {}, `12'-6"`],
    [144, {}, `12'-0"`],
    [144, { style: 'space' }, `12' 0"`],
    [144.5, {}, `12'-0 1/2"`],
    [12, {}, `1'-0"`],
    [3.5, {}, `3 1/2"`],
    [3.5, { style: 'space' }, `3 1/2"`],
    [3, {}, `3"`],
    [0.5, {}, `1/2"`],
    [0, {}, `0"`],
    [-0, {}, `0"`],
    [11.99, {}, `1'-0"`], // 11.99 rounds to 12", which carries into a foot
    [143.9375, {}, `12'-0"`], // 11' 11 15/16" at 1/8 carries to a whole foot
    [143.9375, { precision: 16 }, `11'-11 15/16"`],
    [150.25, { precision: 8 }, `12'-6 1/4"`], // 2/8 reduced
    [150.375, { precision: 8 }, `12'-6 3/8"`],
    [150.375, { precision: 4 }, `12'-6 1/2"`], // 1.5 quarters rounds half up to 2/4 = 1/2
    [150.125, { precision: 2 }, `12'-6"`],
    [150.3, { precision: 16 }, `12'-6 5/16"`],
    [-150.5, {}, `-12'-6 1/2"`],
    [-150.5, { style: 'space' }, `-12' 6 1/2"`],
    [-3.5, {}, `-3 1/2"`],
    [-0.5, {}, `-1/2"`],
    [-0.01, {}, `0"`], // rounds to zero: no "-0"
    [-0.0625, {}, `-1/8"`], // half an eighth rounds away from zero
    [0.0625, {}, `1/8"`],
    [-1e-300, {}, `0"`],
    [1e6, {}, `83333'-4"`],
    [1.2e22, {}, `1000000000000000000000'-0"`], // no exponent notation, even absurdly large
    [52690953663368776, {}, `4390912805280731'-4"`], // beyond 2^53 the feet stay a whole number
  ])('%d with %o → %s', (inches, options, text) => {
    expect(formatLength(inches, options)).toBe(text);
  });

  it('throws RangeError for NaN and infinities rather than print them', () => {
    for (const x of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() => formatLength(x)).toThrow(RangeError);
    }
  });

  it('throws RangeError for a precision it does not support', () => {
    expect(() => formatLength(1, { precision: 3 as Precision })).toThrow(RangeError);
  });
});

describe('formatFeet, formatSquareFeet, roundTo', () => {
  it.each<[number, number | undefined, string]>([
    [758, undefined, '63.2 ft'],
    [758, 2, '63.17 ft'],
    [758, 0, '63 ft'],
    [144, undefined, '12.0 ft'],
    [0, undefined, '0.0 ft'],
    [-0.4, undefined, '0.0 ft'], // no "-0.0"
    [-150, undefined, '-12.5 ft'],
  ])('formatFeet(%d, %s) → %s', (inches, decimals, text) => {
    expect(formatFeet(inches, decimals)).toBe(text);
  });

  it.each<[number, number | undefined, string]>([
    [82440, undefined, '572.5 sq ft'],
    [144, undefined, '1.0 sq ft'],
    [144 * 35, 0, '35 sq ft'],
    [100, 2, '0.69 sq ft'],
    [-1, undefined, '0.0 sq ft'],
  ])('formatSquareFeet(%d, %s) → %s', (squareInches, decimals, text) => {
    expect(formatSquareFeet(squareInches, decimals)).toBe(text);
  });

  it.each<[number, number, number]>([
    [63.1666, 1, 63.2],
    [1.005, 2, 1.01], // 1.005 * 100 would give 100.49999999999999
    [1.25, 1, 1.3],
    [-1.25, 1, -1.3], // half away from zero, symmetric
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [1234.5, -2, 1200],
    [1e-7, 2, 0],
    [1e21 + 0.5, 1, 1e21],
  ])('roundTo(%d, %d) → %d', (value, decimals, rounded) => {
    expect(roundTo(value, decimals)).toBe(rounded);
  });

  it('roundTo never returns -0 and passes NaN and infinities through', () => {
    expect(Object.is(roundTo(-0.04, 1), 0)).toBe(true);
    expect(Object.is(roundTo(-0, 1), 0)).toBe(true);
    expect(roundTo(Number.NaN, 1)).toBeNaN();
    expect(roundTo(Number.POSITIVE_INFINITY, 1)).toBe(Number.POSITIVE_INFINITY);
  });

  it('formatFeet and formatSquareFeet throw RangeError for NaN', () => {
    expect(() => formatFeet(Number.NaN)).toThrow(RangeError);
    expect(() => formatSquareFeet(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('properties', () => {
  const precision = fc.constantFrom(...PRECISIONS);
  const style = fc.constantFrom(...STYLES);
  /** What formatLength may print: [-][feet' or feet'-]inches[ n/d]" or [-]n/d". */
  const OUTPUT = /^-?(?:(?:\d+)'[- ](?:\d+)(?: (\d+)\/(\d+))?|(?:\d+)(?: (\d+)\/(\d+))?|(\d+)\/(\d+))"$/;

  it('parseLength(formatLength(x)) is exactly x for every x on the 1/precision grid, both styles', () => {
    const onGrid = precision.chain((p) => fc.tuple(fc.constant(p), fc.integer({ min: -10000 * p, max: 100000 * p })));
    fc.assert(
      fc.property(onGrid, style, ([p, steps], s) => {
        const x = steps / p;
        expect(inchesOf(formatLength(x, { precision: p, style: s }))).toBe(x);
      }),
      { numRuns: 2000 },
    );
  });

  it('parseLength(formatLength(x)) is within half a step of any x', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), precision, style, (x, p, s) => {
        const back = inchesOf(formatLength(x, { precision: p, style: s }));
        expect(Math.abs(back - x)).toBeLessThanOrEqual(1 / (2 * p));
      }),
      { numRuns: 2000 },
    );
  });

  it('formatLength prints a well-formed length for every finite number: no NaN, Infinity, exponent or -0', () => {
    // All finite doubles, plus extra weight around 2^53 where whole inches stop being exact.
    const finite = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: -(2 ** 60), max: 2 ** 60, noNaN: true }));
    fc.assert(
      fc.property(finite, precision, style, (x, p, s) => {
        const text = formatLength(x, { precision: p, style: s });
        expect(text).not.toMatch(/NaN|Infinity|e|^-0(?!\d)/);
        const match = OUTPUT.exec(text);
        expect(match, text).not.toBeNull();
        // Fractions are reduced and proper: odd numerator below a denominator that divides the precision.
        const [numerator, denominator] = (match ?? []).slice(1).filter((g) => g !== undefined).map(Number);
        if (numerator !== undefined && denominator !== undefined) {
          expect(numerator % 2).toBe(1);
          expect(numerator).toBeLessThan(denominator);
          expect(p % denominator).toBe(0);
        }
        // Inches stay under a foot once there are feet.
        const inches = /'[- ](\d+)/.exec(text)?.[1];
        if (inches !== undefined) expect(Number(inches)).toBeLessThan(12);
        // It reads back, with the sign it printed. (Within a few ulps of Number.MAX_VALUE feet × 12 overflows
        // on the way back, and parseLength rightly says "too large"; nothing in a floor plan is 1e300 inches.)
        if (Math.abs(x) > 1e300) return;
        const back = inchesOf(text);
        expect(Number.isFinite(back)).toBe(true);
        expect(text.startsWith('-')).toBe(back < 0);
        if (back === 0) expect(text).toBe('0"');
      }),
      { numRuns: 2000 },
    );
  });

  it('a bare number in feet reads as twelve times as many inches', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), (n) => {
        expect(inchesOf(String(n), { defaultUnit: 'ft' })).toBe(12 * n + 0);
      }),
    );
  });

  it('feet and inches add up, whatever the separator', () => {
    const separator = fc.constantFrom("'", "'-", "' ", "' - ", ' ft ', 'ft', ' feet ', '′', '’ ');
    const inchMark = fc.constantFrom('"', ' in', 'in', ' inches', '″', '”');
    fc.assert(
      fc.property(fc.nat(10000), fc.nat(1000), separator, inchMark, (feet, inches, sep, mark) => {
        expect(inchesOf(`${feet}${sep}${inches}${mark}`)).toBe(feet * 12 + inches);
      }),
    );
  });

  /** A result is a finite number that is not -0, or a message that quotes the input. */
  function expectWellFormed(text: string): void {
    const result = parseLength(text);
    if (result.ok) {
      expect(Number.isFinite(result.inches)).toBe(true);
      expect(Object.is(result.inches, -0)).toBe(false);
    } else {
      expect(result.message.startsWith('"')).toBe(true);
      expect(result.message).toMatch(/": \S/);
    }
  }

  it('parseLength never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string(), (text) => expectWellFormed(text)), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => expectWellFormed(text)), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => expectWellFormed(text)), { numRuns: 1000 });
  });

  it('parseLength never throws on strings made of length-like pieces', () => {
    const piece = fc.constantFrom(
      ...['0', '1', '6', '12', '.', '.5', '1.5', '/', '-', '−', ' ', "'", '"', '′', '″', '’', '”', '½', 'ft', 'ft.', 'in', 'in.'],
      ...['feet', 'm', 'cm', 'mm', 'e', ',', '+', 'x', '\t', '9'.repeat(320)],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => expectWellFormed(pieces.join(''))),
      { numRuns: 5000 },
    );
  });
});
