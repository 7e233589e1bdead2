import type { OverlayShape } from '../../../src/editor/tools/overlay.ts';
import { TestEditor, twoRooms } from './TestEditor.ts';

const dims = (ed: TestEditor) => ed.editor.overlay().filter((s): s is Extract<OverlayShape, { type: 'dimension' }> => s.type === 'dimension').map((s) => s.text);

describe('live dimension labels', () => {
  it('on every edge of a rectangle while it is dragged', () => {
    const ed = new TestEditor().setTool('room-rect');
    ed.drag([0, 0], [120, 96], { release: false });
    expect(dims(ed).sort()).toEqual([`10'-0"`, `10'-0"`, `8'-0"`, `8'-0"`]);
  });

  it('on each wall of a polygon drawn so far, and the length and angle of the one following the pointer', () => {
    const ed = new TestEditor().setTool('room-polygon');
    ed.click(0, 0).click(120, 0).pointerMove(120, -96);
    expect(dims(ed)).toEqual([`10'-0"`]);
    expect(ed.editor.overlay()).toContainEqual({ type: 'label', at: [120, -48], text: `8'-0" · 90°` });
  });

  it('on the walls of the selected room, and the width of a selected door', () => {
    const plan = twoRooms();
    const level = plan.levels[0]!;
    const ed = new TestEditor({ ...plan, levels: [{ ...level, doors: [{ id: 'D1', a: [120, 42], b: [120, 78], rooms: ['R1', 'R2'], swing: 'R1' }] }] });
    ed.click(60, 60);
    expect(dims(ed)).toEqual([`10'-0"`, `10'-0"`, `10'-0"`, `10'-0"`]);
    ed.click(120, 60);
    expect(ed.selection).toEqual(['door:D1']);
    expect(dims(ed)).toEqual([`3'-0"`]);
    // They follow a drag as it happens.
    ed.click(60, 60).drag([120, 120], [120, 150], { release: false });
    expect(dims(ed)).toContain(`12'-6"`);
  });
});

describe('typing a wall’s length and angle while drawing a polygon', () => {
  it('draws each wall that long in that direction: 0° right, 90° up', () => {
    const ed = new TestEditor().setTool('room-polygon');
    ed.click(0, 0).pointerMove(40, 40);
    ed.type("10' @ 90").key('Enter');
    ed.type("12'<0").key('Enter');
    ed.type("10' @ 270°").key('Enter');
    ed.key('Enter');
    expect(ed.level.rooms[0]!.polygon).toEqual([[0, 0], [0, -120], [144, -120], [144, 0]]);
    ed.expectValid();
  });

  it('says what is wrong with an angle it cannot read, and keeps the outline', () => {
    const ed = new TestEditor().setTool('room-polygon');
    ed.click(0, 0).type("10' @ up").key('Enter');
    expect(ed.notice).toBe(`"up" is not an angle: write it in degrees, e.g. 12' @ 90 (0 is right, 90 up)`);
    expect((ed.editor.toolState as unknown as { points: unknown[] }).points).toHaveLength(1);
  });
});
