/**
 * Undo history of whole plans. Plans are immutable and edits share untouched objects, so a step costs a few
 * references, not a copy of the plan. One step per gesture: a drag's many previews are not steps.
 */
import type { Plan } from '../model/schema.ts';

export const HISTORY_LIMIT = 200;

export interface History {
  readonly past: readonly Plan[];
  readonly future: readonly Plan[];
}

export const EMPTY_HISTORY: History = { past: [], future: [] };

export function record(h: History, before: Plan): History {
  const past = h.past.length >= HISTORY_LIMIT ? h.past.slice(h.past.length - HISTORY_LIMIT + 1) : h.past;
  return { past: [...past, before], future: [] };
}

export function undo(h: History, current: Plan): { history: History; plan: Plan } | null {
  const previous = h.past[h.past.length - 1];
  if (!previous) return null;
  return { history: { past: h.past.slice(0, -1), future: [current, ...h.future] }, plan: previous };
}

export function redo(h: History, current: Plan): { history: History; plan: Plan } | null {
  const next = h.future[0];
  if (!next) return null;
  return { history: { past: [...h.past, current], future: h.future.slice(1) }, plan: next };
}
