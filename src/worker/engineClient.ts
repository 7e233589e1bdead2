/**
 * The editor's side of the engine worker. Plans arrive faster than the engine can check them (every commit, every
 * undo); only the newest matters. At most one request is in flight: while it runs, later plans replace each other in
 * a one-slot queue, and a result that is not for the newest plan is dropped (a stale report never lands on screen).
 */
import type { Plan } from '../model/schema.ts';
import { isDropped, type EngineCancel, type EngineReply, type EngineRequest, type EngineResult } from './protocol.ts';

/** What the client needs of a worker (a real Worker, or a fake in tests). */
export interface EngineTransport {
  post(request: EngineRequest): void;
  onResult(listener: (result: EngineResult) => void): void;
  terminate(): void;
  /** Abandons the job in progress: its result never comes, and the next request starts at once; absent where a job cannot be stopped. */
  restart?(): void;
}

/**
 * A job running this long for a plan that is no longer on screen is abandoned rather than waited for: a large plan
 * can take the engine many seconds, and the user's newest plan should not queue behind it.
 */
export const ABANDON_AFTER_MS = 750;

export type ResultListener = (result: EngineResult, requestedAt: number) => void;

export class EngineClient {
  private seq = 0;
  private inFlight: number | null = null;
  private inFlightSince = 0;
  /** How long the last finished job took; null before any. */
  private lastDuration: number | null = null;
  private waiting: EngineRequest | null = null;
  private readonly sentAt = new Map<number, number>();
  private readonly listeners = new Set<ResultListener>();

  constructor(private readonly transport: EngineTransport) {
    transport.onResult((result) => this.received(result));
  }

  /** Asks for the report of `plan`; returns the request's number. */
  request(plan: Plan): number {
    const request: EngineRequest = { seq: ++this.seq, plan };
    this.sentAt.set(request.seq, performance.now());
    if (this.inFlight === null) this.send(request);
    else if (this.transport.restart && performance.now() - this.inFlightSince > ABANDON_AFTER_MS) {
      this.transport.restart();
      this.send(request);
    } else this.waiting = request;
    return request.seq;
  }

  /**
   * A gesture began: whatever the engine is checking will be stale when it ends. A long job is stopped so the drag
   * has the processor to itself (the gesture's commit asks again); a short one is left to finish.
   */
  abandonStale(): void {
    if (this.inFlight === null || !this.transport.restart) return;
    const slow = this.lastDuration === null || this.lastDuration > ABANDON_AFTER_MS || performance.now() - this.inFlightSince > ABANDON_AFTER_MS;
    if (!slow) return;
    this.transport.restart();
    this.inFlight = null;
    this.waiting = null;
  }

  onResult(listener: ResultListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get latest(): number {
    return this.seq;
  }

  dispose(): void {
    this.transport.terminate();
    this.listeners.clear();
  }

  private send(request: EngineRequest): void {
    this.inFlight = request.seq;
    this.inFlightSince = performance.now();
    this.transport.post(request);
  }

  private received(result: EngineResult): void {
    // Only the job in flight is waited for: one abandoned may still answer (its last step was under way when the
    // cancel came); it is for a plan no longer on screen, and the job in flight is not over.
    if (result.seq !== this.inFlight) return;
    this.inFlight = null;
    this.lastDuration = performance.now() - this.inFlightSince;
    const requestedAt = this.sentAt.get(result.seq) ?? performance.now();
    for (const seq of this.sentAt.keys()) if (seq <= result.seq) this.sentAt.delete(seq);
    if (result.seq === this.seq) for (const listener of this.listeners) listener(result, requestedAt);
    const next = this.waiting;
    this.waiting = null;
    if (next) this.send(next);
  }
}

/**
 * A worker that says nothing this long after a cancel is stuck in one step (or never loaded): it is replaced.
 * The engine's longest step on a 200-room plan takes about a second with a cold worker.
 */
export const STUCK_AFTER_MS = 5000;

/**
 * The engine in a Web Worker, kept from edit to edit: a job is stopped by a cancel the worker reads between two
 * steps (engineJobs.ts), not by terminating the worker. Chromium lets a terminated worker that is running script
 * go on for two seconds (a whole core, on a machine that may have two, while the user drags), and a new worker
 * starts cold: compiling the engine again and without the engine's caches of the rooms an edit did not touch.
 */
export function workerTransport(): EngineTransport {
  let listener: ((r: EngineResult) => void) | null = null;
  let worker: Worker | null = null;
  /** Set from a cancel until the worker's next word; the newest request posted since then. */
  let watchdog: ReturnType<typeof setTimeout> | null = null;
  let sinceCancel: EngineRequest | null = null;
  const quiet = () => {
    if (watchdog !== null) clearTimeout(watchdog);
    watchdog = null;
    sinceCancel = null;
  };
  const start = () => {
    const w = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'safeplan-engine' });
    w.addEventListener('message', (e: MessageEvent<EngineReply>) => {
      if (w !== worker) return;
      quiet();
      if (!isDropped(e.data)) listener?.(e.data);
    });
    return w;
  };
  const replace = () => {
    const pending = sinceCancel;
    quiet();
    worker?.terminate();
    worker = start();
    if (pending) worker.postMessage(pending);
  };
  worker = start();
  return {
    post: (request) => {
      (worker ??= start()).postMessage(request);
      if (watchdog !== null) sinceCancel = request;
    },
    onResult: (l) => void (listener = l),
    terminate: () => {
      quiet();
      worker?.terminate();
      worker = null;
    },
    restart: () => {
      if (!worker) return;
      worker.postMessage({ cancel: true } satisfies EngineCancel);
      watchdog ??= setTimeout(replace, STUCK_AFTER_MS);
    },
  };
}

/** The engine in the page, a task later (where Workers are missing: jsdom, old browsers); loaded only then. */
export function inPageTransport(): EngineTransport {
  let listener: ((r: EngineResult) => void) | null = null;
  let live = true;
  return {
    post: (request) =>
      void import('./runEngine.ts').then(({ runEngine }) => {
        if (live) listener?.(runEngine(request));
      }),
    onResult: (l) => void (listener = l),
    terminate: () => void (live = false),
  };
}

export function createEngineClient(): EngineClient {
  let transport: EngineTransport;
  try {
    transport = typeof Worker === 'function' ? workerTransport() : inPageTransport();
  } catch {
    transport = inPageTransport();
  }
  return new EngineClient(transport);
}
