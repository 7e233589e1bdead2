import { TestEditor } from './TestEditor.ts';

describe('the room rectangle tool', () => {
  it('draws a room by dragging corner to corner, snapped to the 6" grid, and selects it', () => {
    const ed = new TestEditor().setTool('room-rect');
    ed.drag([1, 2], [145, 118]);
    expect(ed.level.rooms).toHaveLength(1);
    expect(ed.level.rooms[0]!.polygon).toEqual([[0, 0], [144, 0], [144, 120], [0, 120]]);
    expect(ed.level.rooms[0]).toMatchObject({ id: 'R1', name: 'Room 1', use: 'child-care' });
    expect(ed.selection).toEqual(['room:R1']);
    expect(ed.path).toBe('select.idle');
    expect(ed.undoSteps).toBe(1);
    ed.expectValid();
  });

  it('goes idle → pointing → dragging and shows the size while dragging', () => {
    const ed = new TestEditor().setTool('room-rect');
    ed.pointerDown(0, 0);
    expect(ed.path).toBe('room-rect.pointing');
    ed.pointerMove(120, 96);
    expect(ed.path).toBe('room-rect.dragging');
    expect(ed.editor.overlay()).toContainEqual({ type: 'label', at: [60, 48], text: `10'-0" × 8'-0"` });
    expect(ed.level.rooms).toHaveLength(0);
  });

  it("places a typed size (12' x 10') where the next click puts its top-left corner", () => {
    const ed = new TestEditor().setTool('room-rect');
    ed.pointerMove(30, 30).type("12' x 10'");
    expect(ed.editor.hint()).toContain("12' x 10'");
    ed.key('Enter');
    expect(ed.path).toBe('room-rect.placing');
    ed.click(61, 59);
    expect(ed.level.rooms[0]!.polygon).toEqual([[60, 60], [204, 60], [204, 180], [60, 180]]);
  });

  it('reads bare numbers as feet and accepts feet and inches', () => {
    const ed = new TestEditor().setTool('room-rect');
    ed.type(`12'6" x 9`).key('Enter');
    ed.click(0, 0);
    expect(ed.level.rooms[0]!.polygon).toEqual([[0, 0], [150, 0], [150, 108], [0, 108]]);
  });

  it('explains a size it cannot read and draws nothing', () => {
    const ed = new TestEditor().setTool('room-rect');
    ed.type('12 x').key('Enter');
    expect(ed.notice).toMatch(/width x depth/);
    expect(ed.path).toBe('room-rect.idle');
    expect(ed.level.rooms).toHaveLength(0);
  });

  it('refuses a room that would overlap another one, and leaves the plan alone', () => {
    const ed = new TestEditor().setTool('room-rect');
    ed.drag([0, 0], [120, 120]);
    ed.setTool('room-rect').drag([60, 60], [180, 180]);
    expect(ed.level.rooms).toHaveLength(1);
    expect(ed.notice).toMatch(/overlap Room 1/);
    // Touching along a wall is fine.
    ed.setTool('room-rect').drag([120, 0], [240, 120]);
    expect(ed.level.rooms).toHaveLength(2);
    ed.expectValid();
  });

  it('Escape drops the typed size first, then the drag, then the tool', () => {
    const ed = new TestEditor().setTool('room-rect');
    ed.pointerDown(0, 0).pointerMove(50, 50).type('1');
    ed.key('Escape');
    expect(ed.path).toBe('room-rect.dragging');
    ed.key('Escape');
    expect(ed.path).toBe('room-rect.idle');
    ed.key('Escape');
    expect(ed.path).toBe('select.idle');
  });

  it('Alt turns snapping off', () => {
    const ed = new TestEditor().setTool('room-rect');
    ed.drag([1, 2], [100, 101], { alt: true });
    expect(ed.level.rooms[0]!.polygon).toEqual([[1, 2], [100, 2], [100, 101], [1, 101]]);
  });
});
