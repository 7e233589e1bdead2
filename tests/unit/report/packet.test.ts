import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFArray, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.ts';
import { analyzeFacility } from '../../../src/engine/facility.ts';
import type { Plan } from '../../../src/model/schema.ts';
import { parsePlanText, validatePlan } from '../../../src/model/validate.ts';
import { buildReport } from '../../../src/report/build.ts';
import { buildPacket } from '../../../src/report/packet/index.ts';
import { printable, textWidth } from '../../../src/report/packet/metrics.ts';
import { packetPages } from '../../../src/report/packet/pages.ts';
import { evacuationRoutes } from '../../../src/report/packet/routes.ts';
import { ON_SITE_CHECKLIST } from '../../../src/report/packet/checklist.ts';
import type { Page, PagePoint, Primitive } from '../../../src/report/packet/types.ts';

const root = new URL('../../../', import.meta.url).pathname;
const sample = (name: string): Plan => {
  const r = parsePlanText(readFileSync(join(root, 'public/samples', `${name}.json`), 'utf8'));
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.errors)}`);
  return r.value;
};
const oneRoomText = readFileSync(join(root, 'tests/fixtures/plans/one-room.json'), 'utf8');
const PDFTOTEXT = '/usr/bin/pdftotext';
// jsdom (installed for the UI tests) has no type declarations here; only its DOMParser is used.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new () => { window: { DOMParser: typeof DOMParser } } };
const PDFTOPPM = '/usr/bin/pdftoppm';

const valid = (plan: unknown): Plan => {
  const v = validatePlan(plan);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.value;
};

/**
 * A 60' × 40' center: a 20' × 20' preschool room in the north-west corner, a big room beside and below it, exits
 * to the west and the south. Too big for 3/16" = 1'-0" on Letter, so it is drawn at 1/8": a 20 ft wall is 2.5 in.
 */
function sixtyByForty(): Plan {
  return valid({
    format: 'safeplan.plan',
    version: 1,
    facility: { name: 'Scale Test Center', address: '1 Ruler Road, Jefferson City, MO', kind: 'center', licensing: 'new', sprinklered: false, nighttime: false },
    levels: [
      {
        id: 'L1',
        name: 'Main floor',
        elevation: 0,
        rooms: [
          { id: 'R1', name: 'Small Room', use: 'child-care', ages: ['preschool'], polygon: [[0, 0], [240, 0], [240, 240], [0, 240]] },
          { id: 'R2', name: 'Big Room', use: 'child-care', ages: ['preschool'], polygon: [[245, 0], [720, 0], [720, 480], [0, 480], [0, 245], [245, 245]] },
        ],
        doors: [
          { id: 'D1', a: [240, 100], b: [240, 136], rooms: ['R1', 'R2'], swing: 'R2' },
          { id: 'X1', a: [0, 60], b: [0, 96], rooms: ['R1', 'outside'], swing: 'outside', hinge: 'b' },
          { id: 'X2', a: [600, 480], b: [636, 480], rooms: ['R2', 'outside'], swing: 'outside' },
        ],
        windows: [],
        items: [],
      },
    ],
  });
}

const tagged = (page: Page, tag: string): Primitive[] => page.primitives.filter((p) => p.tag === tag);
const texts = (page: Page): string[] => page.primitives.flatMap((p) => (p.kind === 'text' ? [p.text] : []));
const dist = (p: PagePoint, q: PagePoint) => Math.hypot(q[0] - p[0], q[1] - p[1]);

describe('the page model: facility diagram to scale (500.042(4)(A))', () => {
  const pages = packetPages(sixtyByForty(), { parts: ['facility'], date: '2025-01-15' });
  const page = pages[0]!;

  it('picks the largest standard architectural scale that fits: 1/8" = 1\'-0" on Letter landscape', () => {
    expect(pages).toHaveLength(1);
    expect(page.size).toEqual([792, 612]);
    expect(page.placement?.scale).toMatchObject({ label: '1/8" = 1\'-0"', standard: true, pointsPerInch: 0.75 });
    expect(texts(page)).toContain('1/8" = 1\'-0"');
  });

  it('draws a 20 ft wall 2.5 in (180 pt) long', () => {
    const room = tagged(page, 'room:R1')[0]!;
    expect(room.kind).toBe('polygon');
    const ring = (room as Extract<Primitive, { kind: 'polygon' }>).rings[0]!;
    expect(dist(ring[0]!, ring[1]!)).toBeCloseTo(180, 9);
    expect(dist(ring[0]!, ring[1]!) / 72).toBeCloseTo(2.5, 9);
    // The scale bar agrees: each step of N feet is N × 12 × 0.75 points.
    const step = page.primitives.find((p) => p.tag?.startsWith('scale-bar:'))!;
    const feet = Number(/scale-bar:(\d+)ft/.exec(step.tag!)![1]);
    const bar = (step as Extract<Primitive, { kind: 'polygon' }>).rings[0]!;
    expect(dist(bar[0]!, bar[1]!)).toBeCloseTo(feet * 12 * 0.75, 9);
  });

  it('draws door swings as quarter arcs from the hinge jamb on the swing side, exits marked EXIT', () => {
    const { origin } = page.placement!;
    const at = (x: number, y: number): PagePoint => [origin[0] + x * 0.75, origin[1] + y * 0.75];
    // X1 hangs on jamb b (0, 96) and swings outside (west); its leaf opens to (-36, 96).
    const arc = tagged(page, 'door:X1').find((p) => p.kind === 'arc') as Extract<Primitive, { kind: 'arc' }>;
    expect(arc.center[0]).toBeCloseTo(at(0, 96)[0], 9);
    expect(arc.center[1]).toBeCloseTo(at(0, 96)[1], 9);
    expect(arc.radius).toBeCloseTo(36 * 0.75, 9);
    expect(Math.abs(arc.sweep)).toBeCloseTo(90, 9);
    const leaf = tagged(page, 'door:X1').find((p) => p.kind === 'line') as Extract<Primitive, { kind: 'line' }>;
    expect(leaf.to[0]).toBeCloseTo(at(-36, 96)[0], 9);
    expect(leaf.to[1]).toBeCloseTo(at(-36, 96)[1], 9);
    // D1 swings into R2, east of the wall line x = 240 (R2's face is at 245): hung on R2's face.
    const d1 = tagged(page, 'door:D1').find((p) => p.kind === 'arc') as Extract<Primitive, { kind: 'arc' }>;
    expect(d1.center[0]).toBeCloseTo(at(245, 100)[0], 6);
    expect(tagged(page, 'exit:X1')).toHaveLength(1);
    expect(tagged(page, 'exit:X2')).toHaveLength(1);
    expect(tagged(page, 'exit:D1')).toHaveLength(0);
  });

  it('has a title block, north arrow, legend and room labels with dimensions and usable area from the report', () => {
    const all = texts(page);
    for (const t of ['FACILITY DIAGRAM', 'Scale Test Center', '1 Ruler Road, Jefferson City, MO', 'Main floor (L1)', '2025-01-15', 'N', 'LEGEND', 'Small Room', "20'-0\" x 20'-0\"", 'EXIT']) expect(all).toContain(t);
    const report = buildReport(sixtyByForty());
    const usable = report.rooms.find((r) => r.id === 'R1')!.usableSqFt.toFixed(1);
    expect(all.some((t) => t.includes(`usable ${usable}`))).toBe(true);
    expect(tagged(page, 'north-arrow').length).toBeGreaterThan(0);
  });

  it('draws one sheet per level', () => {
    expect(packetPages(twoStorey(), { parts: ['facility'] }).map((p) => p.level)).toEqual(['L1', 'L2']);
  });

  it('goes to Tabloid or a smaller scale for a large facility, never off the sheet', () => {
    const letter = packetPages(sample('center-100'), { parts: ['facility'] })[0]!;
    const tabloid = packetPages(sample('center-100'), { parts: ['facility'], paper: 'tabloid' })[0]!;
    expect(letter.placement!.scale.label).toBe('1/16" = 1\'-0"');
    expect(tabloid.placement!.scale.label).toBe('3/32" = 1\'-0"');
    expect(tabloid.size).toEqual([1224, 792]);
    for (const p of [letter, tabloid]) {
      for (const prim of p.primitives) {
        if (prim.kind !== 'polygon' || !prim.tag?.startsWith('room:')) continue;
        for (const [x, y] of prim.rings[0]!) {
          expect(x).toBeGreaterThan(36);
          expect(x).toBeLessThan(p.size[0] - 36);
          expect(y).toBeGreaterThan(36);
          expect(y).toBeLessThan(p.size[1] - 36);
        }
      }
    }
  });
});

describe('the outdoor diagram (500.042(4)(B))', () => {
  it('shows play areas with dimensions, area and fence height, surfaces, equipment and fall zones, and the building', () => {
    const page = packetPages(sample('small-center'), { parts: ['outdoor'] })[0]!;
    const all = texts(page);
    expect(all).toContain('OUTDOOR PLAY AREA DIAGRAM');
    expect(all).toContain('Play Yard');
    expect(all).toContain('1,200 sq ft, fence 4\'-0" high');
    expect(all).toContain("40'-0\"");
    expect(all.some((t) => t.startsWith('Engineered wood fiber'))).toBe(true);
    expect(tagged(page, 'equipment:EQ-CLIMBER').length).toBeGreaterThan(0);
    expect(tagged(page, 'fall-zone:EQ-CLIMBER').length).toBeGreaterThan(0);
    expect(page.primitives.some((p) => p.tag?.startsWith('building:'))).toBe(true);
    expect(page.placement?.scale.standard).toBe(true);
  });

  it('says so when the plan has no outdoor play area', () => {
    const plan = sixtyByForty();
    const page = packetPages(plan, { parts: ['outdoor'] })[0]!;
    expect(texts(page)).toContain('No outdoor play area is drawn in this plan.');
  });
});

describe('evacuation plans (087(2)(E), (F)3; 090(2)(B))', () => {
  it('draws one page per child-care room with YOU ARE HERE, two routes, numbers and special instructions', () => {
    const plan = sample('center-100');
    const pages = packetPages(plan, { parts: ['evacuation'], meetingPlace: { name: 'Flagpole by the front walk', at: [700, 900] } });
    const childCare = analyzeFacility(plan).rooms.filter((r) => r.isChildCare).map((r) => r.room.id);
    expect(pages.map((p) => p.room)).toEqual(childCare);
    for (const page of pages) {
      const all = texts(page);
      expect(all).toContain('YOU ARE HERE');
      expect(all).toContain('1-800-222-1222');
      expect(all.some((t) => t.includes('911'))).toBe(true);
      expect(all).toContain('INFANTS AND CHILDREN WHO CANNOT WALK');
      expect(all).toContain('MEETING PLACE');
      expect(tagged(page, 'route:primary')).toHaveLength(2); // the line and its arrowhead
      expect(tagged(page, 'route:secondary')).toHaveLength(2);
    }
    const infant = pages.find((p) => p.room === 'INF2')!;
    expect(texts(infant).join(' ')).toMatch(/evacuation crib/);
  });

  it('routes: the primary is the travel path to the nearest exit; the secondary the shortest to another exit', () => {
    const plan = sample('center-100');
    const facility = analyzeFacility(plan);
    const report = buildReport(plan);
    for (const row of report.travel.filter((t) => facility.roomsById.get(t.room)!.isChildCare)) {
      const routes = evacuationRoutes(facility, facility.roomsById.get(row.room)!);
      expect(routes.primary!.exit.door.id).toBe(row.exit);
      expect(routes.primary!.distance / 12).toBeCloseTo(row.worstPointFt!, 1);
      expect(routes.secondary).not.toBeNull();
      expect(routes.secondary!.exit).not.toBe(routes.primary!.exit);
      expect(routes.secondary!.distance).toBeGreaterThanOrEqual(routes.primary!.distance - 1e-6);
      // Both start where the travel check measured from and end at their exit doorway's centre.
      expect(routes.secondary!.points[0]).toEqual(routes.primary!.points[0]);
      const { a, b } = routes.secondary!.exit.door;
      const end = routes.secondary!.points.at(-1)!;
      expect(Math.hypot(end[0] - (a[0] + b[0]) / 2, end[1] - (a[1] + b[1]) / 2)).toBeLessThan(1);
      let length = 0;
      for (let i = 1; i < routes.secondary!.points.length; i++) length += Math.hypot(routes.secondary!.points[i]![0] - routes.secondary!.points[i - 1]![0], routes.secondary!.points[i]![1] - routes.secondary!.points[i - 1]![1]);
      expect(length).toBeCloseTo(routes.secondary!.distance, 3);
    }
  });

  it('takes an upper floor down its open stair, and says there is no second exit when there is none', () => {
    const pages = packetPages(twoStorey(), { parts: ['evacuation'] });
    expect(pages.map((p) => p.room)).toEqual(['A', 'B']);
    const upstairs = texts(pages[1]!).join(' ');
    expect(upstairs).toMatch(/Stair up, then down to Main and out by its nearest exit/);
    expect(upstairs).toMatch(/no second exit on this level/);
  });
});

describe('the capacity worksheet and compliance report', () => {
  it('lists every capacity limit with its basis, the rooms, findings by status and the on-site checklist', () => {
    const plan = sample('center-100');
    const pages = packetPages(plan, { parts: ['report'] });
    const report = buildReport(plan);
    const all = pages.flatMap(texts).join('\n');
    expect(all).toContain('CAPACITY WORKSHEET AND COMPLIANCE REPORT');
    expect(pages[0]!.primitives.find((p) => p.tag === 'licensed-capacity')).toMatchObject({ text: String(report.capacity.licensed) });
    for (const l of report.capacity.limits) expect(all).toContain(l.id);
    for (const r of report.rooms) expect(all).toContain(r.id);
    // Every finding appears, under its status heading.
    const findingLines = pages.flatMap((p) => p.primitives.filter((x) => x.tag?.startsWith('finding:')));
    expect(findingLines).toHaveLength(report.findings.length);
    expect(all).toMatch(/Findings: Warning \(\d+\)/);
    expect(all).toMatch(/Findings: Pass \(\d+\)/);
    for (const c of ['5 CSR 25-500.082(2)(A)4', '5 CSR 25-500.082(2)(A)5', '5 CSR 25-500.087(2)(F)', '5 CSR 25-500.087(12)(D)', '5 CSR 25-500.082(2)(A)11', '5 CSR 25-500.082(1)(G); 087(14)(B)', '5 CSR 25-500.082(1)(I); 087(2)(H)'])
      expect(all).toContain(c);
  });

  it('keeps the on-site checklist citations in the 5 CSR 25-500 form', () => {
    for (const item of ON_SITE_CHECKLIST) expect(item.citation).toMatch(/^5 CSR 25-500\.0\d\d\(\d+\)/);
  });
});

describe('text for the standard fonts', () => {
  it('spells characters WinAnsi lacks and measures Helvetica', () => {
    expect(printable('≤ 5 → x ≥ 2 − 1 ✓')).toBe('<= 5 -> x >= 2 - 1 x');
    expect(printable('12\'-6" – 68°F §')).toBe('12\'-6" – 68°F §');
    expect(textWidth('EXIT', 10, 'bold')).toBeCloseTo((667 + 667 + 278 + 611) / 100, 9);
  });
});

/** Page content streams of a PDF, decoded. */
function contentStreams(doc: PDFDocument, index: number): string {
  const contents = doc.getPage(index).node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
  return streams.map((s) => (s instanceof PDFRawStream ? new TextDecoder().decode(decodePDFRawStream(s).decode()) : '')).join('\n');
}

describe('the PDF', () => {
  it('opens with pdf-lib, with a page per page of the model, each of its size', async () => {
    const packet = buildPacket(sample('small-center'), { date: '2025-01-15', preparedBy: 'Jane Director' });
    const bytes = await packet.pdf();
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(packet.pages.length);
    packet.pages.forEach((p, i) => {
      const { width, height } = doc.getPage(i).getSize();
      expect([width, height]).toEqual([...p.size]);
    });
    expect(doc.getTitle()).toBe('Little Acorns Preschool: licensure packet');
    expect(doc.getAuthor()).toBe('Jane Director');
    const parts = packet.pages.map((p) => p.part);
    expect(parts.filter((p) => p === 'facility')).toHaveLength(1);
    expect(parts.filter((p) => p === 'outdoor')).toHaveLength(1);
    expect(parts.filter((p) => p === 'evacuation')).toHaveLength(1);
    expect(parts.filter((p) => p === 'report').length).toBeGreaterThanOrEqual(2);
  });

  it('carries the plan at scale in its content stream: the 20 ft wall is a 180 pt path segment', async () => {
    const packet = buildPacket(sixtyByForty(), { parts: ['facility'] });
    const doc = await PDFDocument.load(await packet.pdf());
    const stream = contentStreams(doc, 0);
    // Paths are drawn in the page's y-down frame: translate to the top edge and flip, with no scaling.
    expect(stream).toContain('1 0 0 -1 0 0 cm');
    const { origin } = packet.pages[0]!.placement!;
    const moves = [...stream.matchAll(/(-?[\d.]+) (-?[\d.]+) m\s+(-?[\d.]+) (-?[\d.]+) l/g)].map((m) => m.slice(1, 5).map(Number));
    const wall = moves.find(([x0, y0]) => Math.abs(x0! - origin[0]) < 0.01 && Math.abs(y0! - origin[1]) < 0.01);
    expect(wall).toBeDefined();
    const [x0, y0, x1, y1] = wall!;
    expect(Math.hypot(x1! - x0!, y1! - y0!)).toBeCloseTo(180, 2);
  });

  it.skipIf(!existsSync(PDFTOTEXT))('has real, searchable text (pdftotext)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'safeplan-packet-'));
    const file = join(dir, 'packet.pdf');
    writeFileSync(file, await buildPacket(sample('group-home'), { date: '2025-01-15', meetingPlace: { name: 'Church parking lot' } }).pdf());
    const text = execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' });
    for (const t of [
      'FACILITY DIAGRAM',
      'Maple Street Group Child Care Home',
      '418 Maple Street, Jefferson City, MO 65101',
      '1/8" = 1\'-0"',
      'EXIT',
      'OUTDOOR PLAY AREA DIAGRAM',
      'CAPACITY WORKSHEET AND COMPLIANCE REPORT',
      'EMERGENCY EVACUATION PLAN',
      'YOU ARE HERE',
      '1-800-222-1222',
      'Church parking lot',
      '5 CSR 25-500.082(2)(A)4',
    ])
      expect(text).toContain(t);
  });

  it.skipIf(!existsSync(PDFTOPPM))('renders to PNG (pdftoppm) for a look: test-results/packet-*.png', async () => {
    const dir = join(root, 'test-results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'packet-center-100.pdf');
    writeFileSync(file, await buildPacket(sample('center-100'), { parts: ['facility', 'evacuation'], date: '2025-01-15' }).pdf());
    execFileSync(PDFTOPPM, ['-png', '-r', '60', '-f', '1', '-l', '2', file, join(dir, 'packet-center-100')]);
    const pngs = readdirSync(dir).filter((f) => /^packet-center-100-\d+\.png$/.test(f));
    expect(pngs.length).toBe(2);
    for (const f of pngs) expect(statSync(join(dir, f)).size).toBeGreaterThan(10_000);
  }, 30_000);
});

describe('the SVG pages', () => {
  it('are well-formed standalone SVG documents of the page size', () => {
    const packet = buildPacket(sample('small-center'), { meetingPlace: { name: 'Oak & Elm <corner>' } });
    const svgs = packet.svg();
    expect(svgs).toHaveLength(packet.pages.length);
    const { DOMParser } = new JSDOM().window;
    svgs.forEach((svg, i) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
      const el = doc.documentElement;
      expect(el.tagName).toBe('svg');
      expect(el.getAttribute('viewBox')).toBe(`0 0 ${packet.pages[i]!.size[0]} ${packet.pages[i]!.size[1]}`);
      expect(doc.getElementsByTagName('text').length).toBeGreaterThan(5);
    });
    const evacuation = svgs[packet.pages.findIndex((p) => p.part === 'evacuation')]!;
    expect(evacuation).toContain('YOU ARE HERE');
    expect(evacuation).toContain('Oak &amp; Elm &lt;corner&gt;');
  });
});

describe('safeplan report', () => {
  it('writes the PDF and one SVG per page, and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'safeplan-report-'));
    const pdf = join(dir, 'packet.pdf');
    const svg = join(dir, 'svg');
    const r = await runCli(['report', join(root, 'public/samples/small-center.json'), '--pdf', pdf, '--svg', svg, '--parts', 'facility,evacuation', '--prepared-by', 'Jane Director', '--date=2025-01-15']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${pdf}: 2 pages\n${svg}: 2 SVG pages\n`);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await PDFDocument.load(readFileSync(pdf))).getPageCount()).toBe(2);
    expect(readdirSync(svg).sort()).toEqual(['01-facility-L1.svg', '02-evacuation-PRE.svg']);
  });

  it('exits 2 on a broken plan with the errors check gives, nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'safeplan-report-'));
    const plan = JSON.parse(oneRoomText);
    plan.facility.kind = 'school';
    const broken = JSON.stringify(plan);
    const pdf = join(dir, 'packet.pdf');
    const r = await runCli(['report', '-', '--pdf', pdf], () => broken);
    const check = await runCli(['check', '-'], () => broken);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'facility.kind: must be one of "group-home", "center", not "school"\n' });
    expect(r.stderr).toBe(check.stderr);
    expect(existsSync(pdf)).toBe(false);
  });

  it.each([
    [['report', 'x.json'], /give --pdf FILE, --svg DIR or both/],
    [['report', '--pdf', 'x.pdf'], /no plan file given/],
    [['report', 'x.json', '--pdf'], /option --pdf needs a value/],
    [['report', 'x.json', '--pdf', 'x.pdf', '--parts', 'facility,posters'], /unknown part "posters"/],
    [['report', 'x.json', '--pdf', 'x.pdf', '--paper', 'a4'], /--paper must be letter or tabloid/],
    [['report', 'x.json', '--pdf', 'x.pdf', '--json'], /unknown option --json/],
    [['report', '/no/such/plan.json', '--pdf', 'x.pdf'], /no\/such\/plan\.json: cannot read the plan: no such file/],
  ])('exits 2 with a sentence for %j', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('runs as a real process: bin/safeplan report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'safeplan-report-'));
    const pdf = join(dir, 'one-room.pdf');
    const done = spawnSync(join(root, 'bin/safeplan'), ['report', '-', '--pdf', pdf, '--parts', 'facility'], { cwd: root, input: oneRoomText, encoding: 'utf8' });
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(statSync(pdf).size).toBeGreaterThan(1000);
    const refused = spawnSync(join(root, 'bin/safeplan'), ['report', '-', '--pdf', pdf], { cwd: root, input: '{"format": "safeplan.plan"', encoding: 'utf8' });
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^the file is not valid JSON/);
  }, 30_000);
});

/** Two storeys joined by an open stair: the upper room's only way out is down it (engine/stairTravel test plan). */
function twoStorey(): Plan {
  const stair = (to: string) => ({ to, width: 36, riser: 7, tread: 11, headroom: 84, handrails: 'both' as const, handrailHeight: 36, enclosed: false, outside: false });
  return valid({
    format: 'safeplan.plan',
    version: 1,
    facility: { name: 'House', kind: 'group-home', licensing: 'existing', sprinklered: false, nighttime: false },
    levels: [
      {
        id: 'L1',
        name: 'Main',
        elevation: 0,
        rooms: [
          { id: 'A', name: 'Play room', use: 'child-care', ages: ['preschool'], polygon: [[0, 0], [240, 0], [240, 240], [0, 240]] },
          { id: 'S1', name: 'Stair down', use: 'stair', polygon: [[240, 0], [300, 0], [300, 240], [240, 240]], stair: stair('L2') },
        ],
        doors: [
          { id: 'X', a: [0, 100], b: [0, 136], rooms: ['A', 'outside'], swing: 'outside' },
          { id: 'Y', a: [100, 240], b: [136, 240], rooms: ['A', 'outside'], swing: 'outside' },
          { id: 'D1', a: [240, 200], b: [240, 236], rooms: ['A', 'S1'], swing: 'none', kind: 'opening' },
        ],
        windows: [],
        items: [],
      },
      {
        id: 'L2',
        name: 'Upstairs',
        elevation: 112,
        rooms: [
          { id: 'B', name: 'Upper room', use: 'child-care', ages: ['preschool'], polygon: [[0, 0], [240, 0], [240, 240], [0, 240]] },
          { id: 'S2', name: 'Stair up', use: 'stair', polygon: [[240, 0], [300, 0], [300, 240], [240, 240]], stair: stair('L1') },
        ],
        doors: [{ id: 'D2', a: [240, 4], b: [240, 40], rooms: ['B', 'S2'], swing: 'none', kind: 'opening' }],
        windows: [],
        items: [],
      },
    ],
  });
}
