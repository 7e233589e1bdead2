import { EngineClient, type EngineTransport } from '../../../src/worker/engineClient.ts';
import type { EngineRequest, EngineResult } from '../../../src/worker/protocol.ts';
import { runEngine } from '../../../src/worker/runEngine.ts';
import { emptyPlan } from '../../../src/store/newPlan.ts';
import type { Plan } from '../../../src/model/schema.ts';

/** A worker the test answers by hand. */
function fakeTransport(restartable = false) {
  const posted: EngineRequest[] = [];
  let listener: (r: EngineResult) => void = () => {};
  const t: EngineTransport & { posted: EngineRequest[]; answer: (i: number) => void; restarts: number } = {
    posted,
    restarts: 0,
    post: (r) => posted.push(r),
    onResult: (l) => void (listener = l),
    terminate: () => {},
    answer: (i) => listener(runEngine(posted[i]!)),
    ...(restartable ? { restart: () => void t.restarts++ } : {}),
  };
  return t;
}

const named = (name: string): Plan => ({ ...emptyPlan(), facility: { ...emptyPlan().facility, name } });

describe('the engine client', () => {
  it('keeps one request in flight and only the newest plan waiting', () => {
    const t = fakeTransport();
    const client = new EngineClient(t);
    const seen: number[] = [];
    client.onResult((r) => seen.push(r.seq));
    client.request(named('a'));
    client.request(named('b'));
    client.request(named('c'));
    expect(t.posted.map((r) => (r.plan as Plan).facility.name)).toEqual(['a']);
    t.answer(0);
    // a's report is stale (c is newest): dropped; c goes out next, b never does.
    expect(seen).toEqual([]);
    expect(t.posted.map((r) => (r.plan as Plan).facility.name)).toEqual(['a', 'c']);
    t.answer(1);
    expect(seen).toEqual([3]);
  });

  it('hands back the plan problems when the plan breaks the format', () => {
    const t = fakeTransport();
    const client = new EngineClient(t);
    let result: EngineResult | null = null;
    client.onResult((r) => (result = r));
    const broken = { ...emptyPlan(), levels: [{ ...emptyPlan().levels[0]!, items: [{ id: 'I1', type: 'crib' as const, at: [500, 500] as [number, number] }] }] };
    client.request(broken);
    t.answer(0);
    expect(result).toMatchObject({ ok: false, errors: [{ path: 'levels[0].items[0].at' }] });
  });

  it('abandons a long job for a plan no longer on screen', () => {
    const t = fakeTransport(true);
    const client = new EngineClient(t);
    const now = vi.spyOn(performance, 'now');
    now.mockReturnValue(1000);
    client.request(named('slow'));
    now.mockReturnValue(1100);
    client.request(named('soon'));
    expect(t.restarts).toBe(0);
    now.mockReturnValue(5000);
    client.request(named('new'));
    expect(t.restarts).toBe(1);
    expect(t.posted.map((r) => (r.plan as Plan).facility.name)).toEqual(['slow', 'new']);
    now.mockRestore();
  });

  it('stops at once what is running before any job has finished (its length is unknown)', () => {
    const t = fakeTransport(true);
    const client = new EngineClient(t);
    client.request(named('first'));
    client.abandonStale();
    expect(t.restarts).toBe(1);
  });
});

describe('the engine client during a gesture', () => {
  it('stops a job that the gesture will make stale when jobs are slow, and leaves a quick one', () => {
    const t = fakeTransport(true);
    const client = new EngineClient(t);
    const now = vi.spyOn(performance, 'now');
    now.mockReturnValue(1000);
    client.request(named('quick'));
    now.mockReturnValue(1050);
    t.answer(0); // jobs take 50 ms here
    client.request(named('a'));
    now.mockReturnValue(1200);
    client.abandonStale();
    expect(t.restarts).toBe(0);
    now.mockReturnValue(3000);
    client.abandonStale();
    expect(t.restarts).toBe(1);
    // The next plan goes out at once: nothing is in flight any more.
    client.request(named('b'));
    expect(t.posted.map((r) => (r.plan as Plan).facility.name)).toEqual(['quick', 'a', 'b']);
    now.mockRestore();
  });

  it('ignores the answer of an abandoned job (a cancel can cross its last step): not shown, and the job in flight still waited for', () => {
    const t = fakeTransport(true);
    const client = new EngineClient(t);
    const seen: number[] = [];
    client.onResult((r) => seen.push(r.seq));
    client.request(named('first'));
    client.abandonStale();
    client.request(named('second'));
    client.request(named('third'));
    t.answer(0); // first, abandoned, answers anyway
    expect(seen).toEqual([]);
    expect(t.posted.map((r) => (r.plan as Plan).facility.name)).toEqual(['first', 'second']);
    t.answer(1);
    expect(t.posted.map((r) => (r.plan as Plan).facility.name)).toEqual(['first', 'second', 'third']);
    t.answer(2);
    expect(seen).toEqual([3]);
  });

  it('stops at once what is running before any job has finished (its length is unknown)', () => {
    const t = fakeTransport(true);
    const client = new EngineClient(t);
    client.request(named('first'));
    client.abandonStale();
    expect(t.restarts).toBe(1);
  });
});
