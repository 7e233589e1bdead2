import { applyCommands } from '../../../src/editor/model/commands.ts';
import { freshId } from '../../../src/editor/model/ids.ts';
import { existingKeys, parseRefKey, resolveSubject } from '../../../src/editor/model/refs.ts';
import { changedKeys } from '../../../src/editor/canvas/gestureSplit.ts';
import type { Plan } from '../../../src/model/schema.ts';
import { twoRooms } from './TestEditor.ts';

function furnished(): Plan {
  const plan = twoRooms();
  return {
    ...plan,
    levels: [{ ...plan.levels[0]!, doors: [{ id: 'D1', a: [120, 42], b: [120, 78], rooms: ['R1', 'R2'], swing: 'R1' }], items: [{ id: 'I1', type: 'crib', at: [30, 40], rotation: 90 }] }],
  };
}

describe('document commands', () => {
  it('leave the plan they are applied to untouched and share what they do not change', () => {
    const plan = furnished();
    const copy = JSON.parse(JSON.stringify(plan));
    const after = applyCommands(plan, [{ op: 'translate', refs: [{ kind: 'item', id: 'I1' }], dx: 6, dy: 0 }]);
    expect(plan).toEqual(copy);
    expect(after.levels[0]!.items[0]!.at).toEqual([36, 40]);
    expect(after.levels[0]!.rooms).toBe(plan.levels[0]!.rooms);
    expect(after.facility).toBe(plan.facility);
  });

  it('return the very same plan when nothing changes', () => {
    const plan = furnished();
    expect(applyCommands(plan, [{ op: 'translate', refs: [{ kind: 'room', id: 'R1' }], dx: 0, dy: 0 }])).toBe(plan);
    expect(applyCommands(plan, [{ op: 'remove', refs: [{ kind: 'room', id: 'nope' }] }])).toBe(plan);
  });

  it('remove a field patched to undefined (an optional field back to its default)', () => {
    const after = applyCommands(furnished(), [{ op: 'update', ref: { kind: 'item', id: 'I1' }, patch: { rotation: undefined, stacked: true } }]);
    expect(after.levels[0]!.items[0]).toEqual({ id: 'I1', type: 'crib', at: [30, 40], stacked: true });
  });

  it('turn items and keep the angle tidy, dropping a full turn', () => {
    let plan = applyCommands(furnished(), [{ op: 'rotate', refs: [{ kind: 'item', id: 'I1' }], by: 270 }]);
    expect('rotation' in plan.levels[0]!.items[0]!).toBe(false);
    plan = applyCommands(plan, [{ op: 'rotate', refs: [{ kind: 'item', id: 'I1' }], by: -15 }]);
    expect(plan.levels[0]!.items[0]!.rotation).toBe(345);
  });

  it('add, rename and remove levels, but never the last one', () => {
    let plan = applyCommands(furnished(), [{ op: 'addLevel', value: { id: 'L2', name: 'Basement', elevation: -108, rooms: [], doors: [], windows: [], items: [] } }]);
    plan = applyCommands(plan, [{ op: 'updateLevel', id: 'L2', patch: { name: 'Lower level' } }]);
    expect(plan.levels.map((l) => l.name)).toEqual(['Main floor', 'Lower level']);
    plan = applyCommands(plan, [{ op: 'removeLevel', id: 'L2' }, { op: 'removeLevel', id: 'L1' }]);
    expect(plan.levels.map((l) => l.id)).toEqual(['L1']);
  });
});

describe('ids and references', () => {
  it('hand out the next free number of a kind', () => {
    expect(freshId(furnished(), 'room')).toBe('R3');
    expect(freshId(furnished(), 'door')).toBe('D2');
    expect(freshId(furnished(), 'level')).toBe('L2');
  });

  it('name objects by kind, since ids are unique only per kind', () => {
    expect(parseRefKey('room:R1')).toEqual({ kind: 'room', id: 'R1' });
    expect(parseRefKey('roof:R1')).toBeNull();
    expect(existingKeys(furnished(), ['room:R1', 'item:I9', 'door:D1'])).toEqual(['room:R1', 'door:D1']);
    expect(resolveSubject(furnished(), 'I1')?.ref).toEqual({ kind: 'item', id: 'I1' });
  });
});

describe('the gesture split of the canvas', () => {
  it('finds what a gesture changed, added or removed', () => {
    const plan = furnished();
    const moved = applyCommands(plan, [
      { op: 'translate', refs: [{ kind: 'room', id: 'R1' }, { kind: 'door', id: 'D1' }], dx: 6, dy: 0 },
      { op: 'remove', refs: [{ kind: 'item', id: 'I1' }] },
    ]);
    expect(changedKeys(plan.levels[0]!, moved.levels[0]!)).toEqual(['door:D1', 'item:I1', 'room:R1']);
    expect(changedKeys(plan.levels[0]!, plan.levels[0]!)).toEqual([]);
  });
});
