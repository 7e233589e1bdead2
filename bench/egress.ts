/**
 * `npm run bench` (second part): the egress analysis — travel distances from every room's most remote point,
 * room doors, sleeping rooms, dead ends — on the samples and generated centers; the re-check after moving one
 * crib (what did not change is reused); and beside it the 6" grid method of other tools on the same plans, with
 * the time ratio and the grid's error against SafePlan's exact figure.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { corridorDeadEnd } from '../src/engine/egress/deadEnds.ts';
import { clearReuseCaches } from '../src/engine/egress/reuse.ts';
import { doorTravel, levelNavigation, roomTravel, sleepingRoomTravel } from '../src/engine/egress/travel.ts';
import { analyzeFacility, type Facility } from '../src/engine/facility.ts';
import type { Plan } from '../src/model/schema.ts';
import { parsePlanText } from '../src/model/validate.ts';
import { generateFacility } from './generate.ts';
import { gridTravel } from './gridTravel.ts';
import { median } from './stats.ts';

const SAMPLES = fileURLToPath(new URL('../public/samples/', import.meta.url));

function egress(facility: Facility): void {
  for (const level of facility.plan.levels) levelNavigation(facility, level);
  for (const room of facility.rooms) {
    roomTravel(facility, room);
    if (room.sleeping) sleepingRoomTravel(facility, room);
    if (room.room.use === 'corridor') corridorDeadEnd(facility, room);
  }
  for (const door of facility.doors) if (!door.isExit) doorTravel(facility, door);
}

function timeMedian(run: () => void, runs: number): number {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  return median(times);
}

/**
 * The same plan with its first crib (or any floor item) nudged: only its room changes. Every step puts the crib
 * somewhere new, as a drag does — two positions taken in turn would measure a cache hit, not a re-check.
 */
function withOneItemMoved(plan: Plan, step: number): Plan {
  const copy = structuredClone(plan) as Plan;
  for (const level of copy.levels) {
    const item = level.items.find((i) => i.type === 'crib') ?? level.items.find((i) => i.size);
    if (item) {
      item.at = [item.at[0] + 0.5 * ((step % 7) - 3) + 0.01 * step, item.at[1]];
      return copy;
    }
  }
  return copy;
}

interface Row {
  plan: string;
  rooms: number;
  exactMs: number;
  moveMs: number;
  gridMs: number;
  ratio: number;
  gridErrorPct: number;
  gridMedianErrorPct: number;
}

function measure(name: string, plan: Plan): Row {
  const runs = plan.levels.reduce((n, l) => n + l.rooms.length, 0) > 500 ? 3 : 7;
  // Warm up the code (the JIT settles after a few passes), not the caches: every timed pass starts from none. The
  // copies are made before the clock starts, so the figure is the analysis, not the copying.
  for (let k = 0; k < 3; k++) {
    clearReuseCaches();
    egress(analyzeFacility(withOneItemMoved(plan, 99 + k)));
  }
  const copies = Array.from({ length: runs }, () => structuredClone(plan) as Plan);
  const exactMs = timeMedian(() => {
    clearReuseCaches();
    egress(analyzeFacility(copies.pop()!));
  }, runs);
  // The re-check's own code (the graph patched, not built) is warmed up too, on edits other than the timed ones.
  for (let k = 0; k < 20; k++) egress(analyzeFacility(withOneItemMoved(plan, 1000 + k)));
  egress(analyzeFacility(plan)); // the plan as it stood before the edit
  // The edited plans are made before the clock starts: the figure is the re-check, not the copying.
  const edits = Array.from({ length: 3 * runs }, (_, k) => withOneItemMoved(plan, k));
  let step = 0;
  const moveMs = timeMedian(() => egress(analyzeFacility(edits[step++]!)), 3 * runs);
  const facility = analyzeFacility(plan);
  egress(facility);
  const navs = facility.plan.levels.map((l) => levelNavigation(facility, l));
  let grid = new Map<unknown, number>();
  const gridMs = timeMedian(() => {
    grid = new Map();
    for (const nav of navs) for (const [room, d] of gridTravel(nav).worst) grid.set(room, d);
  }, Math.min(runs, 3));
  const errors: number[] = [];
  for (const room of facility.rooms) {
    const exact = roomTravel(facility, room).distance;
    const g = grid.get(room);
    if (g !== undefined && Number.isFinite(exact) && exact > 120) errors.push(Math.abs(g - exact) / exact);
  }
  return {
    plan: name,
    rooms: facility.rooms.length,
    exactMs,
    moveMs,
    gridMs,
    ratio: gridMs / Math.max(exactMs, 1e-6),
    gridErrorPct: errors.length ? 100 * Math.max(...errors) : NaN,
    gridMedianErrorPct: errors.length ? 100 * median(errors) : NaN,
  };
}

const rows: Row[] = [];
for (const file of ['small-center.json', 'group-home.json', 'center-100.json']) {
  const parsed = parsePlanText(readFileSync(SAMPLES + file, 'utf8'));
  if (parsed.ok) rows.push(measure(file, parsed.value));
}
for (const n of (process.env.EGRESS_SIZES ?? "10,100").split(",").map(Number)) rows.push(measure(`generated-${n}`, generateFacility(n)));

const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '—');
console.log('\nEgress analysis (travel from every room, room doors, sleeping rooms, dead ends), median ms');
console.log('plan                 rooms  exact ms  after moving a crib ms  grid 6" ms  grid/exact time  grid error % median / max');
for (const r of rows) {
  console.log(`${r.plan.padEnd(20)} ${String(r.rooms).padStart(5)}  ${f(r.exactMs).padStart(8)}  ${f(r.moveMs).padStart(22)}  ${f(r.gridMs).padStart(10)}  ${f(r.ratio, 2).padStart(15)}  ${`${f(r.gridMedianErrorPct)} / ${f(r.gridErrorPct)}`.padStart(26)}`);
}
const gen = rows.filter((r) => r.plan.startsWith('generated-'));
for (let i = 1; i < gen.length; i++) {
  const k = Math.log(gen[i]!.exactMs / gen[i - 1]!.exactMs) / Math.log(gen[i]!.rooms / gen[i - 1]!.rooms);
  console.log(`growth ${gen[i - 1]!.rooms} → ${gen[i]!.rooms} rooms: time ∝ n^${k.toFixed(2)}`);
}
// Issue #3's targets, against both readings of "the 100-room center": the sample of 100 children and the generated
// center of 100 rooms.
console.log('targets: full egress < 50 ms, re-check after moving a crib < 10 ms');
for (const name of ['center-100.json', 'generated-100']) {
  const r = rows.find((row) => row.plan === name);
  if (r) console.log(`  ${name.replace('.json', '')} (${r.rooms} rooms): full egress ${f(r.exactMs)} ms, re-check ${f(r.moveMs)} ms`);
}
