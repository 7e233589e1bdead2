import { createSessionStore } from '../../../src/editor/session.ts';
import type { TraceImage } from '../../../src/editor/trace.ts';
import { createDocumentStore } from '../../../src/store/document.ts';
import { emptyPlan } from '../../../src/store/newPlan.ts';
import { memoryTraceStorage, startTracePersistence } from '../../../src/store/traces.ts';

const IMAGE: TraceImage = { src: 'data:image/png;base64,AAAA', name: 'scan.png', width: 200, height: 100, x: 0, y: 0, scale: 1.5, opacity: 0.5, calibrated: true };

describe('trace persistence', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('saves the traces under the plan’s file name, and brings them back when that plan opens again', async () => {
    const storage = memoryTraceStorage();
    const doc = createDocumentStore();
    const session = createSessionStore();
    doc.getState().openPlan('yard.json', emptyPlan(), { kind: 'file' });
    const stop = startTracePersistence(doc, session, storage, 100);
    session.setState({ traces: { 'level:L1': IMAGE } });
    expect(storage.records.size).toBe(0);
    vi.advanceTimersByTime(150);
    await vi.waitFor(() => expect(storage.records.get('yard.json')).toEqual({ 'level:L1': IMAGE }));

    doc.getState().openPlan('other.json', emptyPlan(), { kind: 'file' });
    expect(session.getState().traces).toEqual({});
    doc.getState().openPlan('yard.json', emptyPlan(), { kind: 'file' });
    await vi.waitFor(() => expect(session.getState().traces).toEqual({ 'level:L1': IMAGE }));
    stop();
  });

  it('starts a new plan with none, forgetting those another new plan left', async () => {
    const storage = memoryTraceStorage();
    storage.records.set('untitled.json', { site: IMAGE });
    const doc = createDocumentStore();
    const session = createSessionStore();
    const stop = startTracePersistence(doc, session, storage, 100);
    doc.getState().openPlan('untitled.json', emptyPlan(), { kind: 'new' });
    await vi.waitFor(() => expect(storage.records.has('untitled.json')).toBe(false));
    expect(session.getState().traces).toEqual({});
    stop();
  });

  it('removes the record when the last trace is removed, and refuses malformed records', async () => {
    const storage = memoryTraceStorage();
    storage.records.set('yard.json', { 'level:L1': { ...IMAGE, scale: -1 }, site: IMAGE });
    const doc = createDocumentStore();
    const session = createSessionStore();
    doc.getState().openPlan('yard.json', emptyPlan(), { kind: 'restored', sample: null, savedAt: '' });
    const stop = startTracePersistence(doc, session, storage, 100);
    await vi.waitFor(() => expect(session.getState().traces).toEqual({ site: IMAGE }));
    session.setState({ traces: {} });
    vi.advanceTimersByTime(150);
    await vi.waitFor(() => expect(storage.records.has('yard.json')).toBe(false));
    stop();
  });
});
