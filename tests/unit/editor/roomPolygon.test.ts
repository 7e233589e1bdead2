import { TestEditor } from './TestEditor.ts';

describe('the room polygon tool', () => {
  it('draws an L-shaped room by clicking corners and closing on the first one', () => {
    const ed = new TestEditor().setTool('room-polygon');
    for (const [x, y] of [[0, 0], [240, 0], [240, 120], [120, 120], [120, 240], [0, 240]] as const) ed.click(x, y);
    expect(ed.path).toBe('room-polygon.drawing');
    ed.click(1, 1);
    expect(ed.level.rooms[0]!.polygon).toEqual([[0, 0], [240, 0], [240, 120], [120, 120], [120, 240], [0, 240]]);
    expect(ed.path).toBe('select.idle');
    ed.expectValid();
  });

  it('snaps each wall to 15° steps from the last corner', () => {
    const ed = new TestEditor().setTool('room-polygon');
    ed.click(0, 0).click(100, 3);
    const drawing = ed.editor.toolState as unknown as { points: [number, number][] };
    expect(drawing.points[1]).toEqual([102, 0]);
  });

  it('takes a typed length along the pointer direction, and Enter closes', () => {
    const ed = new TestEditor().setTool('room-polygon');
    ed.click(0, 0);
    ed.pointerMove(50, 1).type("10'").key('Enter');
    ed.pointerMove(120, 60).type('8').key('Enter');
    ed.pointerMove(60, 96).type("10'").key('Enter');
    ed.key('Enter');
    expect(ed.level.rooms[0]!.polygon).toEqual([[0, 0], [120, 0], [120, 96], [0, 96]]);
  });

  it('closes on a double-click without doubling the last corner', () => {
    const ed = new TestEditor().setTool('room-polygon');
    ed.click(0, 0).click(120, 0);
    ed.doubleClick(120, 120);
    expect(ed.level.rooms[0]!.polygon).toEqual([[0, 0], [120, 0], [120, 120]]);
  });

  it('Backspace takes back the last corner; Escape abandons the outline', () => {
    const ed = new TestEditor().setTool('room-polygon');
    ed.click(0, 0).click(120, 0).click(120, 120);
    ed.key('Backspace');
    expect((ed.editor.toolState as unknown as { points: unknown[] }).points).toHaveLength(2);
    ed.key('Escape');
    expect(ed.path).toBe('room-polygon.idle');
    expect(ed.level.rooms).toHaveLength(0);
  });

  it('refuses an outline that crosses itself', () => {
    const ed = new TestEditor().setTool('room-polygon');
    ed.click(0, 0).click(120, 120).click(120, 0).click(0, 120);
    ed.key('Enter');
    expect(ed.level.rooms).toHaveLength(0);
    expect(ed.notice).toMatch(/crosses itself/);
  });
});
