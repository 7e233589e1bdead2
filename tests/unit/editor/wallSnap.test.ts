import type { Plan } from '../../../src/model/schema.ts';
import { snapPoint } from '../../../src/editor/geom/snap.ts';
import { TestEditor, twoRooms } from './TestEditor.ts';

/** West alone: a 10' × 10' room at the origin. */
function west(): Plan {
  const plan = twoRooms();
  const level = plan.levels[0]!;
  return { ...plan, levels: [{ ...level, rooms: [level.rooms[0]!] }] };
}

/** West, and a 10' × 5' room a 5" wall east of it, lining up with its top: a notch below the second room. */
function notch(): Plan {
  const plan = west();
  const level = plan.levels[0]!;
  return { ...plan, levels: [{ ...level, rooms: [...level.rooms, { ...level.rooms[0]!, id: 'R2', name: 'Office', polygon: [[125, 0], [245, 0], [245, 60], [125, 60]] }] }] };
}

describe('rooms snap to a neighbour’s wall at the chosen thickness', () => {
  it('a rectangle drawn beside a room leaves a 5" wall by default', () => {
    const ed = new TestEditor(west()).setTool('room-rect');
    ed.drag([127, 2], [240, 118]);
    expect(ed.level.rooms[1]!.polygon).toEqual([[125, 0], [240, 0], [240, 120], [125, 120]]);
    ed.expectValid();
  });

  it('an 8" exterior wall, or none, when chosen; Alt turns snapping off', () => {
    const thick = new TestEditor(west());
    thick.session.setState({ wallThickness: 8 });
    thick.setTool('room-rect').drag([127, 2], [240, 118]);
    expect(thick.level.rooms[1]!.polygon[0]).toEqual([128, 0]);

    const none = new TestEditor(west());
    none.session.setState({ wallThickness: 0 });
    none.setTool('room-rect').drag([123, 30], [240, 118]);
    expect(none.level.rooms[1]!.polygon[0]).toEqual([120, 30]);

    const free = new TestEditor(west()).setTool('room-rect');
    free.drag([127.5, 2.5], [240, 118], { alt: true });
    expect(free.level.rooms[1]!.polygon[0]).toEqual([127.5, 2.5]);
  });

  it('a room set into the notch between two rooms snaps to both walls', () => {
    const ed = new TestEditor(notch()).setTool('room-rect');
    ed.drag([128, 68], [240, 180]);
    expect(ed.level.rooms[2]!.polygon[0]).toEqual([125, 65]);
    ed.expectValid();
  });

  it('a polygon’s corners snap to the wall line, their other coordinate on the grid', () => {
    const ed = new TestEditor(west()).setTool('room-polygon');
    ed.click(126, 31).click(197, 31).click(197, 90).click(123, 91).key('Enter');
    expect(ed.level.rooms[1]!.polygon).toEqual([[125, 30], [197, 30], [197, 90], [125, 90]]);
  });

  it('a big room slid beside a small one stops a wall away from it', () => {
    const plan = west();
    const level = plan.levels[0]!;
    const ed = new TestEditor({ ...plan, levels: [{ ...level, rooms: [...level.rooms, { ...level.rooms[0]!, id: 'R2', name: 'Hall', polygon: [[200, -60], [320, -60], [320, 180], [200, 180]] }] }] });
    ed.click(260, 60).drag([260, 60], [260 - 73, 60]);
    expect(ed.level.rooms[1]!.polygon[0]).toEqual([125, -60]);
    ed.expectValid();
  });

  it('a room dragged near another stops a wall away from it', () => {
    const plan = west();
    const level = plan.levels[0]!;
    const ed = new TestEditor({ ...plan, levels: [{ ...level, rooms: [...level.rooms, { ...level.rooms[0]!, id: 'R2', name: 'East', polygon: [[200, 0], [320, 0], [320, 120], [200, 120]] }] }] });
    ed.click(260, 60).drag([260, 60], [260 - 72, 60]);
    expect(ed.level.rooms[1]!.polygon[0]).toEqual([125, 0]);
    ed.expectValid();
  });

  it('a pointer in the wall itself means its far side; off the ends of the walls, a corner still wins', () => {
    const level = west().levels[0]!;
    expect(snapPoint([121, 1], { level, scale: 1, wall: 5 })).toEqual({ point: [125, 0], kind: 'wall' });
    expect(snapPoint([120, 40], { level, scale: 1, wall: 8 })).toEqual({ point: [128, 42], kind: 'wall' });
    expect(snapPoint([123, -3], { level, scale: 1, wall: 5 })).toEqual({ point: [120, 0], kind: 'vertex' });
  });
});
