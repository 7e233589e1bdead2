import { classroom, findingAbout, findings, firePlan, statusOf } from './fireSafetyPlan.ts';

const ID = 'egress.no-ladder';

/** Main floor with a stair up to an upper level holding `use` rooms. */
const upper = (stair: { riser?: number; tread?: number }, use: 'child-care' | 'storage' = 'child-care') =>
  firePlan()
    .level('L1', 0, 'Main floor')
    .room('R1', [0, 0, 20, 20], { name: 'Room A' })
    .door('D1', 'R1', 'outside', { side: 's' })
    .stair('S1', [20, 0, 6, 20], 'L2', { name: 'Attic stair', ...stair })
    .door('DS', 'R1', 'S1')
    .level('L2', 108, 'Attic')
    .room('A', [0, 0, 20, 20], { use, name: 'Attic room' })
    .build();

describe(ID, () => {
  it('a level at the exit discharge passes', () => {
    const f = findingAbout(classroom().build(), ID, 'L1');
    expect(f.status).toBe('pass');
  });

  it('an upper level reached by a real stair passes', () => {
    expect(statusOf(upper({ riser: 7, tread: 11 }), ID, 'L2')).toBe('pass');
  });

  it('a stair with 12" risers and 6" treads is still a stair (limits are exclusive)', () => {
    expect(statusOf(upper({ riser: 12, tread: 6 }), ID, 'L2')).toBe('pass');
  });

  it('an occupied level reached only by a ladder (risers over 12") fails', () => {
    const f = findingAbout(upper({ riser: 12.5, tread: 10 }), ID, 'L2');
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/Attic is reached only by Attic stair, a ladder or folding stair/);
  });

  it('a folding attic stair (treads under 6") fails', () => {
    expect(statusOf(upper({ riser: 9, tread: 5 }), ID, 'L2')).toBe('fail');
  });

  it('a storage attic reached by ladder is not occupied: no finding for it', () => {
    expect(findings(upper({ riser: 14, tread: 3 }, 'storage'), ID).map((f) => f.subject)).toEqual(['L1']);
  });

  it('an occupied room reached only through an overhead door fails', () => {
    const p = classroom().room('G', [30, 0, 20, 20], { use: 'other', name: 'Workshop' }).door('DG', 'G', 'outside', { side: 'e', kind: 'overhead', swing: 'none' }).build();
    const f = findingAbout(p, ID, 'G');
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/Workshop is reached only through an overhead door/);
  });

  it('an upper level with no stair drawn: verify', () => {
    const p = classroom().level('L2', 120, 'Upper').room('U', [0, 0, 20, 20]).build();
    expect(statusOf(p, ID, 'L2')).toBe('verify');
  });
});
