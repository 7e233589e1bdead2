import { STUCK_AFTER_MS, workerTransport } from '../../../src/worker/engineClient.ts';
import type { EngineMessage, EngineReply, EngineResult } from '../../../src/worker/protocol.ts';

/** Stands in for the browser's Worker: records what the page posts and whether it was terminated. */
class FakeWorker {
  static made: FakeWorker[] = [];
  readonly posted: EngineMessage[] = [];
  terminated = false;
  private listener: ((e: { data: EngineReply }) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  addEventListener(_type: 'message', listener: (e: { data: EngineReply }) => void) {
    this.listener = listener;
  }
  postMessage(message: EngineMessage) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: EngineReply) {
    this.listener?.({ data });
  }
}

const result = (seq: number): EngineResult => ({ seq, ok: false, errors: [], ms: 1 });

describe('the engine worker transport', () => {
  beforeEach(() => {
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('stops a job with a cancel to the same worker, never by terminating it (Chromium runs a terminated worker on for 2 s)', () => {
    const t = workerTransport();
    const seen: EngineResult[] = [];
    t.onResult((r) => seen.push(r));
    t.post({ seq: 1, plan: null });
    t.restart!();
    t.post({ seq: 2, plan: null });
    const [worker] = FakeWorker.made;
    expect(FakeWorker.made).toHaveLength(1);
    expect(worker!.terminated).toBe(false);
    expect(worker!.posted).toEqual([{ seq: 1, plan: null }, { cancel: true }, { seq: 2, plan: null }]);
    worker!.reply({ dropped: 1 });
    worker!.reply(result(2));
    expect(seen).toEqual([result(2)]); // the word that a job stopped is the transport's own
    vi.advanceTimersByTime(STUCK_AFTER_MS * 2);
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('replaces a worker that says nothing after a cancel, and hands the new one the request sent since', () => {
    const t = workerTransport();
    const seen: EngineResult[] = [];
    t.onResult((r) => seen.push(r));
    t.post({ seq: 1, plan: null });
    t.restart!();
    t.post({ seq: 2, plan: null });
    vi.advanceTimersByTime(STUCK_AFTER_MS - 1);
    expect(FakeWorker.made).toHaveLength(1);
    vi.advanceTimersByTime(1);
    const [stuck, fresh] = FakeWorker.made;
    expect(stuck!.terminated).toBe(true);
    expect(fresh!.posted).toEqual([{ seq: 2, plan: null }]);
    stuck!.reply(result(1)); // too late: not heard
    fresh!.reply(result(2));
    expect(seen).toEqual([result(2)]);
  });
});
