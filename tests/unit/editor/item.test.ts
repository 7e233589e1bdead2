import { TestEditor, twoRooms } from './TestEditor.ts';

describe('the item tool', () => {
  it('places items of the palette type where clicked, one per click, and stays on', () => {
    const ed = new TestEditor(twoRooms()).setTool('item');
    ed.editor.setToolState('item', (s: { type: string }) => ({ ...s, type: 'crib' }));
    ed.click(20, 30).click(60, 30).click(100, 30);
    expect(ed.level.items.map((i) => i.type)).toEqual(['crib', 'crib', 'crib']);
    expect(ed.level.items.map((i) => i.id)).toEqual(['I1', 'I2', 'I3']);
    expect(ed.path).toBe('item.idle');
    expect(ed.undoSteps).toBe(3);
    ed.expectValid();
  });

  it("puts the footprint's corner on the grid and leaves the default size to the format", () => {
    const ed = new TestEditor(twoRooms()).setTool('item');
    ed.click(17, 29);
    const crib = ed.level.items[0]!;
    expect(crib.size).toBeUndefined();
    // 30 × 55 crib: centre (15, 27.5) puts its top-left corner at (0, 0).
    expect(crib.at).toEqual([15, 27.5]);
  });

  it('turns the next item with Q/E', () => {
    const ed = new TestEditor(twoRooms()).setTool('item');
    ed.key('e', { shift: true });
    ed.click(60, 60);
    expect(ed.level.items[0]!.rotation).toBe(90);
  });

  it('refuses an item outside every room', () => {
    const ed = new TestEditor(twoRooms()).setTool('item');
    ed.editor.setToolState('item', (s: { type: string }) => ({ ...s, type: 'smoke-detector' }));
    ed.click(400, 400);
    expect(ed.level.items).toHaveLength(0);
    expect(ed.notice).toMatch(/inside a room/);
  });
});
