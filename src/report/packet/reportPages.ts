/**
 * The capacity worksheet and compliance report, Letter portrait, flowing over as many pages as it needs: the
 * facility, the licensed capacity with every limit and its basis, the rooms, travel distances, every finding grouped
 * by status with its citation, measured value and limit, and the on-site checklist of rules no drawing can show.
 */
import type { Finding, Status } from '../../checks/types.ts';
import { insideDimensions, USE_LABEL } from './planDrawing.ts';
import { onSiteChecklist } from './checklist.ts';
import { facilityFacts, type PacketContext } from './context.ts';
import { textWidth, truncate, wrapText } from './metrics.ts';
import { BLACK, BLUE, DARK, GRAY, GREEN, ORANGE, RED, Sheet, stroke } from './sheet.ts';
import type { Color, FontWeight, Page } from './types.ts';
import { groupedNumber } from '../../model/numbers.ts';

const W = 612;
const H = 792;
const LEFT = 54;
const RIGHT = W - 54;
const WIDTH = RIGHT - LEFT;
const TOP = 54;
const BOTTOM = H - 50;

const STATUS_ORDER: readonly Status[] = ['fail', 'warn', 'verify', 'pass', 'n/a'];
const STATUS_HEADING: Readonly<Record<Status, string>> = { fail: 'Fail', warn: 'Warning', verify: 'Verify on site', pass: 'Pass', 'n/a': 'Not applicable' };
const STATUS_COLOR: Readonly<Record<Status, Color>> = { fail: RED, warn: ORANGE, verify: BLUE, pass: GREEN, 'n/a': GRAY };

interface Column {
  readonly header: string;
  readonly width: number;
  readonly align?: 'left' | 'right';
}

/** Lays text out top to bottom, starting a new page whenever the next block would not fit. */
class Flow {
  readonly sheets: Sheet[] = [];
  private sheet!: Sheet;
  y = 0;

  constructor(private readonly running: string) {
    this.newPage();
  }

  newPage(): void {
    this.sheet = new Sheet(W, H);
    this.sheets.push(this.sheet);
    this.sheet.text([LEFT, TOP - 16], this.running, { size: 7, color: GRAY });
    this.sheet.line([LEFT, TOP - 11], [RIGHT, TOP - 11], stroke(0.5, GRAY));
    this.y = TOP;
  }

  get page(): Sheet {
    return this.sheet;
  }

  ensure(h: number): void {
    if (this.y + h > BOTTOM) this.newPage();
  }

  heading(text: string, size = 12, color: Color = BLACK): void {
    this.ensure(size * 2 + 40);
    this.y += size * 0.6;
    this.sheet.text([LEFT, this.y + size], text, { size, weight: 'bold', color }, 'heading');
    this.y += size + 4;
    this.sheet.line([LEFT, this.y], [RIGHT, this.y], stroke(0.8, color));
    this.y += 6;
  }

  paragraph(text: string, size = 8.5, weight: FontWeight = 'normal', color: Color = BLACK, indent = 0): void {
    const lines = wrapText(text, WIDTH - indent, size, weight);
    for (const line of lines) {
      this.ensure(size * 1.3);
      this.sheet.text([LEFT + indent, this.y + size], line, { size, weight, color });
      this.y += size * 1.3;
    }
    this.y += size * 0.3;
  }

  /** A table whose cells wrap; the header repeats on each new page. */
  table(columns: readonly Column[], rows: readonly (readonly string[])[], size = 7.5, boldLast = false): void {
    const lead = size * 1.25;
    const xs: number[] = [];
    let x = LEFT;
    for (const c of columns) {
      xs.push(x);
      x += c.width;
    }
    const header = () => {
      this.sheet.rect(LEFT, this.y, WIDTH, lead + 3, { fill: [0.9, 0.9, 0.9] });
      columns.forEach((c, i) => {
        const tx = c.align === 'right' ? xs[i]! + c.width - 4 : xs[i]! + 2;
        this.sheet.text([tx, this.y + size + 1.5], c.header, { size, weight: 'bold', anchor: c.align === 'right' ? 'end' : 'start' });
      });
      this.y += lead + 4;
    };
    this.ensure(lead * 3 + 4);
    header();
    rows.forEach((row, r) => {
      const bold = boldLast && r === rows.length - 1;
      const cells = row.map((cell, i) => wrapText(cell, columns[i]!.width - 6, size, bold ? 'bold' : 'normal'));
      const h = Math.max(...cells.map((c) => c.length)) * lead + 2;
      if (this.y + h > BOTTOM) {
        this.newPage();
        header();
      }
      if (r % 2 === 1) this.sheet.rect(LEFT, this.y - 1, WIDTH, h, { fill: [0.965, 0.965, 0.965] });
      cells.forEach((lines, i) => {
        const c = columns[i]!;
        lines.forEach((line, j) => {
          const tx = c.align === 'right' ? xs[i]! + c.width - 4 : xs[i]! + 2;
          this.sheet.text([tx, this.y + size + j * lead], line, { size, weight: bold ? 'bold' : 'normal', anchor: c.align === 'right' ? 'end' : 'start' });
        });
      });
      this.y += h;
    });
    this.sheet.line([LEFT, this.y], [RIGHT, this.y], stroke(0.5, GRAY));
    this.y += 8;
  }
}

const oneDecimal = (n: number) => groupedNumber(n, 1);

export function formatMeasure(value: number | null, unit: string | null): string {
  if (value === null) return '';
  const n = Number.isInteger(value) ? value.toLocaleString('en-US') : value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return unit ? `${n} ${unit}` : n;
}

function findingBlock(flow: Flow, f: Finding, color: Color): void {
  const size = 7.5;
  const msgSize = 7.5;
  const msg = wrapText(f.message, WIDTH - 14, msgSize);
  const h = size * 1.35 + msg.length * msgSize * 1.25 + 5;
  flow.ensure(h);
  const s = flow.page;
  const y = flow.y;
  s.rect(LEFT, y + 1, 3, h - 4, { fill: color });
  const head = `${f.id}${f.subject ? `  [${f.subject}]` : ''}`;
  s.text([LEFT + 8, y + size], truncate(head, 190, size, 'bold'), { size, weight: 'bold' }, `finding:${f.id}`);
  s.text([LEFT + 205, y + size], truncate(f.citation, 150, size - 0.5), { size: size - 0.5, color: DARK });
  const measure = [f.measured !== null ? `measured ${formatMeasure(f.measured, f.unit)}` : '', f.limit !== null ? `limit ${formatMeasure(f.limit, f.unit)}` : ''].filter(Boolean).join('; ');
  if (measure) s.text([RIGHT, y + size], truncate(measure, 150, size - 0.5), { size: size - 0.5, anchor: 'end', color: DARK });
  msg.forEach((line, i) => s.text([LEFT + 8, y + size * 1.35 + msgSize + i * msgSize * 1.25], line, { size: msgSize, color: [0.15, 0.15, 0.15] }));
  flow.y += h;
}

export function reportPages(ctx: PacketContext): Page[] {
  const { plan, report } = ctx;
  const f = plan.facility;
  const flow = new Flow(`${f.name} - capacity worksheet and compliance report - ${ctx.date}`);
  const s0 = flow.page;

  // Title.
  s0.text([LEFT, flow.y + 18], 'CAPACITY WORKSHEET AND COMPLIANCE REPORT', { size: 16, weight: 'bold' }, 'title');
  flow.y += 26;
  s0.text([LEFT, flow.y + 11], f.name, { size: 11, weight: 'bold' }, 'facility');
  flow.y += 15;
  if (f.address || f.phone) {
    s0.text([LEFT, flow.y + 8.5], [f.address, f.phone ? `Tel. ${f.phone}` : ''].filter(Boolean).join('    '), { size: 8.5 }, 'address');
    flow.y += 12;
  }
  s0.text([LEFT, flow.y + 8], facilityFacts(plan), { size: 8, color: DARK });
  flow.y += 11;
  const enrollment = f.enrollment
    ? Object.entries(f.enrollment)
        .filter(([, n]) => n)
        .map(([band, n]) => `${n} ${band === 'schoolAge' ? 'school-age' : band}`)
        .join(', ')
    : 'not given: capacity is what the space allows';
  s0.text([LEFT, flow.y + 8], `Planned enrollment: ${enrollment}`, { size: 8, color: DARK });
  flow.y += 11;
  s0.text([LEFT, flow.y + 8], `Date: ${ctx.date}${ctx.preparedBy ? `    Prepared by: ${ctx.preparedBy}` : ''}`, { size: 8, color: DARK });
  flow.y += 14;
  const sm = report.summary;
  flow.paragraph(`Findings: ${sm.fail} fail, ${sm.warn} warning, ${sm.verify} verify on site, ${sm.pass} pass, ${sm['n/a']} not applicable. Rule citations are to 5 CSR 25-500 (Missouri licensing rules for group child care homes and child care centers).`, 8);

  // Capacity.
  const cap = report.capacity;
  flow.heading('Licensed capacity');
  flow.ensure(40);
  flow.page.text([LEFT, flow.y + 24], `${cap.licensed}`, { size: 26, weight: 'bold' }, 'licensed-capacity');
  const capX = LEFT + textWidth(`${cap.licensed}`, 26, 'bold') + 10;
  flow.page.text([capX, flow.y + 13], 'children', { size: 11, weight: 'bold' });
  flow.page.text([capX, flow.y + 25], cap.binding ? `Binding limit: ${cap.binding} (the least of the limits below)` : 'No limit binds', { size: 8.5, color: DARK }, 'binding');
  flow.y += 34;
  if (cap.raise) flow.paragraph(`To raise it: ${cap.raise}`, 8, 'normal', DARK);
  flow.table(
    [
      { header: 'Limit', width: 90 },
      { header: 'Children', width: 50, align: 'right' },
      { header: 'Basis', width: WIDTH - 140 },
    ],
    cap.limits.map((l) => [l.id + (l.id === cap.binding ? ' (binding)' : ''), String(l.children), l.basis ?? '']),
  );

  // Rooms.
  flow.heading('Rooms');
  const levelName = new Map(plan.levels.map((l) => [l.id, l.name]));
  const rows = report.rooms.map((r) => {
    const info = ctx.facility.roomsById.get(r.id);
    return [
      r.id,
      r.name,
      levelName.get(r.level) ?? r.level,
      info ? USE_LABEL[info.room.use] : (r.use ?? ''),
      info ? insideDimensions(info.room.polygon) : '',
      oneDecimal(r.areaSqFt),
      oneDecimal(r.usableSqFt),
      r.children === undefined ? '' : String(r.children),
    ];
  });
  rows.push(['', 'Total', '', '', '', oneDecimal(report.rooms.reduce((a, r) => a + r.areaSqFt, 0)), oneDecimal(report.rooms.reduce((a, r) => a + r.usableSqFt, 0)), '']);
  flow.table(
    [
      { header: 'Id', width: 46 },
      { header: 'Name', width: 112 },
      { header: 'Level', width: 52 },
      { header: 'Use', width: 58 },
      { header: 'Inside dimensions', width: 88 },
      { header: 'Area sq ft', width: 50, align: 'right' },
      { header: 'Usable', width: 50, align: 'right' },
      { header: 'Children', width: WIDTH - 456, align: 'right' },
    ],
    rows,
    7,
    true,
  );
  flow.paragraph('Area: inside faces, wall to wall (082(2)(B)1.B). Usable: less kitchens, bathrooms, closets, offices, passageways and the floor under furniture not used by children and napping equipment left in place (082(2)(B)1.C-D).', 7, 'normal', GRAY);

  // Travel.
  if (report.travel.length) {
    flow.heading('Travel distance to exits');
    const roomName = new Map(report.rooms.map((r) => [r.id, r.name]));
    flow.table(
      [
        { header: 'Room', width: 200 },
        { header: 'Farthest point to exit', width: 120, align: 'right' },
        { header: 'Nearest exit', width: WIDTH - 320 },
      ],
      report.travel.map((t) => [`${roomName.get(t.room) ?? t.room} (${t.room})`, t.worstPointFt === null ? 'no exit reached' : `${oneDecimal(t.worstPointFt)} ft`, t.exit ?? '']),
    );
    flow.paragraph('Along the natural path of travel, 12 in clear of corners and furniture, to the centre of the exit doorway (NFPA 101 7.6.1, 087(2)(S)); limits in the findings (087(8)).', 7, 'normal', GRAY);
  }

  // Findings.
  for (const status of STATUS_ORDER) {
    const group = report.findings.filter((x) => x.status === status);
    if (!group.length) continue;
    flow.heading(`Findings: ${STATUS_HEADING[status]} (${group.length})`, 12, STATUS_COLOR[status]);
    for (const finding of group) findingBlock(flow, finding, STATUS_COLOR[status]);
    flow.y += 6;
  }

  // On-site checklist.
  flow.heading('On-site checklist: rules no drawing can show (verify on site)', 12, BLUE);
  flow.paragraph('The licensing representative and the fire inspector verify these at the facility. Tick each when it is in place.', 7.5, 'normal', DARK);
  for (const item of onSiteChecklist(plan)) {
    const size = 8;
    const lines = wrapText(item.text, WIDTH - 170, size);
    const h = lines.length * size * 1.3 + 4;
    flow.ensure(h);
    const s = flow.page;
    s.rect(LEFT, flow.y + 1, 7, 7, { stroke: stroke(0.6, BLACK) }, 'checkbox');
    lines.forEach((l, i) => s.text([LEFT + 14, flow.y + size + i * size * 1.3], l, { size }, 'checklist'));
    s.text([RIGHT, flow.y + size], item.citation, { size: 7, anchor: 'end', color: DARK }, 'checklist-citation');
    flow.y += h;
  }

  return flow.sheets.map((sheet, i) => ({
    part: 'report' as const,
    size: [W, H] as const,
    title: `Capacity worksheet and compliance report${flow.sheets.length > 1 ? `, page ${i + 1}` : ''}`,
    primitives: sheet.primitives,
  }));
}
