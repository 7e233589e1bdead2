import type { Plan } from '../../../src/model/schema.ts';
import { TestEditor, twoRooms } from './TestEditor.ts';

function withRooms(...rooms: [string, number[][]][]): Plan {
  const plan = twoRooms();
  const level = plan.levels[0]!;
  return {
    ...plan,
    levels: [{ ...level, rooms: rooms.map(([id, polygon]) => ({ ...level.rooms[0]!, id, name: id, polygon: polygon as [number, number][] })) }],
  };
}

describe('select tool: corners of a selected room', () => {
  it('adds a corner where an edge is double-clicked, snapped along the edge, as one undo step', () => {
    const ed = new TestEditor(twoRooms());
    ed.click(100, 100);
    const steps = ed.undoSteps;
    ed.doubleClick(61, -2);
    expect(ed.level.rooms[0]!.polygon).toEqual([[0, 0], [60, 0], [120, 0], [120, 120], [0, 120]]);
    expect(ed.undoSteps).toBe(steps + 1);
    ed.expectValid();
    ed.undo();
    expect(ed.level.rooms[0]!.polygon).toEqual([[0, 0], [120, 0], [120, 120], [0, 120]]);
  });

  it('does not add a corner on a double-click inside the room or on an existing corner', () => {
    const ed = new TestEditor(twoRooms());
    ed.click(100, 100);
    const steps = ed.undoSteps;
    ed.doubleClick(60, 60).doubleClick(120, 120);
    expect(ed.level.rooms[0]!.polygon).toHaveLength(4);
    expect(ed.undoSteps).toBe(steps);
  });

  it('removes the corner under the pointer with Delete, as one undo step, and keeps the room', () => {
    const ed = new TestEditor(withRooms(['R1', [[0, 0], [60, 0], [120, 0], [120, 120], [0, 120]]]));
    ed.click(100, 100).pointerMove(61, 1);
    const steps = ed.undoSteps;
    expect(ed.key('Delete')).toBe(true);
    expect(ed.level.rooms[0]!.polygon).toEqual([[0, 0], [120, 0], [120, 120], [0, 120]]);
    expect(ed.selection).toEqual(['room:R1']);
    expect(ed.undoSteps).toBe(steps + 1);
    ed.undo();
    expect(ed.level.rooms[0]!.polygon).toHaveLength(5);
  });

  it('removes the corner just dragged with Backspace', () => {
    const ed = new TestEditor(withRooms(['R1', [[0, 0], [60, 0], [120, 0], [120, 120], [0, 120]]]));
    ed.click(100, 100).drag([60, 0], [60, -12]).pointerMove(100, 100);
    expect(ed.level.rooms[0]!.polygon[1]).toEqual([60, -12]);
    ed.key('Backspace');
    expect(ed.level.rooms[0]!.polygon).toEqual([[0, 0], [120, 0], [120, 120], [0, 120]]);
  });

  it('refuses to leave fewer than 3 corners or a crossed outline, with a sentence', () => {
    const tri = new TestEditor(withRooms(['R1', [[0, 0], [120, 0], [0, 120]]]));
    tri.click(20, 20).pointerMove(120, 0);
    const steps = tri.undoSteps;
    tri.key('Delete');
    expect(tri.level.rooms).toHaveLength(1);
    expect(tri.level.rooms[0]!.polygon).toHaveLength(3);
    expect(tri.undoSteps).toBe(steps);
    expect(tri.notice).toMatch(/at least 3 corners/);

    const notch = new TestEditor(withRooms(['R1', [[0, 0], [100, 0], [100, 100], [50, 20], [0, 100]]]));
    notch.click(10, 50).pointerMove(100, 0);
    notch.key('Delete');
    expect(notch.level.rooms[0]!.polygon).toHaveLength(5);
    expect(notch.notice).toMatch(/Corner kept: .*crosses itself/);
  });

  it('deletes the room with Delete when no corner is under the pointer', () => {
    const ed = new TestEditor(twoRooms());
    ed.click(100, 100).pointerMove(0, 0).pointerMove(60, 60);
    ed.key('Delete');
    expect(ed.level.rooms.map((r) => r.id)).toEqual(['R2']);
  });
});

describe('select tool: Shift+R turns rooms', () => {
  function furnished(): Plan {
    const plan = twoRooms();
    const level = plan.levels[0]!;
    return {
      ...plan,
      levels: [
        {
          ...level,
          rooms: [level.rooms[0]!],
          doors: [{ id: 'D2', a: [42, 120], b: [78, 120], rooms: ['R1', 'outside'], swing: 'outside' }],
          windows: [{ id: 'W1', a: [42, 0], b: [78, 0], room: 'R1', sill: 24, clearWidth: 32, clearHeight: 30, operable: true }],
          items: [{ id: 'I1', type: 'crib', at: [30, 40] }],
        },
      ],
    };
  }

  it('turns the selected room 90° about its centre with its doors, windows and items, as one undo step', () => {
    const ed = new TestEditor(furnished());
    ed.click(100, 100);
    const steps = ed.undoSteps;
    expect(ed.key('R', { shift: true })).toBe(true);
    const level = ed.level;
    expect(level.rooms[0]!.polygon).toEqual([[120, 0], [120, 120], [0, 120], [0, 0]]);
    expect(level.windows[0]!.a).toEqual([120, 42]);
    expect(level.windows[0]!.b).toEqual([120, 78]);
    expect(level.doors[0]!.a).toEqual([0, 42]);
    expect(level.items[0]!.at).toEqual([80, 30]);
    expect(level.items[0]!.rotation).toBe(90);
    expect(ed.undoSteps).toBe(steps + 1);
    expect(ed.path).toBe('select.idle');
    ed.expectValid();
    ed.undo();
    expect(ed.level).toEqual(furnished().levels[0]);
  });

  it('refuses when the turned room would overlap another room', () => {
    const ed = new TestEditor(withRooms(['R1', [[0, 0], [240, 0], [240, 60], [0, 60]]], ['R2', [[0, 66], [120, 66], [120, 186], [0, 186]]]));
    ed.click(200, 30);
    const steps = ed.undoSteps;
    ed.key('R', { shift: true });
    expect(ed.level.rooms[0]!.polygon).toEqual([[0, 0], [240, 0], [240, 60], [0, 60]]);
    expect(ed.undoSteps).toBe(steps);
    expect(ed.notice).toMatch(/Not turned: it would overlap R2/);
  });
});
