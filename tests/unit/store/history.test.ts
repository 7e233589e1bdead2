import { createDocumentStore } from '../../../src/store/document.ts';
import { emptyPlan } from '../../../src/store/newPlan.ts';
import type { Plan } from '../../../src/model/schema.ts';

const named = (plan: Plan, name: string): Plan => ({ ...plan, facility: { ...plan.facility, name } });

function opened() {
  const doc = createDocumentStore();
  doc.getState().openPlan('test.json', emptyPlan(), { kind: 'new' });
  return doc;
}

describe('the document history', () => {
  it('makes one undo step per commit and walks back and forth', () => {
    const doc = opened();
    const start = doc.getState().plan!;
    doc.getState().commit(named(start, 'A'));
    doc.getState().commit(named(doc.getState().plan!, 'B'));
    expect(doc.getState().history.past).toHaveLength(2);
    doc.getState().undo();
    expect(doc.getState().plan!.facility.name).toBe('A');
    doc.getState().undo();
    expect(doc.getState().plan).toBe(start);
    doc.getState().undo();
    expect(doc.getState().plan).toBe(start);
    doc.getState().redo();
    doc.getState().redo();
    expect(doc.getState().plan!.facility.name).toBe('B');
  });

  it('records a gesture of many previews as one step back to where it began', () => {
    const doc = opened();
    const start = doc.getState().plan!;
    for (const n of ['1', '2', '3']) doc.getState().preview(named(start, n));
    expect(doc.getState().gestureBase).toBe(start);
    expect(doc.getState().history.past).toHaveLength(0);
    doc.getState().commit(named(start, 'done'));
    expect(doc.getState().history.past).toEqual([start]);
    expect(doc.getState().gestureBase).toBeNull();
  });

  it('puts a cancelled gesture back without a step', () => {
    const doc = opened();
    const start = doc.getState().plan!;
    doc.getState().preview(named(start, 'moving'));
    doc.getState().cancelGesture();
    expect(doc.getState().plan).toBe(start);
    expect(doc.getState().history.past).toHaveLength(0);
  });

  it('makes no step for a commit that changes nothing', () => {
    const doc = opened();
    doc.getState().commit(doc.getState().plan!);
    expect(doc.getState().history.past).toHaveLength(0);
  });

  it('drops the redo steps on a new edit, and starts afresh on opening a plan', () => {
    const doc = opened();
    const start = doc.getState().plan!;
    doc.getState().commit(named(start, 'A'));
    doc.getState().undo();
    doc.getState().commit(named(start, 'B'));
    expect(doc.getState().history.future).toHaveLength(0);
    doc.getState().openPlan('other.json', emptyPlan(), { kind: 'new' });
    expect(doc.getState().history).toEqual({ past: [], future: [] });
  });

  it('undo during a gesture first rolls the gesture back', () => {
    const doc = opened();
    const start = doc.getState().plan!;
    doc.getState().commit(named(start, 'A'));
    const a = doc.getState().plan!;
    doc.getState().preview(named(a, 'moving'));
    doc.getState().undo();
    expect(doc.getState().plan).toBe(start);
    expect(doc.getState().gestureBase).toBeNull();
  });

  it('counts every change of the plan', () => {
    const doc = opened();
    const r0 = doc.getState().revision;
    doc.getState().preview(named(doc.getState().plan!, 'x'));
    doc.getState().commit(named(doc.getState().plan!, 'y'));
    doc.getState().undo();
    expect(doc.getState().revision).toBe(r0 + 3);
  });
});
