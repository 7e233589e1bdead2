import { classroom, findingAbout, firePlan, statusOf } from './fireSafetyPlan.ts';
import type { DoorExtra } from './fireSafetyPlan.ts';

const ID = 'protect.level-doors';

const twoLevels = (door: DoorExtra, o: { sprinklered?: boolean; licensing?: 'new' | 'existing'; outsideStair?: boolean } = {}) =>
  firePlan({ sprinklered: o.sprinklered ?? false, licensing: o.licensing ?? 'new' })
    .level('L1', 0, 'Main floor')
    .room('R1', [0, 0, 20, 20], { name: 'Room A' })
    .door('D1', 'R1', 'outside', { side: 's' })
    .stair('S1', [20, 0, 6, 20], 'L2', { name: 'Stair', ...(o.outsideStair ? { outside: true, enclosed: false } : {}) })
    .door('DS', 'R1', 'S1', door)
    .level('L2', 108, 'Upper')
    .room('U', [0, 0, 20, 20])
    .build();

describe(ID, () => {
  it('a 60-minute self-closing door passes', () => {
    const f = findingAbout(twoLevels({ fireRating: 60, selfClosing: true }), ID, 'DS');
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/Door DS between Room A and Stair is a 60-minute fire-rated self-closing door/);
  });

  it('a 20-minute door fails', () => {
    const f = findingAbout(twoLevels({ fireRating: 20, selfClosing: true }), ID, 'DS');
    expect(f.status).toBe('fail');
    expect(f.measured).toBe(20);
  });

  it('a rated door that is not self-closing fails', () => {
    expect(statusOf(twoLevels({ fireRating: 60 }), ID, 'DS')).toBe('fail');
  });

  it('no exception for sprinklers or existing buildings', () => {
    expect(statusOf(twoLevels({}, { sprinklered: true, licensing: 'existing' }), ID, 'DS')).toBe('fail');
  });

  it('a bare opening into the stair fails', () => {
    expect(statusOf(twoLevels({ kind: 'opening', swing: 'none', fireRating: 60, selfClosing: true }), ID, 'DS')).toBe('fail');
  });

  it('a door onto an outside stair is n/a', () => {
    expect(statusOf(twoLevels({}, { outsideStair: true }), ID, 'DS')).toBe('n/a');
  });

  it('n/a on one level; verify when levels have no stair drawn', () => {
    expect(statusOf(classroom().build(), ID)).toBe('n/a');
    expect(statusOf(classroom().level('L2', 108).room('U', [0, 0, 10, 10]).build(), ID)).toBe('verify');
  });
});
