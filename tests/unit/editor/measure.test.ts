import { TestEditor, twoRooms } from './TestEditor.ts';

describe('the measure tool', () => {
  it('measures a drag in feet and inches and keeps it on screen without touching the plan', () => {
    const ed = new TestEditor(twoRooms()).setTool('measure');
    const before = ed.plan;
    ed.drag([0, 0], [246, 0]);
    expect(ed.editor.overlay()).toContainEqual({ type: 'label', at: [123, 0], text: `20'-6"` });
    expect(ed.plan).toBe(before);
    expect(ed.editor.hint()).toContain(`20'-6"`);
  });

  it('measures click, click', () => {
    const ed = new TestEditor(twoRooms()).setTool('measure');
    ed.click(0, 0);
    expect(ed.path).toBe('measure.measuring');
    ed.pointerMove(120, 120).click(120, 120);
    expect(ed.editor.hint()).toContain(`14'-1 3/4"`);
  });
});
