import { readFileSync } from 'node:fs';
import { CHECKS } from '../../../src/checks/index.ts';
import { buildReport } from '../../../src/report/build.ts';
import { validatePlan } from '../../../src/model/validate.ts';
import { EngineJobs } from '../../../src/worker/engineJobs.ts';
import type { EngineReply, EngineRequest, EngineResult } from '../../../src/worker/protocol.ts';
import { engineSteps, runEngine } from '../../../src/worker/runEngine.ts';

/** A job of `n` steps that records how far it got; its result names the request. */
function countedSteps(n: number, reached: Map<number, number>) {
  return function* (request: EngineRequest): Generator<void, EngineResult, void> {
    for (let i = 1; i <= n; i++) {
      reached.set(request.seq, i);
      if (i < n) yield;
    }
    return { seq: request.seq, ok: false, errors: [], ms: 0 };
  };
}

/** A worker whose pauses the test ends by hand, with messages in between as the page would send them. */
function host() {
  const posted: EngineReply[] = [];
  const pauses: (() => void)[] = [];
  return {
    posted,
    post: (reply: EngineReply) => void posted.push(reply),
    pause: () => new Promise<void>((resolve) => pauses.push(resolve)),
    /** Ends the oldest pause and lets the job run to its next one. */
    resume: async () => {
      pauses.shift()?.();
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
    get paused() {
      return pauses.length;
    },
  };
}

const request = (seq: number): EngineRequest => ({ seq, plan: null });

describe('the engine worker’s jobs', () => {
  it('runs a job step by step and posts its result', async () => {
    const h = host();
    const reached = new Map<number, number>();
    const jobs = new EngineJobs(h, countedSteps(3, reached), 0);
    jobs.receive(request(1));
    expect(reached.get(1)).toBe(1);
    await h.resume();
    await h.resume();
    expect(h.posted).toEqual([{ seq: 1, ok: false, errors: [], ms: 0 }]);
  });

  it('stops the job in progress at its next step on a cancel: no result, a word that it stopped', async () => {
    const h = host();
    const reached = new Map<number, number>();
    const jobs = new EngineJobs(h, countedSteps(100, reached), 0);
    jobs.receive(request(1));
    jobs.receive({ cancel: true });
    await h.resume();
    expect(reached.get(1)).toBe(1);
    expect(h.posted).toEqual([{ dropped: 1 }]);
    expect(h.paused).toBe(0);
  });

  it('answers a cancel at once when idle', () => {
    const h = host();
    const jobs = new EngineJobs(h, countedSteps(2, new Map()), 0);
    jobs.receive({ cancel: true });
    expect(h.posted).toEqual([{ dropped: 0 }]);
  });

  it('leaves an older job for a newer request at the next step, and runs the newer one to the end', async () => {
    const h = host();
    const reached = new Map<number, number>();
    const jobs = new EngineJobs(h, countedSteps(3, reached), 0);
    jobs.receive(request(1));
    jobs.receive(request(2));
    jobs.receive(request(3)); // 2 is superseded before it starts
    await h.resume();
    expect(reached.get(1)).toBe(1);
    expect(reached.has(2)).toBe(false);
    expect(reached.get(3)).toBe(1);
    await h.resume();
    await h.resume();
    expect(h.posted).toEqual([{ dropped: 1 }, { seq: 3, ok: false, errors: [], ms: 0 }]);
  });

  it('runs a request sent after a cancel', async () => {
    const h = host();
    const reached = new Map<number, number>();
    const jobs = new EngineJobs(h, countedSteps(2, reached), 0);
    jobs.receive(request(1));
    jobs.receive({ cancel: true });
    jobs.receive(request(2));
    await h.resume();
    await h.resume();
    expect(h.posted).toEqual([{ dropped: 1 }, { seq: 2, ok: false, errors: [], ms: 0 }]);
  });
});

describe('the engine worker’s pauses', () => {
  it('runs steps back to back until a slice of time has passed, then looks at its mail', async () => {
    const h = host();
    const reached = new Map<number, number>();
    const now = vi.spyOn(performance, 'now');
    let t = 0;
    now.mockImplementation(() => t);
    function* steps(request: EngineRequest): Generator<void, EngineResult, void> {
      for (let i = 1; i <= 10; i++) {
        reached.set(request.seq, i);
        t += 3; // each step takes 3 ms
        yield;
      }
      return { seq: request.seq, ok: false, errors: [], ms: 0 };
    }
    const jobs = new EngineJobs(h, steps, 8);
    jobs.receive(request(1));
    expect(reached.get(1)).toBe(3); // 9 ms in: the first pause
    jobs.receive({ cancel: true });
    await h.resume();
    expect(reached.get(1)).toBe(3);
    expect(h.posted).toEqual([{ dropped: 1 }]);
    now.mockRestore();
  });
});

describe('the engine run in steps', () => {
  const plan = JSON.parse(readFileSync(new URL('../../../public/samples/center-100.json', import.meta.url), 'utf8')) as unknown;

  it('pauses after validating and after every check, and reports what the engine reports in one go', () => {
    const steps = engineSteps({ seq: 7, plan });
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    expect(pauses).toBe(CHECKS.length + 1);
    const valid = validatePlan(plan);
    if (!valid.ok) throw new Error('the sample is valid');
    expect(step.value).toMatchObject({ seq: 7, ok: true, report: buildReport(valid.value) });
    expect(runEngine({ seq: 7, plan })).toMatchObject({ seq: 7, ok: true, report: buildReport(valid.value) });
  });
});
