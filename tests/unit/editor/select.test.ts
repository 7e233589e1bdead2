import type { Plan } from '../../../src/model/schema.ts';
import { TestEditor, twoRooms } from './TestEditor.ts';

/** twoRooms with a door between them, an exit, a window and a crib in the west room. */
function furnished(): Plan {
  const plan = twoRooms();
  const level = plan.levels[0]!;
  return {
    ...plan,
    levels: [
      {
        ...level,
        doors: [
          { id: 'D1', a: [120, 42], b: [120, 78], rooms: ['R1', 'R2'], swing: 'R1' },
          { id: 'D2', a: [42, 120], b: [78, 120], rooms: ['R1', 'outside'], swing: 'outside' },
        ],
        windows: [{ id: 'W1', a: [42, 0], b: [78, 0], room: 'R1', sill: 24, clearWidth: 32, clearHeight: 30, operable: true }],
        items: [{ id: 'I1', type: 'crib', at: [30, 40] }],
      },
    ],
  };
}

describe('the select tool', () => {
  it('selects what is clicked, topmost first, and clears on a click on nothing', () => {
    const ed = new TestEditor(furnished());
    ed.click(30, 40);
    expect(ed.selection).toEqual(['item:I1']);
    ed.click(100, 100);
    expect(ed.selection).toEqual(['room:R1']);
    ed.click(120, 60);
    expect(ed.selection).toEqual(['door:D1']);
    ed.click(500, 500);
    expect(ed.selection).toEqual([]);
  });

  it('adds and removes with Shift-click', () => {
    const ed = new TestEditor(furnished());
    ed.click(100, 100).click(200, 100, { shift: true });
    expect(ed.selection).toEqual(['room:R1', 'room:R2']);
    ed.click(100, 100, { shift: true });
    expect(ed.selection).toEqual(['room:R2']);
  });

  it('selects everything wholly inside a dragged box', () => {
    const ed = new TestEditor(furnished());
    ed.drag([-10, -10], [125, 130]);
    expect(ed.path).toBe('select.idle');
    expect([...ed.selection].sort()).toEqual(['door:D1', 'door:D2', 'item:I1', 'room:R1', 'window:W1']);
  });

  it('moves a room with its doors, windows and items as one undo step', () => {
    const ed = new TestEditor(furnished());
    // The fixture's rooms are a 6" wall apart: with that thickness chosen, sliding West past East keeps the gap.
    ed.session.setState({ wallThickness: 6 });
    ed.click(100, 100);
    ed.drag([100, 100], [100, 220], { steps: 10 });
    const level = ed.level;
    expect(level.rooms[0]!.polygon[0]).toEqual([0, 120]);
    expect(level.items[0]!.at).toEqual([30, 160]);
    expect(level.windows[0]!.a).toEqual([42, 120]);
    // The door to East no longer faces East: it now leads outside.
    expect(level.doors[0]).toMatchObject({ a: [120, 162], rooms: ['R1', 'outside'], swing: 'R1' });
    expect(ed.undoSteps).toBe(1);
    ed.undo();
    expect(ed.plan.levels[0]!.rooms[0]!.polygon[0]).toEqual([0, 0]);
    expect(ed.plan.levels[0]!.doors[0]!.rooms).toEqual(['R1', 'R2']);
    ed.redo();
    expect(ed.plan.levels[0]!.rooms[0]!.polygon[0]).toEqual([0, 120]);
  });

  it('previews the move while dragging, and Escape puts everything back with no undo step', () => {
    const ed = new TestEditor(furnished());
    const before = ed.plan;
    ed.click(100, 100).drag([100, 100], [100, 400], { release: false });
    expect(ed.path).toBe('select.dragging');
    expect(ed.level.rooms[0]!.polygon[0]).toEqual([0, 300]);
    ed.key('Escape');
    expect(ed.path).toBe('select.idle');
    expect(ed.plan).toBe(before);
    expect(ed.undoSteps).toBe(0);
    ed.pointerUp(100, 400);
    expect(ed.plan).toBe(before);
  });

  it('puts a room back when the drop would overlap another room', () => {
    const ed = new TestEditor(furnished());
    const before = ed.plan;
    ed.click(100, 100).drag([100, 100], [160, 100]);
    expect(ed.plan).toBe(before);
    expect(ed.notice).toMatch(/overlap East/);
  });

  it('snaps a moved room to the grid, and to a corner of another room when one is near', () => {
    const ed = new TestEditor(furnished());
    ed.click(200, 100).drag([200, 100], [200 + 140, 100 + 123]);
    // East's first corner (126, 0) would land on (266, 123): the 6" grid puts it on (264, 126).
    expect(ed.level.rooms[1]!.polygon[0]).toEqual([264, 126]);
    ed.undo();
    // Dragged so its first corner comes within 8 px of West's bottom-right corner (120, 120): it lands exactly there
    // (corner to corner, beside neither face, so no wall's thickness comes into it).
    ed.click(200, 100).drag([200, 100], [200 - 3, 100 + 124]);
    expect(ed.level.rooms[1]!.polygon[0]).toEqual([120, 120]);
    ed.expectValid();
  });

  it('deletes the selection with its doors, windows and items, and undo brings it all back', () => {
    const ed = new TestEditor(furnished());
    ed.click(100, 100).key('Delete');
    expect(ed.level.rooms.map((r) => r.id)).toEqual(['R2']);
    expect(ed.level.doors).toEqual([]);
    expect(ed.level.windows).toEqual([]);
    expect(ed.level.items).toEqual([]);
    expect(ed.selection).toEqual([]);
    ed.expectValid();
    ed.undo();
    expect(ed.level.doors).toHaveLength(2);
  });

  it('turns items with Q/E, 15° a press (90° with Shift)', () => {
    const ed = new TestEditor(furnished());
    ed.click(30, 40).key('e');
    expect(ed.level.items[0]!.rotation).toBe(15);
    ed.key('q', { shift: true });
    expect(ed.level.items[0]!.rotation).toBe(285);
    ed.key('e', { shift: true }).valueOf();
    ed.key('q');
    expect(ed.level.items[0]!.rotation).toBeUndefined();
  });

  it('flips a door swing with F and its hinge with H', () => {
    const ed = new TestEditor(furnished());
    ed.click(120, 60).key('f');
    expect(ed.level.doors[0]!.swing).toBe('R2');
    ed.key('f');
    expect(ed.level.doors[0]!.swing).toBe('R1');
    ed.key('h');
    expect(ed.level.doors[0]!.hinge).toBe('b');
    ed.key('h');
    expect(ed.level.doors[0]!.hinge).toBeUndefined();
  });

  it('duplicates an item 12" off and a room beside itself with what is in it', () => {
    const ed = new TestEditor(furnished());
    ed.click(30, 40).key('d', { ctrl: true });
    expect(ed.level.items.map((i) => [i.id, i.at])).toEqual([['I1', [30, 40]], ['I2', [42, 52]]]);
    expect(ed.selection).toEqual(['item:I2']);
    ed.click(200, 100).key('d', { ctrl: true });
    const copy = ed.level.rooms[2]!;
    expect(copy).toMatchObject({ id: 'R3', name: 'East copy' });
    expect(copy.polygon[0]).toEqual([252, 0]);
    ed.expectValid();
  });

  it('nudges the selection with the arrow keys, one grid step a press', () => {
    const ed = new TestEditor(furnished());
    ed.click(30, 40).key('ArrowRight');
    expect(ed.level.items[0]!.at).toEqual([36, 40]);
    ed.key('ArrowDown', { alt: true });
    expect(ed.level.items[0]!.at).toEqual([36, 41]);
  });

  it('reshapes a selected room by dragging its corner', () => {
    const ed = new TestEditor(furnished());
    ed.click(200, 100);
    ed.drag([246, 120], [246, 180]);
    expect(ed.level.rooms[1]!.polygon[2]).toEqual([246, 180]);
    expect(ed.undoSteps).toBe(1);
    ed.expectValid();
  });

  it('puts a corner back when the reshaped room would cross itself', () => {
    const ed = new TestEditor(furnished());
    ed.click(200, 100);
    const before = ed.plan;
    ed.drag([246, 120], [126, -60], { alt: true });
    expect(ed.plan).toBe(before);
    expect(ed.notice).toMatch(/Corner put back/);
  });
});

describe('the editor shortcuts', () => {
  it('picks tools by their keys and opens the help with ?', () => {
    const ed = new TestEditor();
    for (const [key, tool] of [['r', 'room-rect'], ['p', 'room-polygon'], ['d', 'door'], ['w', 'window'], ['i', 'item'], ['m', 'measure'], ['v', 'select']] as const) {
      ed.key(key);
      expect(ed.editor.tool.id).toBe(tool);
    }
    ed.key('?');
    expect(ed.session.getState().helpOpen).toBe(true);
  });

  it('undoes and redoes one gesture at a time', () => {
    const ed = new TestEditor();
    ed.setTool('room-rect').drag([0, 0], [120, 120]);
    ed.setTool('room-rect').drag([126, 0], [246, 120]);
    expect(ed.level.rooms).toHaveLength(2);
    ed.undo();
    expect(ed.level.rooms).toHaveLength(1);
    ed.undo();
    expect(ed.level.rooms).toHaveLength(0);
    ed.redo().redo();
    expect(ed.level.rooms).toHaveLength(2);
    ed.key('y', { ctrl: true });
    expect(ed.level.rooms).toHaveLength(2);
  });

  it('drops from the selection what undo took away', () => {
    const ed = new TestEditor();
    ed.setTool('room-rect').drag([0, 0], [120, 120]);
    expect(ed.selection).toEqual(['room:R1']);
    ed.undo();
    expect(ed.selection).toEqual([]);
  });

  it('zooms with + and − around the middle of the viewport, and 0 fits the plan', () => {
    const ed = new TestEditor(twoRooms());
    ed.editor.setViewport(1000, 500);
    ed.key('+');
    expect(ed.session.getState().view.scale).toBeCloseTo(1.25);
    ed.key('-');
    expect(ed.session.getState().view.scale).toBeCloseTo(1);
    ed.key('0');
    const v = ed.session.getState().view;
    // 246" × 120" in 1000 × 500 px with 48 px padding: the height binds.
    expect(v.scale).toBeCloseTo((500 - 96) / 120);
  });
});
