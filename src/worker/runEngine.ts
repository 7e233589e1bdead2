/** One engine run: validate, then report. The same code runs in the worker and, where there is none, in the page. */
import { validatePlan } from '../model/validate.ts';
import { buildReport } from '../report/build.ts';
import type { EngineRequest, EngineResult } from './protocol.ts';

export function runEngine(request: EngineRequest): EngineResult {
  const start = performance.now();
  const ms = () => Math.round((performance.now() - start) * 10) / 10;
  try {
    const valid = validatePlan(request.plan);
    if (!valid.ok) return { seq: request.seq, ok: false, errors: valid.errors, ms: ms() };
    return { seq: request.seq, ok: true, report: buildReport(valid.value), ms: ms() };
  } catch (e) {
    return { seq: request.seq, ok: false, crash: e instanceof Error ? e.message : String(e), errors: [], ms: ms() };
  }
}
