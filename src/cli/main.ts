/**
 * `safeplan check PLAN.json [--json]` (report-format.md). Exit 0: no finding fails; 1: at least one fails;
 * 2: the plan could not be read — every problem on stderr, one per line with its JSON path, nothing on stdout.
 * `safeplan report PLAN.json --pdf FILE | --svg DIR` writes the licensure packet (cli/report.ts). runCli is async
 * because writing a PDF is (pdf-lib); `check` itself does no waiting.
 */
import { readFileSync, statSync } from 'node:fs';
import { describeError } from '../model/result.ts';
import { MAX_PLAN_BYTES, parsePlanText } from '../model/validate.ts';
import { buildReport } from '../report/build.ts';
import { reportText } from '../report/text.ts';
import { REPORT_USAGE, runReport, type PlanLoader } from './report.ts';

const USAGE = `usage: safeplan check PLAN.json [--json]   (use - to read the plan from standard input)\n${REPORT_USAGE}`;

export interface CliResult {
  readonly code: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

const refuse = (lines: readonly string[]): CliResult => ({ code: 2, stdout: '', stderr: lines.map((l) => `${l}\n`).join('') });

function readPlanText(source: string, stdin: () => string): { text: string } | { error: string } {
  try {
    if (source === '-') return { text: stdin() };
    const size = statSync(source).size;
    if (size > MAX_PLAN_BYTES) return { error: `${source}: the file is ${(size / 1024 / 1024).toFixed(1)} MB; a plan file may be at most ${MAX_PLAN_BYTES / 1024 / 1024} MB` };
    return { text: readFileSync(source, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a plan file' : code === 'EACCES' ? 'permission denied' : e instanceof Error ? e.message : String(e);
    return { error: `${source}: cannot read the plan: ${why}` };
  }
}

/** The plan file read and validated as `check` does it, or the refusal `check` would print. */
function planLoader(stdin: () => string): PlanLoader {
  return (source) => {
    const read = readPlanText(source, stdin);
    if ('error' in read) return { refused: refuse([read.error]) };
    const parsed = parsePlanText(read.text);
    if (!parsed.ok) return { refused: refuse(parsed.errors.map(describeError)) };
    return { plan: parsed.value };
  };
}

export async function runCli(args: readonly string[], stdin: () => string = () => readFileSync(0, 'utf8')): Promise<CliResult> {
  const [command, ...rest] = args;
  if (command === 'report') return runReport(rest, planLoader(stdin));
  const json = rest.includes('--json');
  const unknown = rest.filter((a) => a.startsWith('--') && a !== '--json');
  const files = rest.filter((a) => !a.startsWith('--'));
  if (command !== 'check' || files.length !== 1 || unknown.length) {
    const why = command !== 'check' ? (command ? `unknown command "${command}"` : 'no command given') : unknown.length ? `unknown option ${unknown.join(', ')}` : files.length ? 'give exactly one plan file' : 'no plan file given';
    return refuse([`safeplan: ${why}`, USAGE]);
  }
  const source = files[0]!;
  const read = readPlanText(source, stdin);
  if ('error' in read) return refuse([read.error]);
  const parsed = parsePlanText(read.text);
  if (!parsed.ok) return refuse(parsed.errors.map(describeError));
  const report = buildReport(parsed.value);
  return {
    code: report.summary.fail > 0 ? 1 : 0,
    stdout: json ? `${JSON.stringify(report, null, 2)}\n` : reportText(parsed.value, report),
    stderr: '',
  };
}
