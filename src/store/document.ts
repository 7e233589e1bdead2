/**
 * The open document: the plan, where it came from, and its undo history. Only the plan lives here; everything
 * measured from it (the report) is derived elsewhere, so the store never holds geometry that could drift from it.
 *
 * Edits come as whole new plans from the editor (which applies commands); a gesture previews many plans and commits
 * one, so the history holds one step per gesture, marked at the plan the gesture began on (`gestureBase`).
 */
import { create } from 'zustand';
import { createStore, type StateCreator } from 'zustand/vanilla';
import type { PlanError } from '../model/result.ts';
import type { Plan } from '../model/schema.ts';
import { parsePlanText } from '../model/validate.ts';
import { EMPTY_HISTORY, record, redo, undo, type History } from './history.ts';

/** Where the plan on screen came from: a sample keeps its name so a reload of `?sample=` finds the edits. */
export type PlanSource = { readonly kind: 'sample'; readonly name: string } | { readonly kind: 'file' } | { readonly kind: 'new' } | { readonly kind: 'restored'; readonly sample: string | null; readonly savedAt: string };

export interface DocumentState {
  /** The plan on screen, or null before the first one opens. */
  readonly plan: Plan | null;
  /** Name of the file or sample the plan on screen came from. */
  readonly fileName: string | null;
  readonly source: PlanSource | null;
  /** Why the last file was refused; empty when the last open succeeded or the message was dismissed. */
  readonly errors: readonly PlanError[];
  /** The file those errors are about (it may differ from `fileName`: a refused file never replaces the plan). */
  readonly refusedFileName: string | null;
  readonly history: History;
  /** The plan a gesture in progress began on (its undo mark); null between gestures. */
  readonly gestureBase: Plan | null;
  /** Counts every change of `plan`, previews included; views and the engine use it to skip stale work. */
  readonly revision: number;
  /** The revision last written to a file (or opened); the plan has unsaved changes when it differs. */
  readonly savedRevision: number;

  /** Validates the text; a valid plan replaces the open one, a refused file only sets `errors`. Returns whether it opened. */
  openText(name: string, text: string, source?: PlanSource): boolean;
  /** Opens a plan already known to be valid (a new plan, a restored one). Starts a fresh history. */
  openPlan(name: string, plan: Plan, source: PlanSource): void;
  /** A file that could not even be read (network, missing sample): shown like a refusal, the open plan stays. */
  reportUnreadable(name: string, message: string): void;
  dismissErrors(): void;
  /** Shows a step of the gesture in progress (no history step). */
  preview(plan: Plan): void;
  /** Ends the gesture (or makes a one-step edit): one undo step back to where it began. No change, no step. */
  commit(plan: Plan): void;
  /** Escape: back to where the gesture began. */
  cancelGesture(): void;
  undo(): void;
  redo(): void;
  /** The plan on screen was just written to a file (or, `false`: it carries changes never saved to one). */
  markSaved(saved?: boolean): void;
}

/** Changes made since the plan was opened or last saved as a file (autosave aside). */
export const hasUnsavedChanges = (s: DocumentState): boolean => s.plan !== null && s.revision !== s.savedRevision;

export const documentState: StateCreator<DocumentState> = (set, get) => ({
  plan: null,
  fileName: null,
  source: null,
  errors: [],
  refusedFileName: null,
  history: EMPTY_HISTORY,
  gestureBase: null,
  revision: 0,
  savedRevision: 0,

  openText(name, text, source = { kind: 'file' }) {
    const result = parsePlanText(text);
    if (!result.ok) {
      // Nothing is half-loaded (plan-format.md, "Errors"): the plan on screen stays exactly as it was.
      set({ errors: result.errors, refusedFileName: name });
      return false;
    }
    get().openPlan(name, result.value, source);
    return true;
  },
  openPlan(name, plan, source) {
    set((s) => ({ plan, fileName: name, source, errors: [], refusedFileName: null, history: EMPTY_HISTORY, gestureBase: null, revision: s.revision + 1, savedRevision: s.revision + 1 }));
  },
  reportUnreadable(name, message) {
    set({ errors: [{ path: '', message }], refusedFileName: name });
  },
  dismissErrors() {
    set({ errors: [], refusedFileName: null });
  },
  preview(plan) {
    const s = get();
    if (!s.plan || plan === s.plan) return;
    set({ plan, gestureBase: s.gestureBase ?? s.plan, revision: s.revision + 1 });
  },
  commit(plan) {
    const s = get();
    const before = s.gestureBase ?? s.plan;
    if (!before) return;
    if (plan === before) {
      if (s.gestureBase) set({ plan, gestureBase: null, revision: s.revision + 1 });
      return;
    }
    set({ plan, gestureBase: null, history: record(s.history, before), revision: s.revision + 1 });
  },
  cancelGesture() {
    const s = get();
    if (s.gestureBase) set({ plan: s.gestureBase, gestureBase: null, revision: s.revision + 1 });
  },
  undo() {
    get().cancelGesture();
    const s = get();
    const step = s.plan && undo(s.history, s.plan);
    if (step) set({ plan: step.plan, history: step.history, revision: s.revision + 1 });
  },
  redo() {
    get().cancelGesture();
    const s = get();
    const step = s.plan && redo(s.history, s.plan);
    if (step) set({ plan: step.plan, history: step.history, revision: s.revision + 1 });
  },
  markSaved(saved = true) {
    set((s) => ({ savedRevision: saved ? s.revision : -1 }));
  },
});

/** A document of its own, for tests and tools that must not touch the one on screen. */
export const createDocumentStore = () => createStore<DocumentState>()(documentState);

/** The document on screen. */
export const useDocument = create<DocumentState>()(documentState);
