/**
 * The sample facilities of public/samples/, checked against the capacity a licensing specialist works out BY HAND
 * from the drawn dimensions (5 CSR 25-500.082). Every figure below is written as the arithmetic a specialist would
 * do on the worksheet, in feet and square feet, with the rule paragraph it comes from; the engine's report must
 * give the same room areas, usable areas, limits, licensed capacity and binding limit.
 *
 * Item sizes used below (inches → sq ft):
 *   crib 30" × 55"            = 2.5 × 55/12 = 11.4583 sq ft
 *   diapering table 24" × 36" = 2 × 3      = 6 sq ft
 *   teacher shelf 48" × 15"   = 4 × 1.25   = 5 sq ft
 *   adult glider 30" × 30"    = 2.5 × 2.5  = 6.25 sq ft
 *   teacher desk 48" × 30"    = 4 × 2.5    = 10 sq ft;  48" × 24" = 4 × 2 = 8 sq ft
 * Deducted (082(2)(B)1.C-D): furniture and shelving NOT used by the children (teacher shelves, desks, gliders),
 * diapering tables, and cribs left in place for napping — except that napping equipment is NOT deducted in the new
 * infant/toddler space of a large facility (082(2)(B)2.B.(I)). NOT deducted: children's low shelves, children's
 * tables, sinks and toilets, and cots (set up for nap and put away, 1.D).
 */
import { readFileSync } from 'node:fs';
import { parsePlanText, validatePlan } from '../../../src/model/validate.ts';
import { buildReport } from '../../../src/report/build.ts';
import type { Report } from '../../../src/report/types.ts';

const SAMPLES = new URL('../../../public/samples/', import.meta.url);
const readSample = (file: string): string => readFileSync(new URL(file, SAMPLES), 'utf8');

function reportOf(file: string): Report {
  const parsed = parsePlanText(readSample(file));
  if (!parsed.ok) throw new Error(`${file} is refused: ${JSON.stringify(parsed)}`);
  return buildReport(parsed.value);
}

const CRIB = 2.5 * (55 / 12);
const DIAPER_TABLE = 2 * 3;
const SHELF = 4 * 1.25;
const GLIDER = 2.5 * 2.5;

interface Expected {
  readonly rooms: Readonly<Record<string, { area: number; usable: number }>>;
  readonly limits: readonly { id: string; children: number }[];
  readonly licensed: number;
  readonly binding: string;
}

/** Room areas and usable areas to 0.01 sq ft (the report rounds to 2 decimals), limits, licensed, binding. */
function expectReport(report: Report, hand: Expected): void {
  expect(report.rooms.map((r) => r.id).sort()).toEqual(Object.keys(hand.rooms).sort());
  for (const row of report.rooms) {
    const h = hand.rooms[row.id]!;
    expect(Math.abs(row.areaSqFt - h.area), `${row.id} areaSqFt ${row.areaSqFt} vs hand ${h.area}`).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(Math.abs(row.usableSqFt - h.usable), `${row.id} usableSqFt ${row.usableSqFt} vs hand ${h.usable}`).toBeLessThanOrEqual(0.005 + 1e-9);
  }
  expect(report.capacity.limits.map((l) => ({ id: l.id, children: l.children }))).toEqual(hand.limits);
  expect(report.capacity.licensed).toBe(hand.licensed);
  expect(report.capacity.binding).toBe(hand.binding);
}

describe('sample plans: the files themselves', () => {
  const index = JSON.parse(readFileSync(new URL('../../../public/sample-list.json', import.meta.url), 'utf8')) as { file: string; title: string }[];

  it('sample-list.json lists the samples, center-100 first', () => {
    expect(index.map((e) => e.file)).toEqual(['center-100.json', 'group-home.json', 'small-center.json', 'yard-mistakes.json']);
    for (const e of index) expect(e.title.length).toBeGreaterThan(0);
  });

  for (const file of ['center-100.json', 'group-home.json', 'small-center.json', 'yard-mistakes.json']) {
    it(`${file} follows the plan format (validatePlan accepts it with no errors)`, () => {
      const result = validatePlan(JSON.parse(readSample(file)));
      expect(result.ok ? [] : result).toEqual([]);
      expect(parsePlanText(readSample(file)).ok).toBe(true);
    });

    it(`${file}: every check of the JSON report evaluates (no "could not evaluate" finding)`, () => {
      const report = JSON.parse(JSON.stringify(reportOf(file))) as Report;
      expect(report.findings.filter((f) => f.message.includes('could not evaluate')).map((f) => `${f.id}: ${f.message}`)).toEqual([]);
    });
  }
});

describe('center-100.json — Bright Beginnings Learning Center (center, new licence, not sprinklered)', () => {
  // ---- Infant/toddler space: a center licensed for more than 20 children, new infant/toddler space →
  // 45 sq ft per infant/toddler, napping equipment (the cribs) NOT deducted (082(2)(B)2.B.(I)); at most 8
  // infant/toddlers in a group (2.B.(IV)) and no 4 ft partition in any room, so each room holds one group.
  // Infant Room (Robins) 18'-0" × 24'-0"; 8 cribs stay in the usable space; deduct the diapering table, two teacher
  // shelves and the adult glider.
  const infant1Area = 18 * 24; // 432
  const infant1Usable = infant1Area - DIAPER_TABLE - 2 * SHELF - GLIDER; // 409.75
  const infant1Children = Math.min(infant1Usable / 45, 8); // 9.1 by space, one group of 8 (2.B.(IV))
  // Infant Room (Wrens): the mirror image.
  const infant2Area = 18 * 24;
  const infant2Usable = infant2Area - DIAPER_TABLE - 2 * SHELF - GLIDER;
  const infant2Children = Math.min(infant2Usable / 45, 8);
  // Toddler Room (Bluebirds) 19'-0" × 24'-0" less the unit bathroom's corner 8'-0" × 10'-0" (bathroom + its 5" walls).
  const toddlerArea = 19 * 24 - 8 * 10; // 376
  const toddlerUsable = toddlerArea - DIAPER_TABLE - 2 * SHELF - GLIDER; // 353.75
  const toddlerChildren = Math.min(toddlerUsable / 45, 8); // 7.86 — space binds, not the group of 8
  // Two-Year-Old Room (Cardinals) 28'-0" × 24'-0" less its bathroom's corner 8'-0" × 10'-0": a group of only
  // two-year-olds, 35 sq ft per child (2.B.(II)), cots not deducted (put away after nap); at most 16 in a group (2.B.(IV)).
  const twosArea = 28 * 24 - 8 * 10; // 592
  const twosUsable = twosArea - 2 * SHELF - DIAPER_TABLE; // 576
  const twosChildren = Math.min(twosUsable / 35, 16); // 16.46 by space, one group of 16
  // Counted once over the infant/toddler space: 8 + 8 + 7.86 + 16 = 39.86 → 39.
  const infantToddler = Math.floor(infant1Children + infant2Children + toddlerChildren + twosChildren);

  // ---- Preschool and school-age space, 35 sq ft per child over the facility (082(2)(B)1.A).
  // Preschool Rooms A and B, each 31'-0" × 24'-0" less three teacher shelves and a teacher desk 48" × 30".
  const preschoolAArea = 31 * 24; // 744
  const preschoolAUsable = preschoolAArea - 3 * SHELF - 4 * 2.5; // 719
  const preschoolBArea = 31 * 24;
  const preschoolBUsable = preschoolBArea - 3 * SHELF - 4 * 2.5; // 719
  // School-Age Room 30'-0" × 24'-0" less two teacher shelves (its low shelves and tables are the children's).
  const schoolAgeArea = 30 * 24; // 720
  const schoolAgeUsable = schoolAgeArea - 2 * SHELF; // 710
  const preschool = Math.floor((preschoolAUsable + preschoolBUsable + schoolAgeUsable) / 35); // 2,148 / 35 = 61.37 → 61

  const space = preschool + infantToddler; // 61 + 39 = 100

  // ---- Toilets and adjacent sinks (082(3)(A)1-2, (3)(C)1). The staff restroom does not count (082(3)(A)8).
  // Infant/toddler unit: the unit bathroom opens into the toddler room — 1 toilet; sinks: the bathroom's and the
  // toddler room's → 1 set at 24 children.
  const unitSets = Math.min(1, 1 + 1);
  // Everyone else: toilets — twos' bathroom 1, preschool bathroom 2, girls' 1, boys' 1 = 5, plus the boys' urinal
  // standing in for a toilet (urinals for up to half the toilets, (3)(A)2) = 6; adjacent sinks — twos' bathroom 1 +
  // twos' room 1 + preschool bathroom 2 + preschool rooms A and B 1 each + girls' 1 + boys' 1 = 8 → 6 sets at 20.
  const toilets = 1 + 2 + 1 + 1;
  const urinals = 1;
  const sinks = 1 + 1 + 2 + 1 + 1 + 1 + 1;
  const generalSets = Math.min(toilets + Math.min(urinals, Math.floor((toilets + urinals) / 2)), sinks);
  const bath = unitSets * 24 + generalSets * 20; // 24 + 120 = 144

  // ---- Outdoor play area (082(6)(A)2): main yard 60'-0" × 50'-0" + infant/toddler yard 56'-0" × 20'-0", fenced 48".
  const playArea = 60 * 50 + 56 * 20; // 3,000 + 1,120 = 4,120 sq ft ≥ 750
  const outdoor = 3 * Math.floor(playArea / 75); // 54 children at once at 75 sq ft = a third of 162

  const hand: Expected = {
    rooms: {
      INF1: { area: infant1Area, usable: infant1Usable },
      INF2: { area: infant2Area, usable: infant2Usable },
      TOD: { area: toddlerArea, usable: toddlerUsable },
      UBATH: { area: (91 * 115) / 144, usable: 0 }, // 7'-7" × 9'-7", a bathroom has no usable space (1.C)
      TWOS: { area: twosArea, usable: twosUsable },
      TBATH: { area: (91 * 115) / 144, usable: 0 },
      KIT: { area: 14 * 24, usable: 0 },
      PANTRY: { area: (173 * 163) / 144, usable: 0 }, // 14'-5" × 13'-7"
      GIRLS: { area: 7 * 10, usable: 0 },
      BOYS: { area: 7 * 10, usable: 0 },
      STOR: { area: 6 * 24, usable: 0 },
      MECH: { area: (99 / 12) * 24, usable: 0 }, // 8'-3" × 24'-0"
      CORR: { area: (1543 / 12) * 6, usable: 0 }, // 128'-7" × 6'-0", a hallway used only as a passageway (1.C)
      OFF: { area: 14.5 * 24, usable: 0 },
      SBATH: { area: 6 * 8, usable: 0 },
      LOUNGE: { area: 12 * 24 - ((77 * 101) / 144), usable: 0 }, // 12' × 24' less the staff restroom's corner 6'-5" × 8'-5"
      PREA: { area: preschoolAArea, usable: preschoolAUsable },
      PCLOS: { area: (96 * 163) / 144, usable: 0 }, // 8'-0" × 13'-7"
      PBATH: { area: 8 * 10, usable: 0 },
      PREB: { area: preschoolBArea, usable: preschoolBUsable },
      SA: { area: schoolAgeArea, usable: schoolAgeUsable },
    },
    limits: [
      { id: 'space.usable', children: space },
      { id: 'bath.toilets', children: bath },
      { id: 'outdoor.area', children: outdoor },
    ],
    licensed: Math.min(space, bath, outdoor),
    binding: 'space.usable',
  };

  it('the hand figures are the designed ones: 100 by space, 144 by toilets, 162 outdoors', () => {
    expect([infantToddler, preschool, space, bath, outdoor]).toEqual([39, 61, 100, 144, 162]);
  });

  it('the report gives the same rooms, limits and licensed capacity (100, bound by usable space)', () => {
    expectReport(reportOf('center-100.json'), hand);
  });
});

describe('group-home.json — Maple Street Group Child Care Home (group home, existing licence, not sprinklered)', () => {
  // ---- Infant/toddler space: a group home licensed for at most 4 infants/toddlers (082(2)(B)2.A) — 35 sq ft per
  // infant/toddler with cribs and playpens used for napping deducted (2.A.(I)), and at most 4 of them.
  // Infant/Toddler Room 16'-0" × 14'-0" less 4 cribs, the diapering table and a teacher shelf.
  const infantArea = 16 * 14; // 224
  const infantUsable = infantArea - 4 * CRIB - DIAPER_TABLE - SHELF; // 224 − 45.83 − 6 − 5 = 167.17
  const infantToddler = Math.min(Math.floor(infantUsable / 35), 4); // 4.78 → 4, and at most 4 under 2.A

  // ---- Preschool space, 35 sq ft per child (082(2)(B)1.A): the great room 36'-0" × 18'-0" less two teacher shelves
  // and the provider's desk 48" × 30" (the children's low shelves and tables stay in).
  const preschoolArea = 36 * 18; // 648
  const preschoolUsable = preschoolArea - 2 * SHELF - 4 * 2.5; // 628
  const preschool = Math.floor(preschoolUsable / 35); // 17.94 → 17

  const space = preschool + infantToddler; // 21

  // ---- One children's bathroom off the great room: 1 toilet, 1 sink (the great room has no sink) → 1 set at 20
  // (082(3)(A)1). It opens into the great room, not the infant/toddler room, so it is not an infant/toddler unit's.
  const bath = Math.min(1, 1) * 20;

  // ---- Back yard 40'-0" × 30'-0", fenced 48" (082(6)(A)2).
  const outdoor = 3 * Math.floor((40 * 30) / 75); // 1,200 sq ft: 16 at once → 48

  // ---- A group child care home cares for at most 20 children (500.010(11)).
  const groupHome = 20;

  const hand: Expected = {
    rooms: {
      ITR: { area: infantArea, usable: infantUsable },
      UTIL: { area: (8 * 67) / 12, usable: 0 }, // 8'-0" × 5'-7"
      BATH: { area: 8 * 8, usable: 0 },
      KIT: { area: (134 * 168) / 144, usable: 0 }, // 11'-2" × 14'-0"
      PRE: { area: preschoolArea, usable: preschoolUsable },
      FAM: { area: (283 * 389) / 144, usable: 0 }, // 23'-7" × 32'-5", the provider's family quarters (1.I)
    },
    limits: [
      { id: 'space.usable', children: space },
      { id: 'bath.toilets', children: bath },
      { id: 'outdoor.area', children: outdoor },
      { id: 'capacity.group-home', children: groupHome },
    ],
    licensed: Math.min(space, bath, outdoor, groupHome),
    // Two limits tie at 20: the one toilet (082(3)(A)1) and the group-home maximum (500.010(11)). The report names
    // the first of equal limits in its order (space, toilets, outdoor, facility kind) and says the other would still
    // hold it at 20.
    binding: 'bath.toilets',
  };

  it('the hand figures: 21 by space, 20 by the one toilet, 48 outdoors, 20 for a group home', () => {
    expect([infantToddler, preschool, space, bath, outdoor, groupHome]).toEqual([4, 17, 21, 20, 48, 20]);
  });

  it('the report gives the same rooms, limits and licensed capacity (20)', () => {
    const report = reportOf('group-home.json');
    expectReport(report, hand);
    expect(report.capacity.raise).toMatch(/capacity\.group-home would still hold it at 20/);
  });
});

describe('small-center.json — Little Acorns Preschool (one-room center, new licence)', () => {
  // ---- Preschool Room 30'-0" × 22'-0" less two teacher shelves and the teacher desk 48" × 24" (082(2)(B)1.A-C).
  const preschoolArea = 30 * 22; // 660
  const preschoolUsable = preschoolArea - 2 * SHELF - 4 * 2; // 642
  const space = Math.floor(preschoolUsable / 35); // 18.34 → 18

  // ---- Restroom: 1 toilet; adjacent sinks: the restroom's and the classroom's it opens into → 1 set at 20 (082(3)(A)1).
  const bath = Math.min(1, 1 + 1) * 20;

  // ---- Play yard 40'-0" × 30'-0", fenced 48" (082(6)(A)2).
  const outdoor = 3 * Math.floor((40 * 30) / 75); // 48

  const hand: Expected = {
    rooms: {
      PRE: { area: preschoolArea, usable: preschoolUsable },
      BATH: { area: 12 * 8, usable: 0 },
      OFF: { area: (144 * 163) / 144, usable: 0 }, // 12'-0" × 13'-7"
    },
    limits: [
      { id: 'space.preschool', children: space },
      { id: 'bath.toilets', children: bath },
      { id: 'outdoor.area', children: outdoor },
    ],
    licensed: Math.min(space, bath, outdoor),
    binding: 'space.preschool',
  };

  it('the hand figures: 18 by space, 20 by the toilet, 48 outdoors', () => {
    expect([space, bath, outdoor]).toEqual([18, 20, 48]);
  });

  it('the report gives the same rooms, limits and licensed capacity (18, bound by usable space)', () => {
    expectReport(reportOf('small-center.json'), hand);
  });
});
