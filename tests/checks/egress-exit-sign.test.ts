import { classroom, findingAbout, firePlan, statusOf } from './fireSafetyPlan.ts';

const ID = 'egress.exit-sign';

describe(ID, () => {
  it('a door marked exitSign passes', () => {
    const f = findingAbout(classroom({}, { exitSign: true }).build(), ID, 'D1');
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/is marked with a lighted exit sign/);
  });

  it('an exit-sign item near the door passes', () => {
    // D1 is centred on Room A's south wall (x = 180", y = 240"); the sign hangs 12" inside.
    const p = classroom().item('X1', 'exit-sign', 'R1', { at: [180, 228] }).build();
    expect(statusOf(p, ID, 'D1')).toBe('pass');
  });

  it('a sign exactly 10 ft from the middle of the opening counts; 10 ft 1 in does not', () => {
    expect(statusOf(classroom().item('X1', 'exit-sign', 'R1', { at: [180, 120] }).build(), ID, 'D1')).toBe('pass');
    expect(statusOf(classroom().item('X1', 'exit-sign', 'R1', { at: [180, 119] }).build(), ID, 'D1')).toBe('fail');
  });

  it('an exit door with no sign fails', () => {
    const f = findingAbout(classroom().build(), ID, 'D1');
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/Exit Door D1 from Room A to outside has no lighted exit sign/);
  });

  it('a sign on another level does not count', () => {
    const p = classroom()
      .level('L2', 120, 'Upper')
      .room('U', [0, 0, 30, 20], { use: 'office' })
      .item('X1', 'exit-sign', 'U', { at: [180, 228] })
      .build();
    expect(statusOf(p, ID, 'D1')).toBe('fail');
  });

  it('a one-room facility still needs one (the rule has no exception)', () => {
    expect(statusOf(classroom({ kind: 'group-home' }).build(), ID, 'D1')).toBe('fail');
  });

  it('n/a with no exit door', () => {
    expect(statusOf(firePlan().level('L1').room('R1', [0, 0, 10, 10]).build(), ID)).toBe('n/a');
  });
});
