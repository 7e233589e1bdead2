/**
 * Layer one of validation: the shape of the file (types, enums, required and unknown fields).
 * Zod finds the problems; this module turns each into a path and a sentence a provider can act on.
 */
import type { z } from 'zod';
import { planSchema, type Plan } from './schema.ts';
import { formatPath, ok, refused, type PlanError, type Result } from './result.ts';

type Issue = z.core.$ZodIssue;

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return `${typeof value === 'object' ? 'an object' : `a ${typeof value}`}`;
}

const article = (noun: string) => (/^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`);

function sentence(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required but missing';
      return `must be ${issue.expected === 'tuple' ? 'a pair of numbers' : article(issue.expected)}, not ${describeValue(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}, not ${describeValue(issue.input)}`
        : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${describeValue(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'array') return issue.message.startsWith('Too small') ? `needs at least ${issue.minimum} entries` : issue.message;
      if (issue.origin === 'string') return 'cannot be empty';
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' ? `has too many entries (at most ${issue.maximum})` : `must be at most ${issue.maximum}`;
    case 'custom':
      return issue.message;
    default:
      return issue.message;
  }
}

function toPlanErrors(issue: Issue): PlanError[] {
  if (issue.code === 'unrecognized_keys') {
    // One error per unknown field, pointing at the field itself: a typo must not silently drop a wall.
    return issue.keys.map((key) => ({
      path: formatPath([...issue.path, key]),
      message: `unknown field "${key}": plan format v1 has no such field here (a misspelling?)`,
    }));
  }
  if (issue.code === 'invalid_union') {
    const first = issue.errors[0]?.[0];
    if (first) return toPlanErrors({ ...first, path: [...issue.path, ...first.path] } as Issue);
  }
  // Tuples report a length problem as too_big/too_small on the tuple itself.
  return [{ path: formatPath(issue.path), message: sentence(issue) }];
}

export function validateShape(input: unknown): Result<Plan> {
  const parsed = planSchema.safeParse(input, { reportInput: true });
  if (parsed.success) return ok(parsed.data);
  return refused(parsed.error.issues.flatMap(toPlanErrors));
}
