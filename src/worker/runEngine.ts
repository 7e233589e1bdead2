/** One engine run: validate, then report. The same code runs in the worker and, where there is none, in the page. */
import { CHECKS, runChecks } from '../checks/index.ts';
import type { Finding } from '../checks/types.ts';
import { analyzeFacility } from '../engine/facility.ts';
import { validatePlan } from '../model/validate.ts';
import { reportFor } from '../report/build.ts';
import type { EngineRequest, EngineResult } from './protocol.ts';

/**
 * The run in steps: it pauses (yields) after validating and after each check, and returns the result. The worker
 * looks at its mail between steps, so a job for a plan that is gone stops within one check instead of running on:
 * `Worker.terminate()` is no way to stop it, Chromium lets a worker that is running script go on for two more
 * seconds (its `kForcibleTerminationDelay`), on a processor the editor needs for the drag that made the job stale.
 */
export function* engineSteps(request: EngineRequest): Generator<void, EngineResult, void> {
  const start = performance.now();
  const ms = () => Math.round((performance.now() - start) * 10) / 10;
  try {
    const valid = validatePlan(request.plan);
    if (!valid.ok) return { seq: request.seq, ok: false, errors: valid.errors, ms: ms() };
    yield;
    const facility = analyzeFacility(valid.value);
    const findings: Finding[] = [];
    for (const check of CHECKS) {
      findings.push(...runChecks(facility, [check]));
      yield;
    }
    return { seq: request.seq, ok: true, report: reportFor(facility, findings), ms: ms() };
  } catch (e) {
    return { seq: request.seq, ok: false, crash: e instanceof Error ? e.message : String(e), errors: [], ms: ms() };
  }
}

/** The run in one go (the page without a worker, tests). */
export function runEngine(request: EngineRequest): EngineResult {
  const steps = engineSteps(request);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
