import { PAN_STEP } from '../../../src/editor/Editor.ts';
import { TestEditor, twoRooms } from './TestEditor.ts';

const view = (ed: TestEditor) => ed.session.getState().view;

describe('panning with the keyboard', () => {
  it('arrow keys pan the view when nothing is selected (Shift: four times as far)', () => {
    const ed = new TestEditor(twoRooms());
    ed.key('ArrowRight');
    expect(view(ed)).toEqual({ scale: 1, x: -PAN_STEP, y: 0 });
    ed.key('ArrowUp', { shift: true });
    expect(view(ed)).toEqual({ scale: 1, x: -PAN_STEP, y: 4 * PAN_STEP });
    expect(ed.undoSteps).toBe(0);
  });

  it('with a selection, arrows nudge it and Ctrl+arrows pan', () => {
    const ed = new TestEditor(twoRooms());
    ed.click(60, 60);
    ed.key('ArrowDown');
    expect(ed.level.rooms[0]!.polygon[0]).toEqual([0, 6]);
    expect(view(ed)).toEqual({ scale: 1, x: 0, y: 0 });
    ed.key('ArrowDown', { ctrl: true });
    expect(view(ed)).toEqual({ scale: 1, x: 0, y: -PAN_STEP });
    expect(ed.level.rooms[0]!.polygon[0]).toEqual([0, 6]);
  });

  it('a drawing tool leaves the arrows to the view', () => {
    const ed = new TestEditor(twoRooms()).setTool('room-polygon');
    ed.click(0, 0).key('ArrowLeft');
    expect(view(ed).x).toBe(PAN_STEP);
    expect(ed.path).toBe('room-polygon.drawing');
  });
});
