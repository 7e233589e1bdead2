/**
 * Autosave: every committed change of the plan goes to localStorage (not each step of a drag), and the next visit
 * restores it. The saved copy is validated on the way back in: a plan the format refuses is not restored.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Plan } from '../model/schema.ts';
import { validatePlan } from '../model/validate.ts';
import { hasUnsavedChanges, type DocumentState } from './document.ts';

export const AUTOSAVE_KEY = 'safeplan.autosave.v1';

export interface Autosaved {
  readonly plan: Plan;
  readonly fileName: string;
  /** The sample the plan began as, if any: a reload of `?sample=<name>` then restores the edits. */
  readonly sample: string | null;
  readonly savedAt: string;
  /** It had changes never written to a file: replacing it after a reload still asks first. */
  readonly unsaved: boolean;
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function sampleOf(s: DocumentState): string | null {
  if (s.source?.kind === 'sample') return s.source.name;
  if (s.source?.kind === 'restored') return s.source.sample;
  return null;
}

export function writeAutosave(storage: StorageLike, s: DocumentState, now = new Date()): boolean {
  if (!s.plan) return false;
  const record: Autosaved = { plan: s.plan, fileName: s.fileName ?? 'plan.json', sample: sampleOf(s), savedAt: now.toISOString(), unsaved: hasUnsavedChanges(s) };
  try {
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(record));
    return true;
  } catch {
    // Quota exceeded or storage disabled: the plan on screen is unaffected; the status bar says it is not saved.
    return false;
  }
}

export function readAutosave(storage: StorageLike): Autosaved | null {
  let text: string | null;
  try {
    text = storage.getItem(AUTOSAVE_KEY);
  } catch {
    return null;
  }
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<Autosaved>;
    const plan = validatePlan(value.plan);
    if (!plan.ok) return null;
    return {
      plan: plan.value,
      fileName: typeof value.fileName === 'string' ? value.fileName : 'plan.json',
      sample: typeof value.sample === 'string' ? value.sample : null,
      savedAt: typeof value.savedAt === 'string' ? value.savedAt : new Date(0).toISOString(),
      unsaved: value.unsaved === true,
    };
  } catch {
    return null;
  }
}

export type SaveStatus = 'saved' | 'unsaved' | 'failed';

/** Saves after every committed change; returns a function that stops it. `onStatus` feeds the status bar. */
export function startAutosave(store: StoreApi<DocumentState>, storage: StorageLike, onStatus?: (status: SaveStatus) => void): () => void {
  return store.subscribe((s, prev) => {
    if ((s.plan === prev.plan && s.savedRevision === prev.savedRevision) || !s.plan) return;
    if (s.gestureBase) {
      onStatus?.('unsaved');
      return;
    }
    onStatus?.(writeAutosave(storage, s) ? 'saved' : 'failed');
  });
}
