/** Messages between the editor and the engine worker. */
import type { PlanError } from '../model/result.ts';
import type { Report } from '../report/types.ts';

export interface EngineRequest {
  /** Grows with every request; a result for an older one is stale. */
  readonly seq: number;
  /** The plan as the editor holds it (not yet validated: the editor can draw things the format refuses). */
  readonly plan: unknown;
}

/** Drop the job in progress (and any older one) at its next step: the plan it is for is gone. */
export interface EngineCancel {
  readonly cancel: true;
}

/** What the page posts to the worker. A request also supersedes whatever older job is still running. */
export type EngineMessage = EngineRequest | EngineCancel;

export type EngineResult =
  | { readonly seq: number; readonly ok: true; readonly report: Report; readonly ms: number }
  /** The plan breaks the format (the engine cannot run on it): every problem, with its JSON path. */
  | { readonly seq: number; readonly ok: false; readonly errors: readonly PlanError[]; readonly ms: number }
  /** The engine failed: a bug, shown rather than a blank panel. */
  | { readonly seq: number; readonly ok: false; readonly crash: string; readonly errors: readonly PlanError[]; readonly ms: number };

/** The worker's answer to a cancel (or to a request superseded mid-run): it stopped, the job's result never comes. */
export interface EngineDropped {
  readonly dropped: number;
}

/** What the worker posts back. */
export type EngineReply = EngineResult | EngineDropped;

export const isDropped = (reply: EngineReply): reply is EngineDropped => 'dropped' in reply;
export const isCancel = (message: EngineMessage): message is EngineCancel => 'cancel' in message;
