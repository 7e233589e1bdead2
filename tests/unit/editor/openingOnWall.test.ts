import type { Plan, Room } from '../../../src/model/schema.ts';
import { resizeOnWall } from '../../../src/editor/geom/openingOnWall.ts';
import { distancePointToRing } from '../../../src/geometry/segments.ts';
import { TestEditor, twoRooms } from './TestEditor.ts';

/** twoRooms (West 0–120, East 126–246, both 120 deep) with a door between them, an exit south and a window north. */
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
      },
    ],
  };
}

/** One room with the given outline (and East gone), keeping furnished()'s openings that are listed. */
function oneRoom(polygon: [number, number][], doors: Plan['levels'][0]['doors'] = [], windows: Plan['levels'][0]['windows'] = []): Plan {
  const plan = furnished();
  const level = plan.levels[0]!;
  const room: Room = { ...level.rooms[0]!, polygon };
  return { ...plan, levels: [{ ...level, rooms: [room], doors, windows }] };
}

const width = (o: { a: readonly number[]; b: readonly number[] }) => Math.hypot(o.b[0]! - o.a[0]!, o.b[1]! - o.a[1]!);
const onRoomWall = (ed: TestEditor, o: { a: [number, number]; b: [number, number] }, roomId: string) => {
  const room = ed.level.rooms.find((r) => r.id === roomId)!;
  return Math.max(distancePointToRing(o.a, room.polygon), distancePointToRing(o.b, room.polygon));
};

describe('dragging a door or window: it slides along its wall', () => {
  it('stays on its wall, whole and clear of the corner, when dragged past the end of the wall', () => {
    const ed = new TestEditor(furnished());
    const steps = ed.undoSteps;
    ed.drag([60, 120], [300, 126]);
    const d2 = ed.level.doors.find((d) => d.id === 'D2')!;
    expect(d2).toMatchObject({ a: [82, 120], b: [118, 120], rooms: ['R1', 'outside'], swing: 'outside' });
    expect(ed.undoSteps).toBe(steps + 1);
    ed.expectValid();
  });

  it('follows the wall while the drag is in progress, and Escape puts it back', () => {
    const ed = new TestEditor(furnished());
    ed.drag([60, 120], [-80, 160], { release: false });
    expect(ed.level.doors.find((d) => d.id === 'D2')).toMatchObject({ a: [2, 120], b: [38, 120] });
    ed.expectValid();
    ed.key('Escape');
    expect(ed.level.doors.find((d) => d.id === 'D2')).toMatchObject({ a: [42, 120], b: [78, 120] });
  });

  it('does not leave the wall when dragged straight away from it', () => {
    const ed = new TestEditor(furnished());
    const steps = ed.undoSteps;
    ed.drag([60, 120], [60, 200]);
    expect(ed.level.doors.find((d) => d.id === 'D2')).toMatchObject({ a: [42, 120], b: [78, 120] });
    expect(ed.undoSteps).toBe(steps);
  });

  it('moves in 6" steps along the wall, and freely with Alt', () => {
    const ed = new TestEditor(furnished());
    ed.drag([60, 120], [64, 150]);
    expect(ed.level.doors.find((d) => d.id === 'D2')).toMatchObject({ a: [48, 120], b: [84, 120] });
    ed.drag([66, 120], [70, 150], { alt: true });
    expect(ed.level.doors.find((d) => d.id === 'D2')).toMatchObject({ a: [52, 120], b: [88, 120] });
  });

  it('moves onto another wall it is clearly dragged onto, finding the room across again', () => {
    const ed = new TestEditor(furnished());
    ed.drag([60, 120], [186, 121]);
    const d2 = ed.level.doors.find((d) => d.id === 'D2')!;
    expect(d2.rooms).toEqual(['R2', 'outside']);
    expect(d2.swing).toBe('outside');
    expect([d2.a[0], d2.b[0]].sort((x, y) => x - y)).toEqual([168, 204]);
    expect(d2.a[1]).toBe(120);
    ed.expectValid();
  });

  it('a door between rooms moved onto an outside wall becomes an exit; its leaf stays in the room it swung into', () => {
    const ed = new TestEditor(furnished());
    ed.drag([120, 60], [100, 2]);
    const d1 = ed.level.doors.find((d) => d.id === 'D1')!;
    expect(d1).toMatchObject({ rooms: ['R1', 'outside'], swing: 'R1' });
    expect(onRoomWall(ed, d1, 'R1')).toBe(0);
    ed.expectValid();
  });

  it('slides a window along its wall and clamps it at the corner', () => {
    const ed = new TestEditor(furnished());
    ed.drag([60, 0], [-100, -3]);
    expect(ed.level.windows[0]).toMatchObject({ a: [2, 0], b: [38, 0], room: 'R1' });
    ed.expectValid();
  });

  it('arrow keys slide a selected door along its wall, never across it', () => {
    const ed = new TestEditor(furnished());
    ed.click(120, 60);
    expect(ed.selection).toEqual(['door:D1']);
    ed.key('ArrowRight');
    expect(ed.level.doors[0]).toMatchObject({ a: [120, 42], b: [120, 78] });
    ed.key('ArrowDown');
    expect(ed.level.doors[0]).toMatchObject({ a: [120, 48], b: [120, 84] });
    for (let i = 0; i < 20; i++) ed.key('ArrowDown', { shift: true });
    expect(ed.level.doors[0]).toMatchObject({ a: [120, 82], b: [120, 118] });
    ed.expectValid();
  });

  it('a door moved with an item slides while the item moves freely', () => {
    const plan = furnished();
    const level = plan.levels[0]!;
    const ed = new TestEditor({ ...plan, levels: [{ ...level, items: [{ id: 'I1', type: 'crib', at: [60, 90] }] }] });
    ed.click(60, 120).click(60, 90, { shift: true });
    ed.drag([60, 90], [72, 60]);
    expect(ed.level.items[0]!.at).toEqual([72, 60]);
    expect(ed.level.doors.find((d) => d.id === 'D2')).toMatchObject({ a: [54, 120], b: [90, 120] });
    ed.expectValid();
  });
});

describe('resizing and copying a door or window keeps it on its wall', () => {
  it('an end of the selected door dragged along the wall resizes it, the other end staying put', () => {
    const ed = new TestEditor(furnished());
    ed.click(60, 120);
    const steps = ed.undoSteps;
    ed.drag([78, 120], [100.4, 131]);
    expect(ed.level.doors.find((d) => d.id === 'D2')).toMatchObject({ a: [42, 120], b: [100, 120] });
    expect(ed.undoSteps).toBe(steps + 1);
    ed.expectValid();
    // Past the corner: it stops clear of it. Past the other end: it keeps a 12" opening.
    ed.drag([100, 120], [300, 120]);
    expect(ed.level.doors.find((d) => d.id === 'D2')).toMatchObject({ a: [42, 120], b: [118, 120] });
    ed.drag([118, 120], [10, 120]);
    expect(ed.level.doors.find((d) => d.id === 'D2')).toMatchObject({ a: [42, 120], b: [54, 120] });
    ed.expectValid();
    ed.drag([42, 120], [20, 90], { release: false });
    expect(ed.level.doors.find((d) => d.id === 'D2')).toMatchObject({ a: [20, 120], b: [54, 120] });
    ed.key('Escape');
    expect(ed.level.doors.find((d) => d.id === 'D2')).toMatchObject({ a: [42, 120], b: [54, 120] });
  });

  it('widens about its centre, sliding clear of the corner it would pass', () => {
    const level = furnished().levels[0]!;
    const d2 = level.doors[1]!;
    expect(resizeOnWall(level, 'door', d2, 48)).toEqual({ ok: true, a: [36, 120], b: [84, 120] });
    const near = { ...d2, a: [4, 120] as [number, number], b: [40, 120] as [number, number] };
    expect(resizeOnWall(level, 'door', near, 60)).toEqual({ ok: true, a: [2, 120], b: [62, 120] });
  });

  it('refuses a width longer than the wall, with a sentence', () => {
    const level = furnished().levels[0]!;
    const r = resizeOnWall(level, 'window', level.windows[0]!, 130);
    expect(r).toEqual({ ok: false, message: `the wall is 10'-0" long, shorter than the 10'-10" opening` });
  });

  it('Ctrl+D puts a copy of a door beside it on the same wall', () => {
    const ed = new TestEditor(furnished());
    ed.click(60, 120);
    ed.key('d', { ctrl: true });
    const copy = ed.level.doors.find((d) => d.id !== 'D1' && d.id !== 'D2')!;
    expect(copy).toMatchObject({ a: [2, 120], b: [38, 120], rooms: ['R1', 'outside'], swing: 'outside' });
    expect(ed.selection).toEqual([`door:${copy.id}`]);
    ed.expectValid();
    // A copy of the copy would overlap the original, and past the corner is no wall: refused.
    ed.key('d', { ctrl: true });
    expect(ed.level.doors).toHaveLength(3);
    expect(ed.notice).toMatch(/No copy made of door .*: there is no room on its wall for another 3'-0" door/);
  });
});

describe('editing a room’s corners carries its doors and windows with their walls', () => {
  it('a corner dragged: the door on the wall that turns moves onto it, during the drag and after', () => {
    const ed = new TestEditor(furnished());
    ed.click(100, 100);
    ed.drag([120, 120], [120, 150], { release: false });
    const mid = ed.level.doors.find((d) => d.id === 'D2')!;
    expect(onRoomWall(ed, mid, 'R1')).toBeLessThan(1e-3);
    ed.pointerUp(120, 150);
    const d2 = ed.level.doors.find((d) => d.id === 'D2')!;
    expect(ed.level.rooms[0]!.polygon[2]).toEqual([120, 150]);
    expect(onRoomWall(ed, d2, 'R1')).toBeLessThan(1e-3);
    expect(width(d2)).toBeCloseTo(36, 2);
    // The door on the east wall still lies on it: untouched.
    expect(ed.level.doors.find((d) => d.id === 'D1')).toMatchObject({ a: [120, 42], b: [120, 78] });
    ed.expectValid();
    ed.undo();
    expect(ed.level.doors.find((d) => d.id === 'D2')).toMatchObject({ a: [42, 120], b: [78, 120] });
  });

  it('a corner removed: the door on either wall that met there goes onto the wall left', () => {
    const polygon: [number, number][] = [[0, 0], [120, 0], [120, 120], [60, 126], [0, 120]];
    const door = { id: 'D3', a: [108, 121.2] as [number, number], b: [72, 124.8] as [number, number], rooms: ['R1', 'outside'] as [string, string], swing: 'outside' };
    const ed = new TestEditor(oneRoom(polygon, [door]));
    ed.expectValid();
    ed.click(30, 30).pointerMove(60, 126);
    ed.key('Delete');
    expect(ed.level.rooms[0]!.polygon).toEqual([[0, 0], [120, 0], [120, 120], [0, 120]]);
    const d3 = ed.level.doors[0]!;
    expect(d3.a[1]).toBe(120);
    expect(d3.b[1]).toBe(120);
    expect(width(d3)).toBeCloseTo(width(door), 3);
    ed.expectValid();
  });

  it('a corner is kept, with a sentence, when a door would no longer fit on the wall left', () => {
    // A 20" wide bay with a door on its side wall: without the bay's far corner the wall across its mouth is 20".
    const polygon: [number, number][] = [[0, 0], [120, 0], [120, 120], [70, 120], [60, 180], [50, 120], [0, 120]];
    const door = { id: 'D3', a: [68, 132] as [number, number], b: [62, 168] as [number, number], rooms: ['R1', 'outside'] as [string, string], swing: 'outside' };
    const ed = new TestEditor(oneRoom(polygon, [door]));
    ed.expectValid();
    ed.click(30, 30).pointerMove(60, 180);
    const steps = ed.undoSteps;
    ed.key('Delete');
    expect(ed.level.rooms[0]!.polygon).toHaveLength(7);
    expect(ed.undoSteps).toBe(steps);
    expect(ed.notice).toBe(`Corner kept: door D3 (3'-0 1/2") would no longer fit on its wall: the wall is 1'-8" long, shorter than the 3'-0 1/2" opening.`);
    ed.expectValid();
  });

  it('a corner dragged so a wall gets shorter than its door is put back, with a sentence', () => {
    const ed = new TestEditor(oneRoom([[0, 0], [120, 0], [120, 120], [0, 120]], [], [{ id: 'W1', a: [2, 0], b: [98, 0], room: 'R1', sill: 24, clearWidth: 90, clearHeight: 30, operable: true }]));
    ed.click(60, 60);
    ed.drag([120, 0], [60, 0]);
    expect(ed.level.rooms[0]!.polygon[1]).toEqual([120, 0]);
    expect(ed.notice).toMatch(/^Corner put back: window W1 \(8'-0"\) would no longer fit on its wall/);
    ed.expectValid();
  });

  it('a corner added on a wall with a door moves nothing; dragging it then carries the door', () => {
    const ed = new TestEditor(furnished());
    ed.click(100, 100);
    ed.doubleClick(30, 121);
    expect(ed.level.rooms[0]!.polygon).toHaveLength(5);
    expect(ed.level.doors.find((d) => d.id === 'D2')).toMatchObject({ a: [42, 120], b: [78, 120] });
    ed.drag([30, 120], [30, 140]);
    const d2 = ed.level.doors.find((d) => d.id === 'D2')!;
    expect(onRoomWall(ed, d2, 'R1')).toBeLessThan(1e-3);
    ed.expectValid();
  });
});
