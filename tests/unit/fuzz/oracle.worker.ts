/*
 * Runs validation and the engine for the fuzz test in a worker thread, so that an input which makes either one
 * loop forever fails the test (the main thread stops waiting and ends the worker) instead of hanging the suite.
 * Started by oracle.ts through tsx's loader.
 */
import { parentPort } from 'node:worker_threads';
import type { PlanError } from '../../../src/model/result.ts';
import { parsePlanText, validatePlan } from '../../../src/model/validate.ts';
import { buildReport } from '../../../src/report/build.ts';

export interface Request {
  readonly id: number;
  /** `value`: validatePlan(input); `text`: parsePlanText(input). */
  readonly kind: 'value' | 'text';
  readonly input: unknown;
}

export type Answer =
  | { readonly id: number; readonly type: 'progress'; readonly stage: 'engine' }
  | { readonly id: number; readonly type: 'threw'; readonly stage: 'validation' | 'engine'; readonly error: string }
  | { readonly id: number; readonly type: 'refused'; readonly errors: readonly PlanError[] }
  | { readonly id: number; readonly type: 'report'; readonly summary: Readonly<Record<string, unknown>>; readonly statuses: readonly string[] };

const port = parentPort;
if (!port) throw new Error('oracle.worker.ts runs as a worker thread');

const describe = (e: unknown) => (e instanceof Error ? (e.stack ?? e.message) : String(e));

port.on('message', ({ id, kind, input }: Request) => {
  let answer: Answer;
  let result;
  try {
    result = kind === 'text' ? parsePlanText(input as string) : validatePlan(input);
  } catch (e) {
    port.postMessage({ id, type: 'threw', stage: 'validation', error: describe(e) } satisfies Answer);
    return;
  }
  if (!result.ok) {
    answer = { id, type: 'refused', errors: result.errors.map((e) => ({ path: e.path, message: e.message })) };
  } else {
    port.postMessage({ id, type: 'progress', stage: 'engine' } satisfies Answer);
    try {
      const report = buildReport(result.value);
      answer = { id, type: 'report', summary: { ...report.summary }, statuses: report.findings.map((f) => f.status) };
    } catch (e) {
      answer = { id, type: 'threw', stage: 'engine', error: describe(e) };
    }
  }
  port.postMessage(answer);
});

port.postMessage('ready');
