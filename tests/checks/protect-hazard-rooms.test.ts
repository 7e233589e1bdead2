import { classroom, findingAbout, findings, statusOf } from './fireSafetyPlan.ts';
import type { DoorExtra, RoomExtra } from './fireSafetyPlan.ts';

const ID = 'protect.hazard-rooms';

const hazard = (room: RoomExtra, door: DoorExtra = { lock: 'locked-closed' }, o: { sprinklered?: boolean; furnace?: boolean } = {}) => {
  const b = classroom({ sprinklered: o.sprinklered ?? false }).room('M', [30, 0, 8, 8], { name: 'Utility', ...room }).door('DM', 'M', 'R1', { swing: 'M', ...door });
  if (o.furnace) b.item('F1', 'furnace', 'M');
  return b.build();
};

describe(ID, () => {
  it('a 1-hour furnace room with a locked door passes', () => {
    const f = findingAbout(hazard({ use: 'mechanical', fireRating: 60 }), ID, 'M');
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/Utility is a furnace or water-heater room with a 60-minute fire barrier, and its door is locked/);
  });

  it('a 45-minute enclosure fails', () => {
    const f = findingAbout(hazard({ use: 'mechanical', fireRating: 45 }), ID, 'M');
    expect(f.status).toBe('fail');
    expect(f.measured).toBe(45);
    expect(f.limit).toBe(60);
  });

  it('a sprinkler head replaces the barrier (10)(E)', () => {
    expect(statusOf(hazard({ use: 'mechanical', sprinklerHead: true }), ID, 'M')).toBe('pass');
  });

  it('a sprinklered building replaces the barrier (10)(E)', () => {
    expect(statusOf(hazard({ use: 'laundry' }, undefined, { sprinklered: true }), ID, 'M')).toBe('pass');
  });

  it('an unlocked door fails (10)(D)', () => {
    const f = findingAbout(hazard({ use: 'mechanical', fireRating: 60 }, { lock: 'passage' }), ID, 'M');
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/door DM is not locked against children/);
  });

  it('a privacy lock does not keep children out', () => {
    expect(statusOf(hazard({ use: 'laundry', fireRating: 60 }, { lock: 'privacy' }), ID, 'M')).toBe('fail');
  });

  it('a laundry without a barrier fails', () => {
    expect(statusOf(hazard({ use: 'laundry' }), ID, 'M')).toBe('fail');
  });

  it('a closet holding a furnace is a furnace room', () => {
    const f = findingAbout(hazard({ use: 'closet' }, undefined, { furnace: true }), ID, 'M');
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/a room containing a furnace \(F1\)/);
  });

  it('a furnace standing in a child-care room fails', () => {
    const p = classroom().item('F1', 'furnace', 'R1').build();
    expect(statusOf(p, ID, 'R1')).toBe('fail');
  });

  it('a storage room short of the barrier is for the inspector (verify)', () => {
    const f = findingAbout(hazard({ use: 'storage' }), ID, 'M');
    expect(f.status).toBe('verify');
    expect(f.message).toMatch(/if the inspector deems the supplies stored there hazardous/);
  });

  it('n/a without hazard rooms', () => {
    expect(findings(classroom().build(), ID).map((f) => f.status)).toEqual(['n/a']);
  });
});
