import { AUTOSAVE_KEY, readAutosave, startAutosave, type StorageLike } from '../../../src/store/autosave.ts';
import { createDocumentStore } from '../../../src/store/document.ts';
import { emptyPlan } from '../../../src/store/newPlan.ts';

function memoryStorage(): StorageLike & { data: Map<string, string>; writes: number } {
  const data = new Map<string, string>();
  const s = {
    data,
    writes: 0,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      s.writes++;
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
  };
  return s;
}

describe('autosave', () => {
  it('saves every committed change, not each step of a drag, and reads it back', () => {
    const storage = memoryStorage();
    const doc = createDocumentStore();
    const statuses: string[] = [];
    const stop = startAutosave(doc, storage, (s) => statuses.push(s));
    doc.getState().openPlan('mine.json', emptyPlan(), { kind: 'sample', name: 'small-center' });
    expect(storage.writes).toBe(1);
    const plan = doc.getState().plan!;
    for (const name of ['a', 'b', 'c']) doc.getState().preview({ ...plan, facility: { ...plan.facility, name } });
    expect(storage.writes).toBe(1);
    doc.getState().commit({ ...plan, facility: { ...plan.facility, name: 'Sunny Days' } });
    expect(storage.writes).toBe(2);
    expect(statuses).toEqual(['saved', 'unsaved', 'unsaved', 'unsaved', 'saved']);
    stop();

    const back = readAutosave(storage)!;
    expect(back.plan.facility.name).toBe('Sunny Days');
    expect(back.fileName).toBe('mine.json');
    expect(back.sample).toBe('small-center');
  });

  it('does not restore what the plan format refuses, or what is not JSON', () => {
    const storage = memoryStorage();
    storage.setItem(AUTOSAVE_KEY, JSON.stringify({ plan: { format: 'safeplan.plan' }, fileName: 'x.json' }));
    expect(readAutosave(storage)).toBeNull();
    storage.setItem(AUTOSAVE_KEY, '{nope');
    expect(readAutosave(storage)).toBeNull();
    expect(readAutosave(memoryStorage())).toBeNull();
  });

  it('says when the browser refuses to store the plan, and leaves the plan alone', () => {
    const doc = createDocumentStore();
    const statuses: string[] = [];
    const full: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    startAutosave(doc, full, (s) => statuses.push(s));
    doc.getState().openPlan('x.json', emptyPlan(), { kind: 'new' });
    expect(statuses).toEqual(['failed']);
    expect(doc.getState().plan).not.toBeNull();
  });
});
