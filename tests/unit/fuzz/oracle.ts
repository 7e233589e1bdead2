/*
 * The fuzz test's way to call validation and the engine with a time limit: each input goes to a worker thread
 * (oracle.worker.ts); if no answer comes within the limit the worker is ended, a fresh one started, and the
 * check fails naming the stage that hung. Synchronous code cannot be interrupted any other way.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Answer, Request } from './oracle.worker.ts';

export type Outcome = Exclude<Answer, { type: 'progress' }>;

const WORKER = new URL('./oracle.worker.ts', import.meta.url).href;
/** The worker loads its TypeScript through tsx's scoped loader (a worker's own `--import` is not honoured). */
const TSX_API = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
const BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then((tsx) => tsx.tsImport(${JSON.stringify(WORKER)}, ${JSON.stringify(WORKER)}))`;

interface Pending {
  readonly resolve: (a: Outcome) => void;
  readonly reject: (e: Error) => void;
  stage: 'validation' | 'engine';
}

export class Oracle {
  private worker!: Worker;
  private ready!: Promise<void>;
  private readonly pending = new Map<number, Pending>();
  private next = 0;

  constructor(private readonly limitMs = 5000) {
    this.start();
  }

  private start(): void {
    const worker = new Worker(BOOTSTRAP, { eval: true });
    this.worker = worker;
    let started = false;
    this.ready = new Promise((resolve, reject) => {
      worker.on('message', (a: Answer | 'ready') => {
        if (a === 'ready') {
          started = true;
          resolve();
          return;
        }
        const p = this.pending.get(a.id);
        if (!p) return;
        if (a.type === 'progress') {
          p.stage = a.stage;
          return;
        }
        this.pending.delete(a.id);
        p.resolve(a);
      });
      worker.on('error', (e) => {
        if (!started) reject(new Error(`the fuzz worker failed to start: ${e.message}`));
        for (const p of this.pending.values()) p.reject(new Error(`the fuzz worker died: ${e.message}`));
        this.pending.clear();
      });
    });
    this.ready.catch(() => undefined); // reported by the next check()
  }

  async check(kind: Request['kind'], input: unknown): Promise<Outcome> {
    await this.ready;
    const id = ++this.next;
    return new Promise<Outcome>((resolve, reject) => {
      const pending: Pending = {
        stage: 'validation',
        resolve: (a) => (clearTimeout(timer), resolve(a)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      };
      const timer = setTimeout(() => {
        this.pending.delete(id);
        void this.worker.terminate();
        this.start();
        const what = pending.stage === 'validation' ? (kind === 'text' ? 'parsePlanText' : 'validatePlan') : 'buildReport';
        reject(new Error(`${what} did not return within ${this.limitMs} ms: it hangs (or is far too slow) on this input`));
      }, this.limitMs);
      this.pending.set(id, pending);
      try {
        this.worker.postMessage({ id, kind, input } satisfies Request);
      } catch (e) {
        this.pending.delete(id);
        pending.reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
