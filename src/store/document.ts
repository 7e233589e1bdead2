/**
 * The open document. Only the plan and where it came from live here; everything measured from it (the report)
 * is derived by the views, so the store never holds geometry that could drift from the plan.
 */
import { create } from 'zustand';
import type { PlanError } from '../model/result.ts';
import type { Plan } from '../model/schema.ts';
import { parsePlanText } from '../model/validate.ts';

export interface DocumentState {
  /** The plan on screen, or null before the first one opens. */
  readonly plan: Plan | null;
  /** Name of the file or sample the plan on screen came from. */
  readonly fileName: string | null;
  /** Why the last file was refused; empty when the last open succeeded or the message was dismissed. */
  readonly errors: readonly PlanError[];
  /** The file those errors are about (it may differ from `fileName`: a refused file never replaces the plan). */
  readonly refusedFileName: string | null;
  /** Validates the text; a valid plan replaces the open one, a refused file only sets `errors`. Returns whether it opened. */
  openText(name: string, text: string): boolean;
  /** A file that could not even be read (network, missing sample): shown like a refusal, the open plan stays. */
  reportUnreadable(name: string, message: string): void;
  dismissErrors(): void;
}

export const useDocument = create<DocumentState>()((set) => ({
  plan: null,
  fileName: null,
  errors: [],
  refusedFileName: null,
  openText(name, text) {
    const result = parsePlanText(text);
    if (!result.ok) {
      // Nothing is half-loaded (plan-format.md, "Errors"): the plan on screen stays exactly as it was.
      set({ errors: result.errors, refusedFileName: name });
      return false;
    }
    set({ plan: result.value, fileName: name, errors: [], refusedFileName: null });
    return true;
  },
  reportUnreadable(name, message) {
    set({ errors: [{ path: '', message }], refusedFileName: name });
  },
  dismissErrors() {
    set({ errors: [], refusedFileName: null });
  },
}));
