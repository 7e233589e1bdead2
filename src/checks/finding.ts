/** Building findings: every field present (null where it has no value), numbers rounded for people. */
import type { Check, Finding, FindingGeometry, Status } from './types.ts';
import { groupedNumber } from '../model/numbers.ts';

export interface FindingFields {
  readonly status: Status;
  readonly subject?: string | null;
  readonly measured?: number | null;
  readonly limit?: number | null;
  readonly unit?: string | null;
  readonly message: string;
  readonly geometry?: FindingGeometry | null;
  readonly level?: string;
  /** A finer paragraph than the check's own citation, when the limit came from one. */
  readonly citation?: string;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function finding(check: Pick<Check, 'id' | 'citation'>, f: FindingFields): Finding {
  const out: Finding = {
    id: check.id,
    citation: f.citation ?? check.citation,
    status: f.status,
    subject: f.subject ?? null,
    measured: f.measured === undefined || f.measured === null || !Number.isFinite(f.measured) ? null : round2(f.measured),
    limit: f.limit === undefined || f.limit === null || !Number.isFinite(f.limit) ? null : round2(f.limit),
    unit: f.unit ?? null,
    message: f.message,
    geometry: f.geometry ?? null,
  };
  return f.level ? { ...out, level: f.level } : out;
}

/** 'warn' when a passing value is within 5% of its limit (checks.md, status `warn`). */
export function atLeast(measured: number, limit: number): Status {
  if (measured < limit) return 'fail';
  return measured < limit * 1.05 ? 'warn' : 'pass';
}

export function atMost(measured: number, limit: number): Status {
  if (measured > limit) return 'fail';
  return measured > limit * 0.95 ? 'warn' : 'pass';
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
export const sqft = (n: number) => `${groupedNumber(n, 1)} sq ft`;
export const names = (rooms: readonly { room: { name: string; id: string } }[]) => rooms.map((r) => r.room.name || r.room.id).join(', ');
