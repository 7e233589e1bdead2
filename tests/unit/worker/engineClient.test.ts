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
});
