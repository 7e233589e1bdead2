import { TestEditor, twoRooms } from './TestEditor.ts';

describe('the door tool', () => {
  it('puts a 36" door on the wall clicked, joining the room across a 6" wall', () => {
    const ed = new TestEditor(twoRooms()).setTool('door');
    ed.click(118, 61);
    expect(ed.level.doors).toEqual([{ id: 'D1', a: [120, 42], b: [120, 78], rooms: ['R1', 'R2'], swing: 'R1' }]);
    expect(ed.selection).toEqual(['door:D1']);
    expect(ed.path).toBe('door.idle');
    ed.expectValid();
  });

  it('makes a door on an outside wall an exit that swings out', () => {
    const ed = new TestEditor(twoRooms()).setTool('door');
    ed.click(30, 119);
    expect(ed.level.doors[0]).toMatchObject({ rooms: ['R1', 'outside'], swing: 'outside' });
    expect(ed.notice).toMatch(/exit/);
    ed.expectValid();
  });

  it('slides a door along the wall so it fits next to a corner', () => {
    const ed = new TestEditor(twoRooms()).setTool('door');
    ed.click(2, 1);
    const d = ed.level.doors[0]!;
    expect(Math.hypot(d.b[0] - d.a[0], d.b[1] - d.a[1])).toBe(36);
    ed.expectValid();
  });

  it('takes a typed width for the next doors', () => {
    const ed = new TestEditor(twoRooms()).setTool('door');
    ed.type('32').key('Enter');
    ed.click(60, 0);
    const d = ed.level.doors[0]!;
    expect(Math.abs(d.b[0] - d.a[0])).toBe(32);
  });

  it('says what to do when the click is not on a wall', () => {
    const ed = new TestEditor(twoRooms()).setTool('door');
    ed.click(60, 60);
    expect(ed.level.doors).toHaveLength(0);
    expect(ed.notice).toMatch(/wall/);
  });

  it('shows a ghost door with its swing while hovering a wall', () => {
    const ed = new TestEditor(twoRooms()).setTool('door');
    ed.pointerMove(119, 60);
    const overlay = ed.editor.overlay();
    expect(overlay.some((s) => s.type === 'label' && s.text.includes('to East'))).toBe(true);
  });
});

describe('the window tool', () => {
  it('puts an operable window on an outside wall with a 24" sill', () => {
    const ed = new TestEditor(twoRooms()).setTool('window');
    ed.click(60, 1);
    expect(ed.level.windows).toEqual([{ id: 'W1', a: [42, 0], b: [78, 0], room: 'R1', sill: 24, clearWidth: 32, clearHeight: 30, operable: true }]);
    ed.expectValid();
  });

  it('marks a window onto another room as not outside', () => {
    const ed = new TestEditor(twoRooms()).setTool('window');
    ed.click(121, 60);
    expect(ed.level.windows[0]).toMatchObject({ room: 'R1', outside: false });
  });
});
