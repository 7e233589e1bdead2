/**
 * `npm run bench`: how long validation (JSON parse included) and the whole engine take, on generated centers of
 * 10 to 5000 rooms, the real plans in tests/fixtures/real-plans and every public/samples/*.json.
 *
 *   npx tsx bench/run.ts                    table, growth exponents and the 100-room target
 *   npx tsx bench/run.ts --json             the same as JSON
 *   npx tsx bench/run.ts --sizes 10,5000    other generated sizes (a size extrapolated to take over 2 minutes a
 *                                           pass is skipped unless it is timed alone, e.g. --sizes 5000)
 * (`npm run bench` runs this, then bench/egress.ts; arguments after `npm run bench --` reach only the latter.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeError } from '../src/model/result.ts';
import type { Plan } from '../src/model/schema.ts';
import { parsePlanText } from '../src/model/validate.ts';
import { clearReuseCaches } from '../src/engine/egress/reuse.ts';
import type { Report } from '../src/report/types.ts';
import { generateFacility } from './generate.ts';
import { growthExponent, median, percentile } from './stats.ts';
import { formatNumber, renderTable } from './table.ts';

const MIN_RUNS = 5;
const MAX_RUNS = 1000;
const BUDGET_MS = 2000;
const WARMUP_MS = 300;
/** A plan whose single pass is slow gets only the runs that fit this long (at least one). */
const SLOW_ROW_MS = 60_000;
/** A generated size whose pass would take longer than this, extrapolated from the size before, is skipped. */
const SKIP_PREDICTED_MS = 120_000;
const TARGET_ROOMS = 100;
const TARGET_MS = 20;

const REAL_PLANS = fileURLToPath(new URL('../tests/fixtures/real-plans/', import.meta.url));
const SAMPLES = fileURLToPath(new URL('../public/samples/', import.meta.url));

type BuildReport = (plan: Plan) => Report;

interface Row {
  plan: string;
  source: 'generated' | 'real' | 'sample';
  rooms: number;
  doors: number;
  items: number;
  vertices: number;
  runs: number;
  validateMs: number;
  engineMs: number | null;
  totalMs: number;
  p90TotalMs: number;
  msPerRoom: number;
  findings: number | null;
  error?: string;
}

interface Input {
  name: string;
  source: Row['source'];
  text: string;
}

function parseArgs(argv: readonly string[]): { json: boolean; sizes: number[] } {
  const json = argv.includes('--json');
  const i = argv.indexOf('--sizes');
  const sizes = i >= 0 && argv[i + 1] ? argv[i + 1]!.split(',').map(Number).filter((n) => n >= 3) : [10, 100, 1000, 5000];
  return { json, sizes };
}

/** The engine, when src/report/build.ts is implemented (it may only declare its signature yet). */
async function loadEngine(): Promise<{ build?: BuildReport; problem?: string }> {
  try {
    const mod: { buildReport?: unknown } = await import('../src/report/build.ts');
    return typeof mod.buildReport === 'function' ? { build: mod.buildReport as BuildReport } : { problem: 'src/report/build.ts exports no buildReport yet' };
  } catch (e) {
    return { problem: `src/report/build.ts failed to load: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function jsonFiles(dir: string, source: Row['source']): Input[] {
  if (!existsSync(dir)) {
    console.error(`bench: ${dir} not found; skipping`);
    return [];
  }
  const inputs: Input[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    // Plan files only: a samples index or other JSON lying beside them is not a plan to time.
    if (!text.slice(0, 4096).includes('"safeplan.plan"')) continue;
    inputs.push({ name: basename(f, '.json'), source, text });
  }
  return inputs;
}

function emptyRow(plan: string, source: Row['source'], error?: string): Row {
  const row: Row = {
    plan, source, rooms: 0, doors: 0, items: 0, vertices: 0, runs: 0,
    validateMs: Number.NaN, engineMs: null, totalMs: Number.NaN, p90TotalMs: Number.NaN, msPerRoom: Number.NaN, findings: null,
  };
  return error ? { ...row, error } : row;
}

function measure(input: Input, build: BuildReport | undefined): Row {
  const first = parsePlanText(input.text);
  if (!first.ok) {
    const more = first.errors.length > 1 ? ` (+${first.errors.length - 1} more)` : '';
    return emptyRow(input.name, input.source, `refused: ${describeError(first.errors[0]!)}${more}`);
  }
  const levels = first.value.levels;
  const sum = (f: (l: (typeof levels)[number]) => number) => levels.reduce((s, l) => s + f(l), 0);
  const counts = {
    rooms: sum((l) => l.rooms.length),
    doors: sum((l) => l.doors.length),
    items: sum((l) => l.items.length),
    vertices: sum((l) => l.rooms.reduce((s, r) => s + r.polygon.length, 0)),
  };

  let engine = build;
  let error: string | undefined;
  let findings: number | null = null;
  // One pass: a fresh parse each time, and the engine's reuse caches emptied, so every pass is a first analysis
  // (bench/egress.ts measures the re-check after an edit separately).
  const once = (): [number, number] => {
    clearReuseCaches();
    const t0 = performance.now();
    const parsed = parsePlanText(input.text);
    const t1 = performance.now();
    if (!parsed.ok) throw new Error('a plan that validated once was refused');
    if (engine) {
      try {
        findings = engine(parsed.value).findings.length;
      } catch (e) {
        error = `buildReport threw: ${e instanceof Error ? e.message : String(e)}`;
        engine = undefined;
      }
    }
    return [t1 - t0, performance.now() - t1];
  };

  const validate: number[] = [];
  const eng: number[] = [];
  const total: number[] = [];
  const record = ([v, e]: [number, number]) => (validate.push(v), eng.push(e), total.push(v + e));

  // Warm up (JIT, caches) while that is cheap. A plan whose one pass already takes seconds is not run MIN_RUNS
  // times over many minutes: it gets the runs that fit SLOW_ROW_MS, and its first pass counts as one of them.
  const warmStart = performance.now();
  const firstPass = once();
  const single = firstPass[0] + firstPass[1];
  if (single > BUDGET_MS) {
    record(firstPass);
    const runs = Math.max(1, Math.min(MIN_RUNS, Math.floor(SLOW_ROW_MS / single)));
    while (validate.length < runs) record(once());
  } else {
    while (performance.now() - warmStart < WARMUP_MS) once();
    const start = performance.now();
    while (validate.length < MIN_RUNS || (performance.now() - start < BUDGET_MS && validate.length < MAX_RUNS)) record(once());
  }

  const totalMs = median(total);
  return {
    ...emptyRow(input.name, input.source),
    ...counts,
    runs: validate.length,
    validateMs: median(validate),
    engineMs: engine ? median(eng) : null,
    totalMs,
    p90TotalMs: percentile(total, 90),
    msPerRoom: totalMs / Math.max(1, counts.rooms),
    findings,
    ...(error ? { error } : {}),
  };
}

interface Growth {
  from: number;
  to: number;
  validate: number;
  engine: number | null;
  total: number;
}

function growth(rows: readonly Row[]): Growth[] {
  const generated = rows.filter((r) => r.source === 'generated' && r.runs > 0 && !r.error);
  const out: Growth[] = [];
  for (let i = 1; i < generated.length; i++) {
    const a = generated[i - 1]!;
    const b = generated[i]!;
    const k = (ta: number | null, tb: number | null) => (ta !== null && tb !== null ? growthExponent(a.rooms, ta, b.rooms, tb) : null);
    out.push({ from: a.rooms, to: b.rooms, validate: k(a.validateMs, b.validateMs)!, engine: k(a.engineMs, b.engineMs), total: k(a.totalMs, b.totalMs)! });
  }
  return out;
}

async function main(): Promise<void> {
  const { json, sizes } = parseArgs(process.argv.slice(2));
  const { build, problem } = await loadEngine();
  if (problem) console.error(`bench: ${problem}; timing validation only`);

  const tty = process.stderr.isTTY;
  const progress = (name: string) => {
    if (!json) process.stderr.write(tty ? `\r\x1b[2K  timing ${name} ...` : `  timing ${name} ...\n`);
  };
  const rows: Row[] = [];
  let previous: Row | undefined;
  let exponent = 1;
  for (const n of sizes) {
    const name = `generated-${n}`;
    // Extrapolate from the size before (k at least 1) and skip a size that would run for many minutes.
    const predicted = previous ? previous.totalMs * (n / previous.rooms) ** exponent : 0;
    if (predicted > SKIP_PREDICTED_MS) {
      const why = `one pass would take ~${Math.round(predicted / 1000)} s (extrapolated from ${previous!.rooms} rooms, k=${formatNumber(exponent)}); time it alone with --sizes ${n}`;
      rows.push({ ...emptyRow(name, 'generated', `skipped: ${why}`), rooms: n });
      continue;
    }
    progress(name);
    const row = measure({ name, source: 'generated', text: JSON.stringify(generateFacility(n)) }, build);
    if (previous && !row.error) exponent = Math.max(1, growthExponent(previous.rooms, previous.totalMs, row.rooms, row.totalMs));
    if (!row.error) previous = row;
    rows.push(row);
  }
  for (const input of [...jsonFiles(REAL_PLANS, 'real'), ...jsonFiles(SAMPLES, 'sample')]) {
    progress(input.name);
    rows.push(measure(input, build));
  }
  if (!json && tty) process.stderr.write('\r\x1b[2K');
  const k = growth(rows);
  const target = rows.find((r) => r.plan === `generated-${TARGET_ROOMS}`);
  const meets = target && !target.error && target.engineMs !== null ? target.totalMs < TARGET_MS : null;

  if (json) {
    console.log(JSON.stringify({ rows, growth: k, target: { plan: `generated-${TARGET_ROOMS}`, limitMs: TARGET_MS, totalMs: target?.totalMs ?? null, meets } }, null, 2));
    return;
  }

  const ms = (n: number | null) => (n === null ? '–' : formatNumber(n));
  console.log(
    renderTable(
      ['plan', 'rooms', 'doors', 'items', 'validate ms', 'engine ms', 'total ms', 'p90 ms', 'ms/room', 'runs'],
      rows.map((r) => [r.plan, String(r.rooms), String(r.doors), String(r.items), ms(r.validateMs), ms(r.engineMs), ms(r.totalMs), ms(r.p90TotalMs), formatNumber(r.msPerRoom, 3), String(r.runs)]),
    ),
  );
  for (const r of rows) if (r.error) console.log(`! ${r.plan}: ${r.error}`);
  console.log('\n(medians over the runs; validate includes JSON.parse; total = validate + engine; slow plans get fewer runs)');
  console.log('growth, time ∝ rooms^k (k ≤ ~1.1 is n log n or better):');
  for (const g of k) {
    const engine = g.engine === null ? '–' : formatNumber(g.engine);
    console.log(`  ${g.from} → ${g.to} rooms: validate k=${formatNumber(g.validate)}  engine k=${engine}  total k=${formatNumber(g.total)}`);
  }
  if (meets === null) console.log(`target: the ${TARGET_ROOMS}-room center could not be timed end to end${problem ? ` (${problem})` : ''}`);
  // The foundation's < 20 ms is for validation and the Space and capacity checks (bench/space.ts, next); this table
  // times every check, egress included, whose own targets are bench/egress.ts's.
  else console.log(`the ${TARGET_ROOMS}-room center, every check: ${formatNumber(target!.totalMs)} ms (validate + engine, median); the < ${TARGET_MS} ms target of validation + Space and capacity is bench/space.ts's`);
}

await main();
