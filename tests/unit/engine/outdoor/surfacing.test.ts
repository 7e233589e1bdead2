import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { areaOf } from '../../../../src/engine/outdoor/measure.ts';
import { CRITICAL_HEIGHTS, rateSurface, surfaceCoverage } from '../../../../src/engine/outdoor/surfacing.ts';
import type { MultiPolygon } from '../../../../src/geometry/types.ts';
import type { Surface } from '../../../../src/model/schema.ts';
import { rect } from './plan.ts';

const surface = (material: Surface['material'], depth?: number, polygon = rect(0, 0, 100, 100)): Surface => ({ id: 'S1', polygon, material, ...(depth === undefined ? {} : { depth }) });

describe('CPSC Pub. 325 Table 2 critical heights', () => {
  it('holds the handbook figures (compressed depth → fall height in feet)', () => {
    const feet = (m: Surface['material']) => [CRITICAL_HEIGHTS[m]!.depth, CRITICAL_HEIGHTS[m]!.criticalHeight / 12];
    expect(feet('sand')).toEqual([9, 4]);
    expect(feet('pea-gravel')).toEqual([9, 5]);
    expect(feet('tanbark')).toEqual([9, 7]);
    expect(feet('wood-chips')).toEqual([9, 10]);
    expect(feet('shredded-rubber')).toEqual([6, 10]);
    expect(CRITICAL_HEIGHTS['engineered-wood-fiber']!.assumed).toBe(true);
  });
});

describe('rateSurface', () => {
  it('accepts 9" of sand for a fall of exactly 4 ft, not 1" more', () => {
    expect(rateSurface(surface('sand', 9), 48).kind).toBe('adequate');
    const over = rateSurface(surface('sand', 9), 49);
    expect(over.kind).toBe('inadequate');
    expect(over.note).toMatch(/protects to 4 ft/);
  });

  it('refuses loose fill 1" shallower than the table depth', () => {
    const short = rateSurface(surface('wood-chips', 8), 48);
    expect(short.kind).toBe('inadequate');
    expect(short.note).toMatch(/8 in deep, less than the 9 in/);
    expect(rateSurface(surface('shredded-rubber', 6), 120).kind).toBe('adequate');
    expect(rateSurface(surface('shredded-rubber', 5), 24).kind).toBe('inadequate');
  });

  it('credits depth beyond the table with the table height only', () => {
    expect(rateSurface(surface('pea-gravel', 18), 61).kind).toBe('inadequate');
  });

  it.each(['concrete', 'asphalt', 'carpet', 'grass', 'soil', 'artificial-turf'] as const)('never accepts %s', (m) => {
    expect(rateSurface(surface(m, 12), 12).kind).toBe('inadequate');
  });

  it('accepts rubber matting and poured rubber only on a rating to be verified', () => {
    expect(rateSurface(surface('rubber-mat'), 72)).toMatchObject({ kind: 'assumed', note: expect.stringMatching(/ASTM F1292/) });
    expect(rateSurface(surface('poured-rubber', 2), 72).kind).toBe('assumed');
  });

  it('states the engineered wood fiber assumption, and an assumed depth', () => {
    expect(rateSurface(surface('engineered-wood-fiber', 9), 96)).toMatchObject({ kind: 'assumed', note: expect.stringMatching(/manufacturer's ASTM F1292/) });
    expect(rateSurface(surface('wood-chips'), 96)).toMatchObject({ kind: 'assumed', note: expect.stringMatching(/no depth given/) });
  });

  it('leaves other materials to the inspector', () => {
    expect(rateSurface(surface('other', 12), 48).kind).toBe('unknown');
  });
});

describe('surfaceCoverage', () => {
  const zone: MultiPolygon = [[rect(0, 0, 100, 100)]];

  it('finds the strip a surface drawn 1" short leaves bare', () => {
    const c = surfaceCoverage(zone, [surface('sand', 9, rect(0, 0, 99, 100))], 48);
    expect(areaOf(c.uncovered)).toBeCloseTo(100, 6);
    expect(c.shortfalls).toEqual(['part of it has no surface drawn at all']);
  });

  it('counts the best surface where surfaces overlap (mulch drawn over the lawn)', () => {
    const lawn = { ...surface('grass', undefined, rect(-500, -500, 1000, 1000)), id: 'LAWN' };
    const mulch = surface('wood-chips', 9);
    expect(surfaceCoverage(zone, [mulch, lawn], 60).uncovered).toEqual([]);
    expect(surfaceCoverage(zone, [lawn, mulch], 60).uncovered).toEqual([]);
  });

  it('explains why a surface falls short', () => {
    const c = surfaceCoverage(zone, [surface('grass', undefined, rect(0, 0, 100, 100))], 48);
    expect(areaOf(c.uncovered)).toBeCloseTo(10000, 6);
    expect(c.shortfalls[0]).toMatch(/grass S1 is not a resilient surface/);
  });

  it('separates parts accepted on an assumption and parts for the inspector', () => {
    const c = surfaceCoverage(zone, [surface('rubber-mat', undefined, rect(0, 0, 50, 100)), { ...surface('other', 9, rect(50, 0, 50, 100)), id: 'S2' }], 48);
    expect(c.uncovered).toEqual([]);
    expect(areaOf(c.assumed)).toBeCloseTo(5000, 6);
    expect(areaOf(c.unknown)).toBeCloseTo(5000, 6);
    expect(c.notes).toHaveLength(2);
  });

  it('growing a surface never leaves more of the zone uncovered', () => {
    const materials = Object.keys({ sand: 1, 'pea-gravel': 1, 'wood-chips': 1, 'engineered-wood-fiber': 1, tanbark: 1, 'shredded-rubber': 1, 'rubber-mat': 1, 'poured-rubber': 1, concrete: 1, asphalt: 1, grass: 1, soil: 1, carpet: 1, 'artificial-turf': 1, other: 1 }) as Surface['material'][];
    const surfaceArb = fc.record({
      x: fc.integer({ min: -50, max: 150 }),
      y: fc.integer({ min: -50, max: 150 }),
      w: fc.integer({ min: 1, max: 120 }),
      h: fc.integer({ min: 1, max: 120 }),
      material: fc.constantFrom(...materials),
      depth: fc.option(fc.integer({ min: 0, max: 14 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(surfaceArb, { minLength: 1, maxLength: 4 }), fc.nat(), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 130 }), (specs, pick, grow, fall) => {
        const surfaces = specs.map((s, i): Surface => ({ id: `S${i}`, polygon: rect(s.x, s.y, s.w, s.h), material: s.material, ...(s.depth === undefined ? {} : { depth: s.depth }) }));
        const i = pick % surfaces.length;
        const s = specs[i]!;
        const grown = surfaces.map((x, j) => (j === i ? { ...x, polygon: rect(s.x - grow, s.y - grow, s.w + 2 * grow, s.h + 2 * grow) } : x));
        const before = surfaceCoverage(zone, surfaces, fall);
        const after = surfaceCoverage(zone, grown, fall);
        expect(areaOf(after.uncovered)).toBeLessThanOrEqual(areaOf(before.uncovered) + 1e-6);
        expect(areaOf(after.uncovered) + areaOf(after.unknown)).toBeLessThanOrEqual(areaOf(before.uncovered) + areaOf(before.unknown) + 1e-6);
      }),
      { numRuns: 120 },
    );
  });
});
