/**
 * Trace images are kept in this browser, never in the plan file (the format refuses unknown fields): one record per
 * plan, keyed by the plan's file name, holding the traces of its levels and site (editor/trace.ts). IndexedDB holds
 * them (a scan is megabytes; localStorage holds five at most); tests use the in-memory storage.
 *
 * Opening a plan shows the traces saved under its name; a new plan starts with none (and forgets those left under
 * the name every new plan shares); every change of the session's traces is saved, a moment later.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { SessionState } from '../editor/session.ts';
import type { TraceImage, Traces } from '../editor/trace.ts';
import type { DocumentState } from './document.ts';

export interface TraceStorage {
  load(planKey: string): Promise<Traces | null>;
  save(planKey: string, traces: Traces): Promise<void>;
  remove(planKey: string): Promise<void>;
}

export function memoryTraceStorage(): TraceStorage & { readonly records: Map<string, Traces> } {
  const records = new Map<string, Traces>();
  return {
    records,
    load: async (key) => records.get(key) ?? null,
    save: async (key, traces) => void records.set(key, traces),
    remove: async (key) => void records.delete(key),
  };
}

const DB = 'safeplan-traces';
const STORE = 'traces';

/** The browser's IndexedDB, or null where there is none (or it is refused, as in some private windows). */
export function indexedDbTraceStorage(): TraceStorage | null {
  if (typeof indexedDB === 'undefined') return null;
  let opened: Promise<IDBDatabase> | null = null;
  const db = () =>
    (opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(DB, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    }));
  const run = <T,>(mode: IDBTransactionMode, op: (store: IDBObjectStore) => IDBRequest<T>) =>
    db().then(
      (d) =>
        new Promise<T>((resolve, reject) => {
          const req = op(d.transaction(STORE, mode).objectStore(STORE));
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        }),
    );
  return {
    load: async (key) => ((await run('readonly', (s) => s.get(key))) as Traces | undefined) ?? null,
    save: async (key, traces) => void (await run('readwrite', (s) => s.put(traces, key))),
    remove: async (key) => void (await run('readwrite', (s) => s.delete(key))),
  };
}

/** Only well-formed records come back (storage is outside the app's control). */
function sane(value: unknown): Traces {
  if (!value || typeof value !== 'object') return {};
  const out: Record<string, TraceImage> = {};
  for (const [key, t] of Object.entries(value as Record<string, Partial<TraceImage>>)) {
    const nums = [t.width, t.height, t.x, t.y, t.scale, t.opacity];
    if (typeof t.src === 'string' && nums.every((n) => typeof n === 'number' && Number.isFinite(n)) && (t.scale ?? 0) > 0) {
      out[key] = { src: t.src, name: String(t.name ?? 'image'), width: t.width!, height: t.height!, x: t.x!, y: t.y!, scale: t.scale!, opacity: Math.min(1, Math.max(0, t.opacity!)), calibrated: t.calibrated === true };
    }
  }
  return out;
}

export const tracePlanKey = (doc: DocumentState): string | null => (doc.plan ? (doc.fileName ?? 'untitled.json') : null);

/** Keeps the session's traces and the storage in step; returns a function that stops it. */
export function startTracePersistence(doc: StoreApi<DocumentState>, session: StoreApi<SessionState>, storage: TraceStorage, delayMs = 250): () => void {
  let key: string | null = null;
  let loading = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let applying = false;

  const apply = (traces: Traces) => {
    applying = true;
    session.setState({ traces });
    applying = false;
  };

  const opened = (s: DocumentState) => {
    if (timer) flush();
    key = tracePlanKey(s);
    const ticket = ++loading;
    apply({});
    if (!key) return;
    if (s.source?.kind === 'new') {
      void storage.remove(key).catch(() => undefined);
      return;
    }
    const k = key;
    void storage
      .load(k)
      .then((traces) => {
        // Only if nothing was opened or imported meanwhile.
        if (ticket === loading && key === k && Object.keys(session.getState().traces).length === 0) apply(sane(traces));
      })
      .catch(() => undefined);
  };

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!key) return;
    const traces = session.getState().traces;
    void (Object.keys(traces).length ? storage.save(key, traces) : storage.remove(key)).catch(() => undefined);
  };

  if (doc.getState().plan) opened(doc.getState());
  const stopDoc = doc.subscribe((s, prev) => {
    if (s.source !== prev.source && s.plan) opened(s);
  });
  const stopSession = session.subscribe((s, prev) => {
    if (s.traces === prev.traces || applying) return;
    loading++; // a change of the user's beats a load still on its way
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  });
  return () => {
    if (timer) flush();
    stopDoc();
    stopSession();
  };
}
