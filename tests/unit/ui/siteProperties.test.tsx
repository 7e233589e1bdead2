// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { EditorContext } from '../../../src/editor/react.ts';
import type { Finding } from '../../../src/checks/types.ts';
import type { Plan } from '../../../src/model/schema.ts';
import { PropertiesPanel } from '../../../src/ui/properties/PropertiesPanel.tsx';
import { ToolButtons } from '../../../src/ui/ToolButtons.tsx';
import { LevelBar } from '../../../src/ui/LevelBar.tsx';
import { TestEditor, twoRooms } from '../editor/TestEditor.ts';

function withYard(): Plan {
  const plan = twoRooms();
  return {
    ...plan,
    site: {
      playAreas: [{ id: 'PA1', name: 'Yard', polygon: [[0, 200], [480, 200], [480, 800], [0, 800]], fenceHeight: 48 }],
      surfaces: [{ id: 'SF1', polygon: [[120, 300], [360, 300], [360, 600], [120, 600]], material: 'concrete' }],
      equipment: [{ id: 'EQ1', type: 'swing', at: [240, 450], size: [120, 72], height: 24, pivotHeight: 96 }],
      pools: [{ id: 'PL1', polygon: [[500, 200], [600, 200], [600, 300]], depth: 36, fenceHeight: 0, lockedGate: false }],
      obstacles: [{ id: 'OB1', polygon: [[420, 700], [460, 700], [460, 740], [420, 740]], name: 'Oak' }],
    },
  };
}

function mount(ed: TestEditor, findings: readonly Finding[] = []) {
  return render(
    <EditorContext.Provider value={ed.editor}>
      <PropertiesPanel rooms={[]} findings={findings} />
    </EditorContext.Provider>,
  );
}

const commit = (label: string, value: string) => {
  const input = screen.getByLabelText(label);
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter' });
};

describe('the site in the property panel', () => {
  it('edits a play area and shows its size and the children it serves', () => {
    const ed = new TestEditor(withYard());
    act(() => ed.editor.showSite(true));
    act(() => ed.editor.select(['playArea:PA1']));
    mount(ed);
    expect(screen.getByTestId('play-area-figures').textContent).toBe('2,000 sq ft · serves 78 children (26 outside at once)');
    commit('Name', 'Back yard');
    commit('Fence height', `3' 6"`);
    fireEvent.click(screen.getByLabelText('Used only by infants and toddlers'));
    expect(ed.plan.site!.playAreas![0]).toMatchObject({ name: 'Back yard', fenceHeight: 42, infantToddler: true });
    commit('Fence height', '0');
    expect(screen.getByTestId('play-area-figures').textContent).toContain('no fence: serves no children');
    expect(ed.undoSteps).toBe(4);
    ed.expectValid();
  });

  it('edits equipment: a swing’s pivot, a type change that brings a slide its exit, a turn that turns the exit', () => {
    const ed = new TestEditor(withYard());
    act(() => ed.editor.showSite(true));
    act(() => ed.editor.select(['equipment:EQ1']));
    const failing: Finding = { id: 'outdoor.fall-zone', citation: '', status: 'fail', subject: 'EQ1', measured: 1, limit: 0, unit: 'sq ft', message: '', geometry: null };
    mount(ed, [failing]);
    expect(screen.getByTestId('fall-zone-status').dataset.status).toBe('fail');
    expect(screen.getByTestId('fall-zone-figures').textContent).toContain('16 ft in front of and behind the beam');
    commit('Pivot (beam) height', `6'`);
    expect(ed.plan.site!.equipment![0]!.pivotHeight).toBe(72);
    expect(screen.getByTestId('fall-zone-figures').textContent).toContain('12 ft in front of and behind the beam');
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'slide' } });
    expect(ed.plan.site!.equipment![0]).toMatchObject({ type: 'slide', exit: 90 });
    expect(ed.plan.site!.equipment![0]!.pivotHeight).toBeUndefined();
    commit('Rotation (degrees)', '90');
    expect(ed.plan.site!.equipment![0]).toMatchObject({ rotation: 90, exit: 180 });
    commit('Highest play surface', `5'`);
    expect(ed.plan.site!.equipment![0]!.height).toBe(60);
    ed.expectValid();
  });

  it('edits a surface (a loose fill gets its table depth), a pool and an obstacle', () => {
    const ed = new TestEditor(withYard());
    act(() => ed.editor.showSite(true));
    act(() => ed.editor.select(['surface:SF1']));
    const { unmount } = mount(ed);
    expect(screen.getByText(/Not acceptable under play equipment/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Material'), { target: { value: 'pea-gravel' } });
    expect(ed.plan.site!.surfaces![0]).toMatchObject({ material: 'pea-gravel', depth: 9 });
    expect(screen.getByText(/Protects to 5 ft at 9"/)).toBeTruthy();
    unmount();
    act(() => ed.editor.select(['pool:PL1']));
    const pool = mount(ed);
    commit('Fence height', '48');
    fireEvent.click(screen.getByLabelText('Locked gate'));
    expect(ed.plan.site!.pools![0]).toMatchObject({ fenceHeight: 48, lockedGate: true });
    pool.unmount();
    act(() => ed.editor.select(['obstacle:OB1']));
    mount(ed);
    commit('Name', 'Maple');
    expect(ed.plan.site!.obstacles![0]!.name).toBe('Maple');
    ed.expectValid();
  });

  it('with nothing selected in the Site view, sums up the site and offers a trace image of its own', () => {
    const ed = new TestEditor(withYard());
    act(() => ed.editor.showSite(true));
    mount(ed);
    expect(screen.getByTestId('site-summary').textContent).toBe('1 play area · 1 surface · 1 piece of equipment · 1 pool · 1 obstacle');
    expect(screen.getByText(/serves 78 children/)).toBeTruthy();
    expect(screen.getByTestId('trace-import')).toBeTruthy();
  });
});

describe('the toolbar and level bar in the Site view', () => {
  it('shows the site’s tools there and the building’s elsewhere; the Site tab switches', () => {
    const ed = new TestEditor(withYard());
    render(
      <EditorContext.Provider value={ed.editor}>
        <LevelBar />
        <ToolButtons />
      </EditorContext.Provider>,
    );
    expect(screen.queryByTestId('tool-play-area')).toBeNull();
    expect(screen.getByTestId('tool-room-rect')).toBeTruthy();
    fireEvent.click(screen.getByTestId('level-site'));
    expect(ed.session.getState().siteView).toBe(true);
    expect(screen.getByTestId('level-site').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('level-L1').getAttribute('aria-selected')).toBe('false');
    for (const id of ['select', 'play-area', 'surface', 'equipment', 'obstacle', 'pool', 'measure']) expect(screen.getByTestId(`tool-${id}`)).toBeTruthy();
    expect(screen.queryByTestId('tool-room-rect')).toBeNull();
    expect(screen.queryByTestId('tool-calibrate')).toBeNull();
    fireEvent.click(screen.getByTestId('tool-surface'));
    expect(screen.getByTestId('tool-option-material')).toBeTruthy();
    fireEvent.change(screen.getByTestId('tool-option-material'), { target: { value: 'sand' } });
    expect((ed.session.getState().toolStates.surface as { preset: string }).preset).toBe('sand');
    fireEvent.click(screen.getByTestId('level-L1'));
    expect(ed.session.getState().siteView).toBe(false);
    expect(ed.editor.tool.id).toBe('select');
  });
});
