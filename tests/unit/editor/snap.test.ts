import { snapAngle, snapOffset, snapPoint, snapToGrid } from '../../../src/editor/geom/snap.ts';
import { otherSide, wallUnder, openingAt } from '../../../src/editor/geom/walls.ts';
import { twoRooms } from './TestEditor.ts';

const level = twoRooms().levels[0]!;

describe('snapping', () => {
  it('puts a free point on the 6" grid', () => {
    expect(snapToGrid([2.9, 3.1])).toEqual([0, 6]);
    expect(snapPoint([62, 59], { level, scale: 1 })).toEqual({ point: [60, 60], kind: 'grid' });
  });

  it('prefers a room corner within 8 screen pixels, however far that is in inches', () => {
    expect(snapPoint([125, 5], { level, scale: 1 })).toEqual({ point: [126, 0], kind: 'vertex' });
    // Zoomed out to 0.1 px/in, 8 px is 80": the corner still pulls from 50" away.
    expect(snapPoint([170, 40], { level, scale: 0.1 }).point).toEqual([126, 0]);
    // Zoomed in, 8 px is 2": the grid wins.
    expect(snapPoint([125, 5], { level, scale: 4 }).kind).toBe('grid');
  });

  it('draws from a point on 15° rays, the length on the grid', () => {
    expect(snapAngle([0, 0], [100, 4])).toEqual([102, 0]);
    const p = snapAngle([0, 0], [100, 60]);
    expect(Math.round((Math.atan2(p[1], p[0]) * 180) / Math.PI)).toBe(30);
    expect(Math.round(Math.hypot(p[0], p[1]))).toBe(114);
  });

  it('turns off with Alt', () => {
    expect(snapPoint([125.3, 5.7], { level, scale: 1, disabled: true })).toEqual({ point: [125.3, 5.7], kind: 'none' });
  });

  it('snaps a move by where its anchor lands', () => {
    expect(snapOffset([0, 0], 13, 2, { level, scale: 0.5, ignoreRooms: new Set(['R1', 'R2']) })).toEqual([12, 0]);
  });
});

describe('walls for doors and windows', () => {
  it('takes the wall of the room the pointer is in, even where the room next door is as close', () => {
    expect(wallUnder(level, [121, 60], 6)?.room.id).toBe('R1');
    expect(wallUnder(level, [125, 60], 6)?.room.id).toBe('R2');
    expect(wallUnder(level, [60, 60], 6)).toBeNull();
  });

  it('finds the room across a wall up to 24" thick, else outside', () => {
    const r1 = level.rooms[0]!;
    expect(otherSide(level, r1, [120, 40], [120, 76])).toBe('R2');
    expect(otherSide(level, r1, [40, 120], [76, 120])).toBe('outside');
  });

  it('refuses an opening wider than the wall', () => {
    const spot = wallUnder(level, [119, 60], 6)!;
    expect(openingAt(level, spot, 200)).toBeNull();
  });
});
