// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { Finding } from '../../../src/checks/types.ts';
import { FindingsList } from '../../../src/ui/FindingsList.tsx';
import { showFinding, showProblem } from '../../../src/ui/showOnPlan.ts';
import { TestEditor, twoRooms } from '../editor/TestEditor.ts';

const aisle: Finding = {
  id: 'sleep.aisle',
  citation: '5 CSR 25-500.092(1)(B)1.D',
  status: 'fail',
  subject: 'R2',
  measured: 0,
  limit: 24,
  unit: 'in',
  message: 'The crib has no clear 2 ft aisle.',
  geometry: { type: 'segment', points: [[130, 10], [130, 100]] },
};
const pass: Finding = { ...aisle, status: 'pass', subject: null, geometry: null, message: 'Fine.' };

describe('the findings list', () => {
  it('groups by status and hands the picked finding over', () => {
    const picked: Finding[] = [];
    render(<FindingsList findings={[pass, aisle]} onPick={(f) => picked.push(f)} />);
    expect(screen.getByTestId('summary-fail').textContent).toBe('Fails: 1');
    fireEvent.click(screen.getByText('The crib has no clear 2 ft aisle.'));
    expect(picked).toEqual([aisle]);
  });

  it('lists the problems that keep the plan from being checked', () => {
    const picked: string[] = [];
    render(<FindingsList findings={[]} problems={[{ path: 'levels[0].items[0].at', message: 'not inside any room' }]} onPickProblem={(p) => picked.push(p.path)} />);
    fireEvent.click(screen.getByText('not inside any room'));
    expect(picked).toEqual(['levels[0].items[0].at']);
  });
});

describe('showing a finding on the plan', () => {
  it('selects its subject, frames it and keeps its geometry to draw', () => {
    const ed = new TestEditor(twoRooms());
    ed.editor.setViewport(800, 600);
    act(() => showFinding(ed.editor, aisle));
    expect(ed.selection).toEqual(['room:R2']);
    expect(ed.session.getState().highlight).toBe(aisle);
    const v = ed.session.getState().view;
    // R2 (126..246) is in the middle of the 800 px viewport.
    expect(Math.abs(v.x + 186 * v.scale - 400)).toBeLessThan(1);
  });

  it('selects the object a plan problem points at', () => {
    const ed = new TestEditor(twoRooms());
    showProblem(ed.editor, { path: 'levels[0].rooms[1].polygon', message: 'overlaps' });
    expect(ed.selection).toEqual(['room:R2']);
  });
});
