// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { EditorContext } from '../../../src/editor/react.ts';
import { PropertiesPanel } from '../../../src/ui/properties/PropertiesPanel.tsx';
import { TestEditor, twoRooms } from '../editor/TestEditor.ts';
import type { Plan } from '../../../src/model/schema.ts';

function withDoor(): Plan {
  const plan = twoRooms();
  return { ...plan, levels: [{ ...plan.levels[0]!, doors: [{ id: 'D1', a: [120, 42], b: [120, 78], rooms: ['R1', 'R2'], swing: 'R1' }] }] };
}

function mount(ed: TestEditor) {
  return render(
    <EditorContext.Provider value={ed.editor}>
      <PropertiesPanel rooms={[]} />
    </EditorContext.Provider>,
  );
}

describe('the property panel', () => {
  it('edits a room: each change is one undo step', () => {
    const ed = new TestEditor(withDoor());
    act(() => ed.editor.select(['room:R1']));
    mount(ed);
    const name = screen.getByLabelText('Name');
    fireEvent.change(name, { target: { value: 'Infant room' } });
    fireEvent.keyDown(name, { key: 'Enter' });
    expect(ed.level.rooms[0]!.name).toBe('Infant room');
    fireEvent.click(screen.getByLabelText('Infants (under 12 months)'));
    expect(ed.level.rooms[0]!.ages).toEqual(['infant', 'preschool']);
    expect(ed.undoSteps).toBe(2);
    ed.expectValid();
  });

  it('drops the ages when a room stops being a child-care room (the format allows them nowhere else)', () => {
    const ed = new TestEditor(withDoor());
    act(() => ed.editor.select(['room:R1']));
    mount(ed);
    fireEvent.change(screen.getByLabelText('Use'), { target: { value: 'bathroom' } });
    expect(ed.level.rooms[0]).toMatchObject({ use: 'bathroom' });
    expect(ed.level.rooms[0]!.ages).toBeUndefined();
    ed.expectValid();
  });

  it('sets a door’s clear width by moving its jambs about the middle', () => {
    const ed = new TestEditor(withDoor());
    act(() => ed.editor.select(['door:D1']));
    mount(ed);
    const width = screen.getByLabelText('Clear width') as HTMLInputElement;
    expect(width.value).toBe(`3' 0"`);
    fireEvent.change(width, { target: { value: '32"' } });
    fireEvent.keyDown(width, { key: 'Enter' });
    expect(ed.level.doors[0]).toMatchObject({ a: [120, 44], b: [120, 76] });
    fireEvent.click(screen.getByLabelText('Lighted exit sign'));
    expect(ed.level.doors[0]!.exitSign).toBe(true);
    fireEvent.click(screen.getByLabelText('Lighted exit sign'));
    expect('exitSign' in ed.level.doors[0]!).toBe(false);
    ed.expectValid();
  });

  it('shows the facility and the level with nothing selected, and writes enrollment by age band', () => {
    const ed = new TestEditor(withDoor());
    mount(ed);
    fireEvent.click(screen.getByLabelText('Whole building sprinklered'));
    expect(ed.plan.facility.sprinklered).toBe(true);
    const infants = screen.getByLabelText('Infants (under 12 months)');
    fireEvent.change(infants, { target: { value: '4' } });
    fireEvent.blur(infants);
    expect(ed.plan.facility.enrollment).toEqual({ infant: 4 });
    fireEvent.change(infants, { target: { value: '' } });
    fireEvent.blur(infants);
    expect(ed.plan.facility.enrollment).toBeUndefined();
    const elevation = screen.getByLabelText('Elevation');
    fireEvent.change(elevation, { target: { value: `-8' 6"` } });
    fireEvent.keyDown(elevation, { key: 'Enter' });
    expect(ed.plan.levels[0]!.elevation).toBe(-102);
    ed.expectValid();
  });

  it('follows undo: an untouched field shows the value after undo', () => {
    const ed = new TestEditor(withDoor());
    act(() => ed.editor.select(['room:R1']));
    mount(ed);
    const name = screen.getByLabelText('Name') as HTMLInputElement;
    fireEvent.change(name, { target: { value: 'Nap room' } });
    fireEvent.keyDown(name, { key: 'Enter' });
    act(() => void ed.undo());
    expect(name.value).toBe('West');
  });
});

describe('a stair room', () => {
  it('gets stair details leading to another level, valid by the format', () => {
    const base = twoRooms();
    const plan: Plan = {
      ...base,
      levels: [
        { ...base.levels[0]!, rooms: [{ ...base.levels[0]!.rooms[0]!, use: 'stair', ages: undefined }, base.levels[0]!.rooms[1]!] },
        { id: 'L2', name: 'Upstairs', elevation: 120, rooms: [], doors: [], windows: [], items: [] },
      ],
    };
    const ed = new TestEditor(JSON.parse(JSON.stringify(plan)) as Plan);
    act(() => ed.editor.select(['room:R1']));
    mount(ed);
    fireEvent.click(screen.getByText('Add stair details'));
    expect(ed.level.rooms[0]!.stair).toMatchObject({ to: 'L2', riser: 7, tread: 11 });
    const riser = screen.getByLabelText('Riser height');
    fireEvent.change(riser, { target: { value: '7 3/4"' } });
    fireEvent.keyDown(riser, { key: 'Enter' });
    expect(ed.level.rooms[0]!.stair!.riser).toBe(7.75);
    ed.expectValid();
    // A room that stops being a stair loses its stair details (the format allows them nowhere else).
    fireEvent.change(screen.getByLabelText('Use'), { target: { value: 'corridor' } });
    expect(ed.level.rooms[0]!.stair).toBeUndefined();
    ed.expectValid();
  });
});
