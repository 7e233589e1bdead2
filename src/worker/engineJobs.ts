/**
 * The worker's side of the engine: runs the newest request one step at a time (runEngine.ts), reading its mail
 * between steps. A cancel, or a newer request, stops the job in progress at its next step, so the worker, its
 * compiled code and the engine's caches of unchanged rooms (engine/egress/reuse.ts) live on from edit to edit.
 */
import { isCancel, type EngineMessage, type EngineReply, type EngineRequest, type EngineResult } from './protocol.ts';
import { engineSteps } from './runEngine.ts';

export interface JobHost {
  post(reply: EngineReply): void;
  /** Resolves once the messages already queued for the worker have been handled (a task later). */
  pause(): Promise<void>;
}

/**
 * Steps run back to back for this long before the worker looks at its mail: a pause costs a task round trip, and a
 * quick job (tens of milliseconds, most edits) need not pay for fifty of them. Also the longest a cancel waits
 * beyond the step in progress.
 */
export const PAUSE_EVERY_MS = 8;

export class EngineJobs {
  /** The newest request received; an older job in progress stops at its next step. */
  private newest = 0;
  /** Every job up to this one was cancelled. */
  private cancelled = 0;
  private next: EngineRequest | null = null;
  private running = false;

  constructor(
    private readonly host: JobHost,
    private readonly steps: (request: EngineRequest) => Generator<void, EngineResult, void> = engineSteps,
    private readonly pauseEveryMs = PAUSE_EVERY_MS,
  ) {}

  receive(message: EngineMessage): void {
    if (isCancel(message)) {
      this.cancelled = this.newest;
      this.next = null;
      // Idle: say so at once (the page waits for a word after a cancel); a running job answers when it stops.
      if (!this.running) this.host.post({ dropped: this.cancelled });
      return;
    }
    this.newest = Math.max(this.newest, message.seq);
    this.next = message;
    if (!this.running) void this.drain();
  }

  private stale(job: EngineRequest): boolean {
    return job.seq <= this.cancelled || job.seq < this.newest;
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.next) {
        const job = this.next;
        this.next = null;
        const steps = this.steps(job);
        let ranSince = performance.now();
        for (;;) {
          const step = steps.next();
          if (step.done) {
            this.host.post(step.value);
            break;
          }
          if (performance.now() - ranSince < this.pauseEveryMs) continue;
          await this.host.pause();
          ranSince = performance.now();
          if (this.stale(job)) {
            this.host.post({ dropped: job.seq });
            break;
          }
        }
      }
    } finally {
      this.running = false;
    }
  }
}
