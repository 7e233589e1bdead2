/*
 * Fuzzing the one door into the model and the engine behind it. Valid plans (a generated 10-room center and two
 * real plans drawn elsewhere) are mutated thousands of times: fields deleted or set to anything (NaN, Infinity,
 * huge numbers, null, arrays, nested objects), references left dangling, polygons twisted into bowties, items moved
 * out of every room, ids duplicated, arrays cut short, unknown fields added, and the JSON text itself corrupted.
 *
 * Whatever comes in: validation never throws; a refusal lists problems each with a sentence and a JSON path into
 * the file; an accepted plan goes through the whole engine without throwing, and the report's summary agrees with
 * its findings.
 *
 * Validation and the engine run in a worker thread (oracle.ts) so that an input that makes them loop forever fails
 * the test, naming the stage, instead of hanging the suite. For the same reason failures are not shrunk
 * (`endOnFailure`: each shrinking step could cost the whole time limit); the counterexample is the base plan's name
 * and at most a few mutations, readable as it is. Each property also stops after a few seconds
 * (`interruptAfterTimeLimit`), so a slow engine shortens the fuzzing instead of stretching the suite.
 */
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { generateFacility } from '../../../bench/generate.ts';
import { STATUSES } from '../../../src/checks/types.ts';
import type { PlanError } from '../../../src/model/result.ts';
import { validatePlan } from '../../../src/model/validate.ts';
import { Oracle } from './oracle.ts';

type Json = unknown;
type Key = string | number;
type Path = readonly Key[];

const REAL_PLANS = new URL('../../fixtures/real-plans/', import.meta.url);
const TOP_LEVEL = ['format', 'version', 'facility', 'levels', 'site'];
/** Far above the few milliseconds a check of these small plans takes: past this, the code is stuck. */
const HANG_LIMIT_MS = 5000;

function realPlan(name: string): { name: string; value: Json } | undefined {
  const url = new URL(name, REAL_PLANS);
  return existsSync(url) ? { name, value: JSON.parse(readFileSync(url, 'utf8')) } : undefined;
}

const BASES: readonly { name: string; value: Json }[] = [
  { name: 'generated-10', value: JSON.parse(JSON.stringify(generateFacility(10))) },
  ...[realPlan('floorspace-two-story-0.json'), realPlan('floorspace-two-story-1.json')].filter((b) => b !== undefined),
];

// ---------------------------------------------------------------------------------------------------------------
// The checks every outcome must pass.

function fail(message: string): never {
  throw new Error(message);
}

/** The first segment of a path as written by formatPath: `levels[0].a` → levels, `["odd key"].x` → odd key. */
function firstSegment(path: string): string | undefined {
  const plain = /^[A-Za-z_$][\w$]*/.exec(path);
  if (plain) return plain[0];
  const quoted = /^\[("(?:[^"\\]|\\.)*")\]/.exec(path);
  if (quoted) return JSON.parse(quoted[1]!) as string;
  return undefined;
}

function checkRefusal(errors: readonly PlanError[], input: unknown): void {
  if (errors.length === 0) fail('refused with no errors');
  // An unknown top-level field is named by its own path, so the input's own keys are allowed roots too.
  const roots = new Set(TOP_LEVEL);
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) for (const k of Object.keys(input)) roots.add(k);
  for (const e of errors) {
    if (typeof e.message !== 'string' || e.message.trim() === '') fail(`an error without a message: ${JSON.stringify(e)}`);
    if (typeof e.path !== 'string') fail(`an error without a string path: ${JSON.stringify(e)}`);
    if (e.path !== '') {
      const root = firstSegment(e.path);
      if (root === undefined || !roots.has(root)) fail(`the path "${e.path}" does not start at a top-level key (${e.message})`);
    }
  }
}

function checkReport(summary: Readonly<Record<string, unknown>>, statuses: readonly string[]): void {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<string, number>;
  for (const status of statuses) {
    if (!Object.hasOwn(counts, status)) fail(`a finding has an unknown status "${status}"`);
    counts[status]!++;
  }
  for (const s of STATUSES) {
    if (summary[s] !== counts[s]) fail(`summary.${s} is ${String(summary[s])} but ${counts[s]} findings have that status`);
  }
  const extra = Object.keys(summary).filter((k) => !(STATUSES as readonly string[]).includes(k));
  if (extra.length) fail(`the summary has unknown statuses: ${extra.join(', ')}`);
}

let accepted = 0;
let refused = 0;
const oracle = new Oracle(HANG_LIMIT_MS);
afterAll(() => oracle.close());

/** Validates (a value, or text) off the main thread and checks whatever comes back. */
async function check(kind: 'value' | 'text', input: unknown, parsed: unknown = input): Promise<void> {
  const outcome = await oracle.check(kind, input);
  switch (outcome.type) {
    case 'threw':
      fail(`${outcome.stage === 'engine' ? 'buildReport' : 'validation'} threw: ${outcome.error}`);
    case 'refused':
      refused++;
      checkRefusal(outcome.errors, parsed);
      return;
    case 'report':
      accepted++;
      checkReport(outcome.summary, outcome.statuses);
      return;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Walking and editing plain JSON values.

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function allPaths(root: Json): Path[] {
  const out: Path[] = [];
  const walk = (v: unknown, path: Key[]) => {
    if (Array.isArray(v)) v.forEach((c, i) => (out.push([...path, i]), walk(c, [...path, i])));
    else if (isObject(v)) for (const k of Object.keys(v)) (out.push([...path, k]), walk(v[k], [...path, k]));
  };
  walk(root, []);
  return out;
}

function getAt(root: Json, path: Path): unknown {
  let v: unknown = root;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<Key, unknown>)[k] : undefined;
  return v;
}

/** Sets a value as JSON.parse would: an own property, even for a key such as `__proto__`. */
function setAt(root: Json, path: Path, value: unknown): void {
  const parent = getAt(root, path.slice(0, -1));
  if (parent === null || typeof parent !== 'object') return;
  Object.defineProperty(parent, path[path.length - 1]!, { value, enumerable: true, writable: true, configurable: true });
}

function deleteAt(root: Json, path: Path): void {
  const parent = getAt(root, path.slice(0, -1));
  const key = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else if (isObject(parent)) delete parent[key];
}

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

// ---------------------------------------------------------------------------------------------------------------
// Mutations. Indexes are plain numbers taken modulo what exists when the mutation runs, so they shrink well and
// survive the mutations before them.

/** Anything a hand-edited file or a buggy caller might put in a field, including what JSON cannot carry. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -1, 0, -0, 1e308, -1e308, 2 ** 53, 1e-320, 0.5, null, undefined, true, false),
  fc.constantFrom('', ' ', 'outside', 'none', 'L1', 'R1', 'D1', 'NaN', '__proto__', 'constructor'),
  fc.constantFrom([], {}, [0], [0, 0], [Number.NaN, 1], [Infinity, 0], [[0, 0], [1, 1]], [[0, 0], [0, 0], [0, 0]], { x: 1 }),
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.integer(),
  fc.jsonValue({ maxDepth: 3 }),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 4 }),
  fc.object({ maxDepth: 2 }),
);

const badNumber = fc.constantFrom(Number.NaN, Infinity, -Infinity, -1, -0, 1e308, -1e308, 2 ** 53 + 1, 1e-320, 0);
const point = fc.tuple(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -5000, max: 5000 }));

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'badNumber'; at: number; value: number }
  | { kind: 'dangling'; at: number; to: string }
  | { kind: 'bowtie'; room: number; vertex: number }
  | { kind: 'moveVertex'; room: number; vertex: number; to: [number, number] }
  | { kind: 'itemOutside'; item: number; to: [number, number] }
  | { kind: 'duplicateId'; at: number; from: number }
  | { kind: 'truncate'; at: number; keep: number }
  | { kind: 'unknownField'; at: number; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: anyValue }),
  fc.record({ kind: fc.constant('badNumber' as const), at: fc.nat(), value: badNumber }),
  fc.record({ kind: fc.constant('dangling' as const), at: fc.nat(), to: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('outside', 'none', 'L1', 'D1', 'I1', 'W1', 'nowhere')) }),
  fc.record({ kind: fc.constant('bowtie' as const), room: fc.nat(), vertex: fc.nat() }),
  fc.record({ kind: fc.constant('moveVertex' as const), room: fc.nat(), vertex: fc.nat(), to: point }),
  fc.record({ kind: fc.constant('itemOutside' as const), item: fc.nat(), to: fc.oneof(point, fc.constant<[number, number]>([-1e6, -1e6])) }),
  fc.record({ kind: fc.constant('duplicateId' as const), at: fc.nat(), from: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), keep: fc.nat({ max: 3 }) }),
  fc.record({ kind: fc.constant('unknownField' as const), at: fc.nat(), key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('polgon', 'widht', '__proto__', 'id ')), value: anyValue }),
);

const REFERENCE = /^(rooms|swing|room|to)$/;

function rooms(root: Json): unknown[] {
  const levels = getAt(root, ['levels']);
  return Array.isArray(levels) ? levels.flatMap((l) => (isObject(l) && Array.isArray(l.rooms) ? l.rooms : [])) : [];
}

function items(root: Json): unknown[] {
  const levels = getAt(root, ['levels']);
  return Array.isArray(levels) ? levels.flatMap((l) => (isObject(l) && Array.isArray(l.items) ? l.items : [])) : [];
}

function apply(root: Json, m: Mutation): void {
  const paths = allPaths(root);
  switch (m.kind) {
    case 'delete': {
      const p = pick(paths, m.at);
      if (p) deleteAt(root, p);
      return;
    }
    case 'set': {
      const p = pick(paths, m.at);
      if (p) setAt(root, p, m.value);
      return;
    }
    case 'badNumber': {
      const p = pick(paths.filter((q) => typeof getAt(root, q) === 'number'), m.at);
      if (p) setAt(root, p, m.value);
      return;
    }
    case 'dangling': {
      // door.rooms[i], door.swing, window.room, stair.to
      const refs = paths.filter((q) => q.length >= 2 && (REFERENCE.test(String(q[q.length - 1])) || REFERENCE.test(String(q[q.length - 2]))) && typeof getAt(root, q) === 'string');
      const p = pick(refs, m.at);
      if (p) setAt(root, p, m.to);
      return;
    }
    case 'bowtie': {
      const room = pick(rooms(root), m.room);
      if (!isObject(room) || !Array.isArray(room.polygon) || room.polygon.length < 4) return;
      const ring = room.polygon;
      const i = m.vertex % ring.length;
      const j = (i + 1) % ring.length;
      [ring[i], ring[j]] = [ring[j], ring[i]];
      return;
    }
    case 'moveVertex': {
      const room = pick(rooms(root), m.room);
      if (isObject(room) && Array.isArray(room.polygon) && room.polygon.length) room.polygon[m.vertex % room.polygon.length] = m.to;
      return;
    }
    case 'itemOutside': {
      const item = pick(items(root), m.item);
      if (isObject(item)) item.at = m.to;
      return;
    }
    case 'duplicateId': {
      const ids = paths.filter((q) => q[q.length - 1] === 'id');
      const target = pick(ids, m.at);
      const source = pick(ids, m.from);
      if (target && source) setAt(root, target, getAt(root, source));
      return;
    }
    case 'truncate': {
      const arrays = [[] as Path, ...paths].filter((q) => Array.isArray(getAt(root, q)));
      const p = pick(arrays, m.at);
      const arr = p && getAt(root, p);
      if (Array.isArray(arr)) arr.length = Math.min(arr.length, m.keep);
      return;
    }
    case 'unknownField': {
      const objects = [[] as Path, ...paths].filter((q) => isObject(getAt(root, q)));
      const p = pick(objects, m.at);
      if (p) setAt(root, [...p, m.key], m.value);
      return;
    }
  }
}

/** Base plans by name, so a counterexample prints as the name and the mutations, not the whole plan. */
const base = fc.constantFrom(...BASES.map((b) => b.name));
const baseValue = (name: string): Json => structuredClone(BASES.find((b) => b.name === name)!.value);

// ---------------------------------------------------------------------------------------------------------------
// Changes that keep a plan mostly valid, so the engine (not only validation) meets odd plans: no doors, no exits,
// huge enrollments, rooms of any use and ages, items of any type, missing optional fields.

const ROOM_USES = ['child-care', 'kitchen', 'bathroom', 'closet', 'storage', 'office', 'staff', 'corridor', 'stair', 'mechanical', 'laundry', 'garage', 'family', 'other'];
const AGES = ['infant', 'toddler', 'two', 'preschool', 'schoolAge'];
const ITEM_TYPES = ['crib', 'portable-crib', 'playpen', 'cot', 'bed', 'shelving', 'table', 'furniture', 'indoor-climber', 'partition', 'toilet', 'urinal', 'sink', 'potty-chair', 'diaper-table', 'range', 'furnace', 'water-heater', 'dryer', 'smoke-detector', 'heat-detector', 'co-detector', 'pull-station', 'horn-strobe', 'extinguisher', 'exit-sign', 'emergency-light'];

type Tweak =
  | { kind: 'dropElement'; list: 'doors' | 'items' | 'windows' | 'rooms'; at: number }
  | { kind: 'toggle'; at: number }
  | { kind: 'positive'; at: number; value: number }
  | { kind: 'enrollment'; band: string; value: number }
  | { kind: 'facility'; field: 'kind' | 'licensing' | 'sprinklered' | 'nighttime'; value: string | boolean }
  | { kind: 'use'; room: number; use: string; ages: string[] }
  | { kind: 'itemType'; item: number; type: string; size: [number, number] | undefined; rotation: number }
  | { kind: 'dropOptional'; at: number };

const tweak: fc.Arbitrary<Tweak> = fc.oneof(
  fc.record({ kind: fc.constant('dropElement' as const), list: fc.constantFrom('doors' as const, 'items' as const, 'windows' as const, 'rooms' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('toggle' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('positive' as const), at: fc.nat(), value: fc.oneof(fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.constantFrom(1, 1e9, 0.001)) }),
  fc.record({ kind: fc.constant('enrollment' as const), band: fc.constantFrom(...AGES), value: fc.oneof(fc.nat({ max: 60 }), fc.constantFrom(0, 1e6)) }),
  fc.oneof(
    fc.record({ kind: fc.constant('facility' as const), field: fc.constant('kind' as const), value: fc.constantFrom('center', 'group-home') }),
    fc.record({ kind: fc.constant('facility' as const), field: fc.constant('licensing' as const), value: fc.constantFrom('new', 'existing') }),
    fc.record({ kind: fc.constant('facility' as const), field: fc.constantFrom('sprinklered' as const, 'nighttime' as const), value: fc.boolean() }),
  ),
  fc.record({ kind: fc.constant('use' as const), room: fc.nat(), use: fc.constantFrom(...ROOM_USES), ages: fc.subarray(AGES) }),
  fc.record({
    kind: fc.constant('itemType' as const),
    item: fc.nat(),
    type: fc.constantFrom(...ITEM_TYPES),
    size: fc.option(fc.tuple(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 400 })), { nil: undefined }),
    rotation: fc.constantFrom(0, 45, 90, -30, 720),
  }),
  fc.record({ kind: fc.constant('dropOptional' as const), at: fc.nat() }),
);

const REQUIRED = new Set(['format', 'version', 'facility', 'levels', 'id', 'name', 'kind', 'licensing', 'sprinklered', 'nighttime', 'elevation', 'rooms', 'doors', 'windows', 'items', 'use', 'polygon', 'a', 'b', 'swing', 'room', 'sill', 'clearWidth', 'clearHeight', 'operable', 'type', 'at', 'fenceHeight', 'material', 'size', 'height', 'depth', 'lockedGate', 'to', 'width', 'riser', 'tread', 'headroom', 'handrails', 'handrailHeight', 'enclosed', 'outside']);
const POSITIVE_FIELDS = /^(ceilingHeight|sill|clearWidth|clearHeight|height|fireRating|latchHeight|depth|fenceHeight)$/;

function applyTweak(root: Json, t: Tweak): void {
  const level = getAt(root, ['levels', 0]);
  if (!isObject(level)) return;
  const paths = allPaths(root);
  switch (t.kind) {
    case 'dropElement': {
      const list = level[t.list];
      if (Array.isArray(list) && list.length) list.splice(t.at % list.length, 1);
      return;
    }
    case 'toggle': {
      const p = pick(paths.filter((q) => typeof getAt(root, q) === 'boolean'), t.at);
      if (p) setAt(root, p, !getAt(root, p));
      return;
    }
    case 'positive': {
      const p = pick(paths.filter((q) => POSITIVE_FIELDS.test(String(q[q.length - 1])) && typeof getAt(root, q) === 'number'), t.at);
      if (p) setAt(root, p, t.value);
      return;
    }
    case 'enrollment': {
      const facility = getAt(root, ['facility']);
      if (!isObject(facility)) return;
      const enrollment = isObject(facility.enrollment) ? facility.enrollment : (facility.enrollment = {});
      enrollment[t.band] = t.value;
      return;
    }
    case 'facility': {
      const facility = getAt(root, ['facility']);
      if (isObject(facility)) facility[t.field] = t.value;
      return;
    }
    case 'use': {
      const room = pick(Array.isArray(level.rooms) ? level.rooms : [], t.room);
      if (!isObject(room) || room.use === 'stair' || t.use === 'stair') return; // a stair needs its details
      room.use = t.use;
      if (t.use === 'child-care' && t.ages.length) room.ages = t.ages;
      else delete room.ages;
      return;
    }
    case 'itemType': {
      const item = pick(Array.isArray(level.items) ? level.items : [], t.item);
      if (!isObject(item)) return;
      item.type = t.type;
      if (t.size) item.size = t.size;
      else delete item.size;
      item.rotation = t.rotation;
      return;
    }
    case 'dropOptional': {
      const p = pick(paths.filter((q) => typeof q[q.length - 1] === 'string' && !REQUIRED.has(String(q[q.length - 1]))), t.at);
      if (p) deleteAt(root, p);
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Byte-level damage to the text.

type Edit =
  | { kind: 'replace'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate'; at: number; length: number };

const junk = fc.oneof(
  fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '-', '.', 'e', '0', '9', 'null', 'NaN', 'Infinity', '1e999', '\\', '\u0000', 'é', '😀', '\ud800', ' ', '\n', '"__proto__":1,'),
  fc.string({ maxLength: 4 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: junk }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: junk }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
);

function applyEdit(text: string, e: Edit): string {
  const at = e.at % (text.length + 1);
  switch (e.kind) {
    case 'replace': return text.slice(0, at) + e.text + text.slice(at + 1);
    case 'delete': return text.slice(0, at) + text.slice(at + e.length);
    case 'insert': return text.slice(0, at) + e.text + text.slice(at);
    case 'truncate': return text.slice(0, at);
    case 'duplicate': return text.slice(0, at + e.length) + text.slice(at, at + e.length) + text.slice(at + e.length);
  }
}

function parsedOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------------

describe('fuzz: validation and engine never throw', () => {
  it('has its base plans, and they are valid', () => {
    expect(BASES.length).toBeGreaterThanOrEqual(1);
    for (const b of BASES) {
      const r = validatePlan(structuredClone(b.value));
      expect(r.ok ? [] : r.errors.slice(0, 5)).toEqual([]);
    }
  });

  it('refuses broken plans cleanly and reports on whatever it accepts', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(base, fc.array(mutation, { minLength: 1, maxLength: 4 }), async (b, mutations) => {
        const value = baseValue(b);
        for (const m of mutations) apply(value, m);
        await check('value', value);
      }),
      { numRuns: 1000, endOnFailure: true, interruptAfterTimeLimit: 8000 },
    );
  });

  it('runs the engine on odd but valid plans (no exits, huge enrollment, any uses and items)', { timeout: 60_000 }, async () => {
    const before = accepted;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(base, fc.array(tweak, { minLength: 1, maxLength: 6 }), async (b, tweaks) => {
        runs++;
        const value = baseValue(b);
        for (const t of tweaks) applyTweak(value, t);
        await check('value', value);
      }),
      { numRuns: 300, endOnFailure: true, interruptAfterTimeLimit: 5000 },
    );
    // Most of these plans stay valid: the engine must really have been exercised.
    expect(accepted - before).toBeGreaterThan(runs / 3);
  });

  it('survives damaged JSON text', { timeout: 60_000 }, async () => {
    const texts = new Map(BASES.flatMap((b) => [[`${b.name}`, JSON.stringify(b.value)], [`${b.name}, indented`, JSON.stringify(b.value, null, 2)]]));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...texts.keys()), fc.array(edit, { minLength: 1, maxLength: 3 }), async (name, edits) => {
        const damaged = edits.reduce(applyEdit, texts.get(name)!);
        await check('text', damaged, parsedOrUndefined(damaged));
      }),
      { numRuns: 600, endOnFailure: true, interruptAfterTimeLimit: 4000 },
    );
  });

  // Inputs the fuzzing found that once hung: each must now be refused or reported on, promptly.
  const FOUND: readonly { what: string; base: string; mutate: (plan: any) => void }[] = [
    { what: 'an item at x = -1e308 (the room index looped forever)', base: 'generated-10', mutate: (p) => (p.levels[0].items[0].at = [-1e308, 190]) },
    { what: 'a room vertex at x = 2^53 (travel distance never returned)', base: 'floorspace-two-story-0.json', mutate: (p) => (p.levels[0].rooms[3].polygon[1][0] = 2 ** 53) },
    { what: 'a room vertex at x = 1e15', base: 'floorspace-two-story-0.json', mutate: (p) => (p.levels[0].rooms[3].polygon[1][0] = 1e15) },
  ];
  for (const found of FOUND) {
    it.runIf(BASES.some((b) => b.name === found.base))(`does not hang on ${found.what}`, { timeout: 30_000 }, async () => {
      const value = baseValue(found.base);
      found.mutate(value);
      await check('value', value);
    });
  }

  it('saw both outcomes', () => {
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });
});
