/** The human-readable report of `safeplan check` (report-format.md): capacity, rooms, findings by status. */
import type { Status } from '../checks/types.ts';
import type { Plan } from '../model/schema.ts';
import type { Report } from './types.ts';
import { groupedNumber } from '../model/numbers.ts';

const ORDER: readonly Status[] = ['fail', 'warn', 'verify', 'pass', 'n/a'];
const HEADING: Record<Status, string> = { fail: 'FAIL', warn: 'WARN', verify: 'VERIFY ON SITE', pass: 'PASS', 'n/a': 'NOT APPLICABLE' };

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const padLeft = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const oneDecimal = (n: number) => groupedNumber(n, 1);

function table(header: readonly string[], rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (rightAligned.has(i) ? padLeft(c, widths[i]!) : pad(c, widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export function reportText(plan: Plan, report: Report): string {
  const out: string[] = [];
  const { capacity } = report;
  out.push(`SafePlan report: ${plan.facility.name}${plan.facility.address ? `, ${plan.facility.address}` : ''}`);
  out.push(`${plan.facility.kind === 'center' ? 'Child care center' : 'Group child care home'}, ${plan.facility.licensing} licence${plan.facility.sprinklered ? ', sprinklered' : ''}${plan.facility.nighttime ? ', nighttime care' : ''}`);
  out.push('');
  out.push(`Licensed capacity: ${capacity.licensed} children${capacity.binding ? ` (binding limit: ${capacity.binding})` : ''}`);
  if (capacity.raise) out.push(`  ${capacity.raise}`);
  const limitRows = capacity.limits.map((l) => [l.id, String(l.children), l.basis ?? '']);
  out.push(...table(['Limit', 'Children', 'Basis'], limitRows, new Set([1])).map((l) => `  ${l}`));
  out.push('');

  const levelName = new Map(plan.levels.map((l) => [l.id, l.name]));
  const roomRows = report.rooms.map((r) => [r.id, r.name, levelName.get(r.level) ?? r.level, r.use ?? '', oneDecimal(r.areaSqFt), oneDecimal(r.usableSqFt), r.children === undefined ? '' : String(r.children)]);
  const area = report.rooms.reduce((s, r) => s + r.areaSqFt, 0);
  const usable = report.rooms.reduce((s, r) => s + r.usableSqFt, 0);
  roomRows.push(['', 'Total', '', '', oneDecimal(area), oneDecimal(usable), '']);
  out.push(`Rooms (${report.rooms.length})`);
  out.push(...table(['Id', 'Name', 'Level', 'Use', 'Area sq ft', 'Usable sq ft', 'Children'], roomRows, new Set([4, 5, 6])).map((l) => `  ${l}`));
  out.push('');

  const s = report.summary;
  out.push(`Findings: ${s.fail} fail, ${s.warn} warn, ${s.verify} verify, ${s.pass} pass, ${s['n/a']} n/a`);
  for (const status of ORDER) {
    const group = report.findings.filter((f) => f.status === status);
    if (group.length === 0) continue;
    out.push('');
    out.push(`${HEADING[status]} (${group.length})`);
    for (const f of group) out.push(`  ${f.id}${f.subject ? ` [${f.subject}]` : ''} — ${f.citation}: ${f.message}`);
  }
  return out.join('\n') + '\n';
}
