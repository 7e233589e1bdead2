/**
 * `safeplan report PLAN.json --pdf packet.pdf --svg DIR [--parts ...]`: the licensure packet (facility and outdoor
 * diagrams, capacity worksheet and compliance report, evacuation plans) as one PDF and/or one SVG per page.
 * Exit 0 once written; 2 when the arguments are wrong, the plan cannot be read (every error on stderr, one per
 * line with its JSON path, exactly as `check` reports them) or a file cannot be written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../model/schema.ts';
import { pageFileName } from '../report/packet/fileNames.ts';
import { buildPacket } from '../report/packet/index.ts';
import { PACKET_PARTS, type MeetingPlace, type Orientation, type PacketOptions, type PacketPart, type Page, type Paper } from '../report/packet/types.ts';
import type { CliResult } from './main.ts';

export const REPORT_USAGE =
  'usage: safeplan report PLAN.json (--pdf FILE | --svg DIR) [--parts facility,outdoor,report,evacuation] [--paper letter|tabloid] [--orientation portrait|landscape] [--prepared-by NAME] [--date TEXT] [--meeting-place TEXT] [--meeting-at X,Y]';

/** Reading and validating the plan is the `check` command's, shared: the plan, or the refusal to print. */
export type PlanLoader = (source: string) => { readonly plan: Plan } | { readonly refused: CliResult };

const VALUE_OPTIONS = ['--pdf', '--svg', '--parts', '--paper', '--orientation', '--prepared-by', '--date', '--meeting-place', '--meeting-at'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

const refuse = (lines: readonly string[]): CliResult => ({ code: 2, stdout: '', stderr: lines.map((l) => `${l}\n`).join('') });
const usage = (why: string): CliResult => refuse([`safeplan: ${why}`, REPORT_USAGE]);

interface ReportArgs {
  readonly source: string;
  readonly pdf?: string;
  readonly svg?: string;
  readonly options: PacketOptions;
}

function parseArgs(args: readonly string[]): ReportArgs | CliResult {
  const values = new Map<ValueOption, string>();
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (!(VALUE_OPTIONS as readonly string[]).includes(name)) return usage(`unknown option ${name}`);
    const value = eq < 0 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) return usage(`option ${name} needs a value`);
    values.set(name as ValueOption, value);
  }
  if (files.length !== 1) return usage(files.length ? 'give exactly one plan file' : 'no plan file given');
  const pdf = values.get('--pdf');
  const svg = values.get('--svg');
  if (!pdf && !svg) return usage('give --pdf FILE, --svg DIR or both');

  let parts: PacketPart[] | undefined;
  const partsText = values.get('--parts');
  if (partsText !== undefined) {
    parts = [];
    for (const p of partsText.split(',').map((s) => s.trim()).filter(Boolean)) {
      if (!(PACKET_PARTS as readonly string[]).includes(p)) return usage(`unknown part "${p}"; the parts are ${PACKET_PARTS.join(', ')}`);
      if (!parts.includes(p as PacketPart)) parts.push(p as PacketPart);
    }
    if (parts.length === 0) return usage('--parts names no part');
  }
  const paper = values.get('--paper');
  if (paper !== undefined && paper !== 'letter' && paper !== 'tabloid') return usage(`--paper must be letter or tabloid, not "${paper}"`);
  const orientation = values.get('--orientation');
  if (orientation !== undefined && orientation !== 'portrait' && orientation !== 'landscape') return usage(`--orientation must be portrait or landscape, not "${orientation}"`);

  let meetingPlace: MeetingPlace | undefined;
  const meetingName = values.get('--meeting-place');
  const meetingAt = values.get('--meeting-at');
  if (meetingAt !== undefined) {
    const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(meetingAt);
    if (!m) return usage(`--meeting-at takes plan inches as X,Y (e.g. 120,-300), not "${meetingAt}"`);
    meetingPlace = { name: meetingName ?? 'Meeting place', at: [Number(m[1]), Number(m[2])] };
  } else if (meetingName !== undefined) meetingPlace = { name: meetingName };

  const preparedBy = values.get('--prepared-by');
  const date = values.get('--date');
  return {
    source: files[0]!,
    ...(pdf ? { pdf } : {}),
    ...(svg ? { svg } : {}),
    options: {
      ...(parts ? { parts } : {}),
      ...(paper ? { paper: paper as Paper } : {}),
      ...(orientation ? { orientation: orientation as Orientation } : {}),
      ...(preparedBy ? { preparedBy } : {}),
      ...(date ? { date } : {}),
      ...(meetingPlace ? { meetingPlace } : {}),
    },
  };
}

/** File name of a page's SVG: its number, part and level or room, e.g. `07-evacuation-INF1.svg`. */
export const svgFileName = (page: Page, index: number, count: number): string => pageFileName(page, index, count, 'svg');

function writeError(path: string, e: unknown): CliResult {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such folder' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : code === 'ENOTDIR' ? 'a part of the path is not a folder' : e instanceof Error ? e.message : String(e);
  return refuse([`${path}: cannot write: ${why}`]);
}

export async function runReport(args: readonly string[], load: PlanLoader): Promise<CliResult> {
  const parsed = parseArgs(args);
  if ('code' in parsed) return parsed;
  const loaded = load(parsed.source);
  if ('refused' in loaded) return loaded.refused;

  const packet = buildPacket(loaded.plan, parsed.options);
  const out: string[] = [];
  if (parsed.pdf) {
    const bytes = await packet.pdf();
    try {
      writeFileSync(parsed.pdf, bytes);
    } catch (e) {
      return writeError(parsed.pdf, e);
    }
    out.push(`${parsed.pdf}: ${packet.pages.length} pages`);
  }
  if (parsed.svg) {
    const svgs = packet.svg();
    let file = parsed.svg;
    try {
      mkdirSync(parsed.svg, { recursive: true });
      svgs.forEach((svg, i) => {
        file = join(parsed.svg!, svgFileName(packet.pages[i]!, i, svgs.length));
        writeFileSync(file, svg);
      });
    } catch (e) {
      return writeError(file, e);
    }
    out.push(`${parsed.svg}: ${svgs.length} SVG pages`);
  }
  return { code: 0, stdout: out.map((l) => `${l}\n`).join(''), stderr: '' };
}
