/**
 * The check framework (architecture.md, after ESLint's rules): one check id, one module exporting
 * `{ id, citation, title, run(ctx) }`; `run` returns findings and never throws.
 */
import type { Point } from '../geometry/types.ts';
import type { Facility as FacilityAnalysis } from '../engine/facility.ts';

export type Status = 'fail' | 'warn' | 'pass' | 'verify' | 'n/a';
export const STATUSES: readonly Status[] = ['fail', 'warn', 'pass', 'verify', 'n/a'];

/** What the editor and the printed diagram draw for a finding, in plan inches. */
export type FindingGeometry =
  | { readonly type: 'path'; readonly points: readonly Point[] }
  | { readonly type: 'segment'; readonly points: readonly [Point, Point] }
  | { readonly type: 'polygon'; readonly points: readonly Point[] }
  | { readonly type: 'point'; readonly points: readonly [Point] };

export interface Finding {
  readonly id: string;
  readonly citation: string;
  readonly status: Status;
  /** The room, door, item or area the finding is about, or null for the facility as a whole. */
  readonly subject: string | null;
  readonly measured: number | null;
  readonly limit: number | null;
  readonly unit: string | null;
  readonly message: string;
  readonly geometry: FindingGeometry | null;
  /** Level of the subject, so the editor can switch to it (extension). */
  readonly level?: string;
}

export interface Check {
  readonly id: string;
  readonly citation: string;
  readonly title: string;
  run(facility: FacilityAnalysis): Finding[];
}
