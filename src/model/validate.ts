/**
 * The one door into the model: text or a parsed value in, a valid Plan or every problem out. Nothing is
 * half-loaded: a plan with any problem is refused as a whole (plan-format.md, "Errors").
 */
import { checkPlanGeometry } from './geometryRules.ts';
import { ok, refused, type PlanError, type Result } from './result.ts';
import type { Plan } from './schema.ts';
import { validateShape } from './shape.ts';

/** Real facilities are a few hundred kilobytes; a file this large is not a plan and would stall the editor. */
export const MAX_PLAN_BYTES = 20 * 1024 * 1024;

export function validatePlan(input: unknown): Result<Plan> {
  const shaped = validateShape(input);
  if (!shaped.ok) return shaped;
  const problems = checkPlanGeometry(shaped.value);
  return problems.length ? refused(problems) : ok(shaped.value);
}

export function parsePlanText(text: string): Result<Plan> {
  const size = byteLength(text);
  if (size > MAX_PLAN_BYTES) {
    return refused([{ path: '', message: `the file is ${(size / 1024 / 1024).toFixed(1)} MB; a plan file may be at most ${MAX_PLAN_BYTES / 1024 / 1024} MB` }]);
  }
  if (text.trim() === '') return refused([{ path: '', message: 'the file is empty; a plan file is JSON starting with {"format": "safeplan.plan", ...}' }]);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return refused([jsonError(text, e)]);
  }
  return validatePlan(value);
}

function byteLength(text: string): number {
  // Cheap upper bound first: most files are far below the limit and need no encoding pass.
  if (text.length * 3 <= MAX_PLAN_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

function jsonError(text: string, e: unknown): PlanError {
  const detail = e instanceof Error ? e.message : String(e);
  const position = /position (\d+)/.exec(detail);
  if (position) {
    const offset = Number(position[1]);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return { path: '', message: `the file is not valid JSON: ${detail.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}` };
  }
  return { path: '', message: `the file is not valid JSON: ${detail}` };
}
