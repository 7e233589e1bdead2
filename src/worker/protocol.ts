/** Messages between the editor and the engine worker. */
import type { PlanError } from '../model/result.ts';
import type { Report } from '../report/types.ts';

export interface EngineRequest {
  /** Grows with every request; a result for an older one is stale. */
  readonly seq: number;
  /** The plan as the editor holds it (not yet validated: the editor can draw things the format refuses). */
  readonly plan: unknown;
}

export type EngineResult =
  | { readonly seq: number; readonly ok: true; readonly report: Report; readonly ms: number }
  /** The plan breaks the format (the engine cannot run on it): every problem, with its JSON path. */
  | { readonly seq: number; readonly ok: false; readonly errors: readonly PlanError[]; readonly ms: number }
  /** The engine failed: a bug, shown rather than a blank panel. */
  | { readonly seq: number; readonly ok: false; readonly crash: string; readonly errors: readonly PlanError[]; readonly ms: number };
