import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { outdoorFallZone } from '../../src/checks/outdoor/fallZone.ts';
import type { Finding, Status } from '../../src/checks/types.ts';
import { fallZone } from '../../src/engine/outdoor/fallZone.ts';
import { areaOf, outside } from '../../src/engine/outdoor/measure.ts';
import { toSquareFeet } from '../../src/model/quantities.ts';
import type { Equipment, Site, Surface } from '../../src/model/schema.ts';
import { climber, only, outdoorPlan, rect, runCheck } from '../unit/engine/outdoor/plan.ts';

const YARD = { id: 'YARD', name: 'Yard', polygon: rect(0, 0, 1200, 1200), fenceHeight: 48 };
const sand = (polygon: [number, number][], depth = 9, id = 'SAND'): Surface => ({ id, polygon, material: 'sand', depth });
/** Sand over the whole yard. */
const SAND_ALL = sand(rect(0, 0, 1200, 1200));

function check(site: Site, facility = {}): Finding[] {
  return runCheck(outdoorFallZone, outdoorPlan({ playAreas: [YARD], ...site }, facility));
}

/** A 8 × 8 ft climber 4 ft high in the middle of the yard: its zone reaches 480..720 each way. */
const C1 = climber('C1', [600, 600], [96, 96], 48);
const C1_SAND = sand(rect(480, 480, 240, 240));

describe('outdoor.fall-zone — passes', () => {
  it('a 4 ft climber inside the yard on 9" of sand that reaches exactly 6 ft out passes', () => {
    const f = only(check({ equipment: [C1], surfaces: [C1_SAND] }));
    expect(f).toMatchObject({ id: 'outdoor.fall-zone', citation: '5 CSR 25-500.082(6)(A)5-8, 500.092(3)(D)', status: 'pass', subject: 'C1', measured: 0, limit: 0 });
    expect(f.geometry?.type).toBe('polygon');
    expect(f.message).toMatch(/6 ft around the footprint.*CPSC Pub\. 325/);
  });

  it('a zone that exactly touches the fence passes', () => {
    const f = only(check({ equipment: [climber('C1', [120, 600], [96, 96], 48)], surfaces: [sand(rect(0, 480, 240, 240))] }));
    expect(f.status).toBe('pass');
  });

  it('ground-level equipment needs no resilient surface (but keeps its zone)', () => {
    const f = only(check({ equipment: [{ id: 'H1', type: 'playhouse', at: [600, 600], size: [72, 72], height: 0 }], surfaces: [{ id: 'G', polygon: rect(0, 0, 1200, 1200), material: 'grass' }] }));
    expect(f).toMatchObject({ status: 'pass', measured: null });
    expect(f.message).toMatch(/needs no resilient surface/);
  });

  it('two low climbers whose zones overlap pass when exactly 6 ft apart', () => {
    const a = climber('A', [300, 600], [96, 96], 30);
    const b = climber('B', [300 + 96 + 72, 600], [96, 96], 30);
    const findings = check({ equipment: [a, b], surfaces: [SAND_ALL] });
    expect(findings.map((f) => f.status)).toEqual(['pass', 'pass']);
  });

  it('two slides whose exit zones overlap pass when their sliding paths are parallel', () => {
    const s1: Equipment = { id: 'SL1', type: 'slide', at: [400, 400], size: [144, 36], height: 48, exit: 0 };
    const s2: Equipment = { id: 'SL2', type: 'slide', at: [400, 400 + 36 + 108], size: [144, 36], height: 48, exit: 0 };
    const findings = check({ equipment: [s1, s2], surfaces: [SAND_ALL] });
    expect(findings.map((f) => f.status)).toEqual(['pass', 'pass']);
  });

  it('equipment used only by infants and toddlers needs only 3 ft', () => {
    const infantYard = { ...YARD, infantToddler: true };
    const c = climber('C1', [600, 600], [48, 48], 24);
    const surfaces = [sand(rect(600 - 24 - 36, 600 - 24 - 36, 120, 120))];
    expect(only(runCheck(outdoorFallZone, outdoorPlan({ playAreas: [infantYard], equipment: [c], surfaces }))).status).toBe('pass');
    expect(only(check({ equipment: [c], surfaces })).status).toBe('fail');
  });
});

describe('outdoor.fall-zone — fails', () => {
  it('a zone 1" past the fence fails, drawing the part outside', () => {
    const f = only(check({ equipment: [climber('C1', [119, 600], [96, 96], 48)], surfaces: [SAND_ALL, sand(rect(-10, 0, 10, 1200), 9, 'OUT')] }));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/of its fall zone lies outside the play area "Yard"/);
    const xs = f.geometry!.points.map((p) => p[0]);
    expect(Math.min(...xs)).toBeCloseTo(-1, 9);
    expect(Math.max(...xs)).toBeCloseTo(0, 9);
  });

  it('a surface 1" too shallow fails, and the whole zone is the uncovered part', () => {
    const f = only(check({ equipment: [C1], surfaces: [sand(rect(480, 480, 240, 240), 8)] }));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/8 in deep, less than the 9 in compressed depth CPSC Pub\. 325, Table 2 needs/);
    const zoneSqFt = toSquareFeet(areaOf(fallZone(C1, { infantToddlerOnly: false }).zone));
    expect(f.measured).toBeCloseTo(zoneSqFt, 1);
    expect(f.unit).toBe('sq ft');
  });

  it('a surface drawn 1" short of the zone fails with the uncovered strip as its geometry and area', () => {
    const surface = sand(rect(481, 480, 239, 240));
    const f = only(check({ equipment: [C1], surfaces: [surface] }));
    const expected = toSquareFeet(areaOf(outside(fallZone(C1, { infantToddlerOnly: false }).zone, [[surface.polygon]])));
    expect(f.status).toBe('fail');
    expect(f.measured).toBeCloseTo(expected, 2);
    expect(f.measured!).toBeGreaterThan(0.5);
    expect(f.message).toMatch(/no surface drawn at all/);
    const xs = f.geometry!.points.map((p) => p[0]);
    expect(Math.min(...xs)).toBeCloseTo(480, 9);
    expect(Math.max(...xs)).toBeCloseTo(481, 9);
  });

  it('a climber 1" higher than the sand protects fails', () => {
    const f = only(check({ equipment: [climber('C1', [600, 600], [96, 96], 49)], surfaces: [SAND_ALL] }));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/protects to 4 ft.*less than the 4.1 ft fall height/);
  });

  it.each(['grass', 'concrete', 'asphalt', 'soil', 'carpet'] as const)('equipment over %s fails (500.082(6)(A)8)', (material) => {
    const f = only(check({ equipment: [C1], surfaces: [{ id: 'X', polygon: rect(0, 0, 1200, 1200), material }] }));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/not a resilient surface/);
  });

  it('a swing is surfaced for its pivot height, not its seat', () => {
    const swing: Equipment = { id: 'SW', type: 'swing', at: [600, 600], size: [144, 72], height: 24, pivotHeight: 96 };
    const f = only(check({ equipment: [swing], surfaces: [SAND_ALL] }));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/8 ft fall height/);
    expect(only(check({ equipment: [swing], surfaces: [{ id: 'WC', polygon: rect(0, 0, 1200, 1200), material: 'wood-chips', depth: 9 }] })).status).toBe('pass');
  });

  it('an obstacle inside the zone fails; one that only touches it does not', () => {
    const tree = { id: 'T1', name: 'Oak tree', polygon: rect(700, 590, 20, 20) };
    const f = only(check({ equipment: [C1], surfaces: [SAND_ALL], obstacles: [tree] }));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/contains the Oak tree \(T1\)/);
    const touching = { ...tree, polygon: rect(720, 590, 20, 20) };
    expect(only(check({ equipment: [C1], surfaces: [SAND_ALL], obstacles: [touching] })).status).toBe('pass');
  });

  it('a pool inside the zone fails', () => {
    const f = only(check({ equipment: [C1], surfaces: [SAND_ALL], pools: [{ id: 'P1', polygon: rect(650, 650, 200, 200), depth: 18, fenceHeight: 48, lockedGate: true }] }));
    expect(f.message).toMatch(/contains the pool P1/);
  });

  it('equipment outside every play area fails', () => {
    const f = only(check({ equipment: [climber('C9', [1500, 600], [96, 96], 48)], surfaces: [SAND_ALL] }));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/outside every drawn play area/);
  });

  it('a swing whose front/rear zone overlaps a climber\'s zone fails, for both pieces', () => {
    const swing: Equipment = { id: 'SW', type: 'swing', at: [600, 300], size: [144, 72], height: 24, pivotHeight: 96 };
    const wood = { id: 'WC', polygon: rect(0, 0, 1200, 1200), material: 'wood-chips' as const, depth: 12 };
    const findings = check({ equipment: [swing, C1], surfaces: [wood] });
    expect(only(findings, 'SW')).toMatchObject({ status: 'fail', message: expect.stringMatching(/its front and rear zone overlaps the fall zone of the climber C1/) });
    expect(only(findings, 'C1')).toMatchObject({ status: 'fail', message: expect.stringMatching(/reaches .* into the front and rear zone of the swing SW/) });
  });

  it('a tire swing\'s circle may overlap no other zone', () => {
    const tire: Equipment = { id: 'TS', type: 'tire-swing', at: [360, 600], size: [48, 48], height: 84, pivotHeight: 84 };
    const wood = { id: 'WC', polygon: rect(0, 0, 1200, 1200), material: 'wood-chips' as const, depth: 9 };
    // Circle radius 6 ft + 60" chain = 132": from x = 360 it reaches 492, past the climber's zone edge at x = 480.
    const near = check({ equipment: [tire, C1], surfaces: [wood] });
    expect(only(near, 'TS').message).toMatch(/swing circle overlaps the fall zone of the climber C1/);
    const far = check({ equipment: [{ ...tire, at: [340, 600] }, C1], surfaces: [wood] });
    expect(far.map((f) => f.status)).toEqual(['pass', 'pass']);
  });

  it('a slide\'s exit zone may overlap no other zone', () => {
    // The chute ends at x = 432; its 6 ft exit zone reaches x = 504, past the climber's zone edge at x = 480.
    const slide: Equipment = { id: 'SL', type: 'slide', at: [360, 600], size: [144, 36], height: 48, exit: 0 };
    const findings = check({ equipment: [slide, C1], surfaces: [SAND_ALL] });
    expect(only(findings, 'SL')).toMatchObject({ status: 'fail', message: expect.stringMatching(/exit zone overlaps/) });
  });

  it('two low climbers with overlapping zones fail at 5 ft 11 in apart', () => {
    const a = climber('A', [300, 600], [96, 96], 30);
    const b = climber('B', [300 + 96 + 71, 600], [96, 96], 30);
    const f = only(check({ equipment: [a, b], surfaces: [SAND_ALL] }), 'A');
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/stands 5.9 ft away; overlapping zones need the pieces at least 6 ft apart/);
  });

  it('neighbours need 9 ft when either play surface is over 30"', () => {
    const a = climber('A', [300, 600], [96, 96], 31);
    const at = (gap: number) => climber('B', [300 + 96 + gap, 600], [96, 96], 24);
    expect(only(check({ equipment: [a, at(107)], surfaces: [SAND_ALL] }), 'B').message).toMatch(/at least 9 ft apart/);
    expect(check({ equipment: [a, at(108)], surfaces: [SAND_ALL] }).map((f) => f.status)).toEqual(['pass', 'pass']);
  });
});

describe('outdoor.fall-zone — warn, verify, n/a', () => {
  it('rubber matting passes only on a rating to verify: warn', () => {
    const f = only(check({ equipment: [C1], surfaces: [{ id: 'M', polygon: rect(0, 0, 1200, 1200), material: 'rubber-mat' }] }));
    expect(f.status).toBe('warn');
    expect(f.message).toMatch(/ASTM F1292/);
  });

  it('a slide with no exit direction warns that one was assumed', () => {
    const f = only(check({ equipment: [{ id: 'SL', type: 'slide', at: [600, 600], size: [144, 36], height: 48 }], surfaces: [SAND_ALL] }));
    expect(f.status).toBe('warn');
    expect(f.message).toMatch(/no exit direction given/);
  });

  it('an unrated material leaves it to the inspector: verify', () => {
    const f = only(check({ equipment: [C1], surfaces: [{ id: 'O', polygon: rect(0, 0, 1200, 1200), material: 'other', depth: 12 }] }));
    expect(f.status).toBe('verify');
  });

  it('is n/a without a site or without equipment', () => {
    expect(only(runCheck(outdoorFallZone, outdoorPlan(undefined))).status).toBe('n/a');
    expect(only(check({})).status).toBe('n/a');
  });
});

describe('outdoor.fall-zone — properties', () => {
  const RANK: Record<Status, number> = { 'n/a': 0, pass: 1, warn: 2, verify: 3, fail: 4 };
  const materials: Surface['material'][] = ['sand', 'pea-gravel', 'wood-chips', 'engineered-wood-fiber', 'tanbark', 'shredded-rubber', 'rubber-mat', 'poured-rubber', 'concrete', 'grass', 'other'];

  it('growing a surface never creates a failure (nor makes any finding worse)', () => {
    const surfaceArb = fc.record({
      x: fc.integer({ min: 0, max: 1100 }),
      y: fc.integer({ min: 0, max: 1100 }),
      w: fc.integer({ min: 10, max: 600 }),
      h: fc.integer({ min: 10, max: 600 }),
      material: fc.constantFrom(...materials),
      depth: fc.option(fc.constantFrom(5, 6, 8, 9, 12), { nil: undefined }),
    });
    const equipmentArb = fc.record({
      type: fc.constantFrom<Equipment['type']>('climber', 'swing', 'slide', 'tire-swing', 'playhouse'),
      x: fc.integer({ min: 150, max: 1050 }),
      y: fc.integer({ min: 150, max: 1050 }),
      height: fc.integer({ min: 0, max: 96 }),
      rotation: fc.constantFrom(0, 30, 90),
    });
    fc.assert(
      fc.property(fc.array(equipmentArb, { minLength: 1, maxLength: 2 }), fc.array(surfaceArb, { minLength: 1, maxLength: 3 }), fc.nat(), fc.integer({ min: 1, max: 200 }), (eqs, specs, pick, grow) => {
        const equipment = eqs.map((e, i): Equipment => ({ id: `E${i}`, type: e.type, at: [e.x, e.y], size: [72, 48], rotation: e.rotation, height: e.height, pivotHeight: 84, exit: 0 }));
        const surfaces = specs.map((s, i): Surface => ({ id: `S${i}`, polygon: rect(s.x, s.y, s.w, s.h), material: s.material, ...(s.depth === undefined ? {} : { depth: s.depth }) }));
        const i = pick % surfaces.length;
        const s = specs[i]!;
        const grown = surfaces.map((x, j) => (j === i ? { ...x, polygon: rect(s.x - grow, s.y - grow, s.w + 2 * grow, s.h + 2 * grow) } : x));
        const before = check({ equipment, surfaces });
        const after = check({ equipment, surfaces: grown });
        after.forEach((f, k) => {
          expect(RANK[f.status]).toBeLessThanOrEqual(RANK[before[k]!.status]);
          if (before[k]!.measured !== null) expect(f.measured!).toBeLessThanOrEqual(before[k]!.measured! + 0.01);
        });
      }),
      { numRuns: 60 },
    );
  });
});
