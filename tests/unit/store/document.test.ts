import { readFileSync } from 'node:fs';
import { useDocument } from '../../../src/store/document.ts';

const fixture = readFileSync(new URL('../../../public/samples/e2e-fixture.json', import.meta.url), 'utf8');

beforeEach(() => {
  useDocument.setState({ plan: null, fileName: null, errors: [], refusedFileName: null });
});

describe('the document store', () => {
  it('opens a valid plan and remembers where it came from', () => {
    expect(useDocument.getState().openText('e2e-fixture.json', fixture)).toBe(true);
    const state = useDocument.getState();
    expect(state.plan?.facility.name).toBe('E2E Fixture Center');
    expect(state.fileName).toBe('e2e-fixture.json');
    expect(state.errors).toEqual([]);
  });

  it('refuses a broken file with its errors and leaves the open plan as it was', () => {
    useDocument.getState().openText('e2e-fixture.json', fixture);
    const before = useDocument.getState().plan;
    expect(useDocument.getState().openText('broken.json', '{"format":"safeplan.plan"}')).toBe(false);
    const state = useDocument.getState();
    expect(state.plan).toBe(before);
    expect(state.fileName).toBe('e2e-fixture.json');
    expect(state.refusedFileName).toBe('broken.json');
    expect(state.errors.map((e) => e.path)).toContain('facility');
  });

  it('clears the errors once a good file opens, or when they are dismissed', () => {
    const { openText, dismissErrors } = useDocument.getState();
    openText('broken.json', 'not json');
    expect(useDocument.getState().errors).toHaveLength(1);
    dismissErrors();
    expect(useDocument.getState().errors).toEqual([]);
    openText('broken.json', 'not json');
    openText('e2e-fixture.json', fixture);
    expect(useDocument.getState().errors).toEqual([]);
    expect(useDocument.getState().refusedFileName).toBeNull();
  });
});
