/**
 * ESLint's RuleTester, for SafePlan checks: a check id, its citation, and two lists of small plans — `valid` plans the
 * check must not fail, `invalid` plans it must fail — each case naming the paragraph it exercises.
 *
 * A case picks one finding (the only one, or the one about `subject`) and asserts its status exactly (default
 * `pass` for valid, always `fail` for invalid), and `measured`, `limit`, `citation` and `message` when given.
 * A valid case also asserts that no other finding of the check fails (`otherFindings: 'any'` to relax it).
 *
 * `engineDisagrees: '...'` marks a case where the engine contradicts the rule text; it runs as `it.fails` with the
 * reason, so it turns red the day the engine is fixed and the mark can go. SAFEPLAN_SHOW_DISAGREEMENTS=1 runs them as
 * plain tests to show how the engine's answer differs.
 */
import { CHECKS } from '../../src/checks/index.ts';
import type { Finding, Status } from '../../src/checks/types.ts';
import type { Plan } from '../../src/model/schema.ts';
import { findingOf, findingsOf, reportFindingsOf } from './planBuilder.ts';

export interface CheckCase {
  readonly name: string;
  /** Lazy, so a broken fixture fails its own test with the validator's errors. */
  readonly plan: () => Plan;
  /** Pick the finding about this subject (null: the facility-wide one); default: the check's only finding. */
  readonly subject?: string | null;
  readonly status?: Status;
  readonly measured?: number | null;
  readonly limit?: number | null;
  readonly unit?: string | null;
  readonly citation?: string;
  readonly message?: RegExp;
  /** How many findings the check returns in all. */
  readonly count?: number;
  /** Valid cases: 'none-fail' (default) asserts no other finding of the check fails. */
  readonly otherFindings?: 'none-fail' | 'any';
  /** Further assertions on the chosen finding and all findings of the check. */
  readonly also?: (finding: Finding, all: readonly Finding[]) => void;
  /** A reading of the rule text the engine once got wrong, kept with its reasoning (runs as a plain test). */
  readonly settledReading?: string;
  /** The engine disagrees with the rule text here: why (runs as it.fails). */
  readonly engineDisagrees?: string;
}

export interface CheckCases {
  readonly valid: readonly CheckCase[];
  readonly invalid: readonly CheckCase[];
}

function assertCase(id: string, c: CheckCase, expected: Status, valid: boolean): void {
  const p = c.plan();
  const all = findingsOf(p, id);
  const f = findingOf(p, id, c.subject);
  expect({ status: f.status, message: f.message }).toEqual({ status: expected, message: f.message });
  if (c.measured !== undefined) expect(f.measured).toBe(c.measured);
  if (c.limit !== undefined) expect(f.limit).toBe(c.limit);
  if (c.unit !== undefined) expect(f.unit).toBe(c.unit);
  if (c.citation !== undefined) expect(f.citation).toBe(c.citation);
  if (c.message !== undefined) expect(f.message).toMatch(c.message);
  if (c.count !== undefined) expect(all).toHaveLength(c.count);
  if (valid && (c.otherFindings ?? 'none-fail') === 'none-fail') {
    expect(all.filter((x) => x.status === 'fail').map((x) => `${x.subject}: ${x.message}`)).toEqual([]);
  }
  c.also?.(f, all);
}

/** SAFEPLAN_SHOW_DISAGREEMENTS=1 runs the engineDisagrees cases as plain tests, to read why each one fails. */
const SHOW_DISAGREEMENTS = Boolean(process.env.SAFEPLAN_SHOW_DISAGREEMENTS);

function register(id: string, c: CheckCase, expected: Status, valid: boolean): void {
  const run = () => assertCase(id, c, expected, valid);
  if (c.engineDisagrees && !SHOW_DISAGREEMENTS) it.fails(`${c.name} [engine disagrees: ${c.engineDisagrees}]`, run);
  else it(c.name, run);
}

/**
 * A free-form test of a place where the engine contradicts the rule text: runs as `it.fails` with the reason (or as a
 * plain test under SAFEPLAN_SHOW_DISAGREEMENTS=1). Use it where a fixed engine could answer in more than one
 * acceptable shape (a finding dropped rather than passed), so the assertion states only what the rule requires.
 */
export function engineDisagrees(name: string, reason: string, run: () => void): void {
  if (SHOW_DISAGREEMENTS) it(name, run);
  else it.fails(`${name} [engine disagrees: ${reason}]`, run);
}

/** The check is registered with this citation, then every case. Call inside the file's top-level describe. */
export function checkCases(id: string, citation: string, cases: CheckCases): void {
  it(`is registered in CHECKS with citation ${citation}`, () => {
    const check = CHECKS.find((c) => c.id === id);
    expect(check?.citation).toBe(citation);
  });
  const sample = [...cases.valid, ...cases.invalid].find((c) => !c.engineDisagrees);
  if (sample) {
    it('gives the same findings alone as in the full report (buildReport)', () => {
      const p = sample.plan();
      expect(findingsOf(p, id)).toEqual(reportFindingsOf(p, id));
    });
  }
  describe('valid', () => {
    for (const c of cases.valid) register(id, c, c.status ?? 'pass', true);
  });
  describe('invalid', () => {
    for (const c of cases.invalid) {
      if (c.status !== undefined && c.status !== 'fail') throw new Error(`invalid case "${c.name}" must expect fail`);
      register(id, c, 'fail', false);
    }
  });
}

/** A test of a reading of the rule text the engine once got wrong; the reason stays as the test's record. */
export function settledReading(name: string, reason: string, run: () => void): void {
  void reason;
  it(name, run);
}
