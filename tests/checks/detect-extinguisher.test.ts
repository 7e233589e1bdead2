import { classroom, findingAbout, findings, firePlan, statusOf } from './fireSafetyPlan.ts';

const ID = 'detect.extinguisher';

const withKitchen = (where: 'K' | 'R1' | 'O' | null) => {
  const b = classroom()
    .room('K', [30, 0, 10, 10], { use: 'kitchen', name: 'Kitchen' })
    .room('O', [30, 10, 10, 10], { use: 'office', name: 'Office' })
    .door('DK', 'K', 'R1')
    .door('DO', 'O', 'R1');
  if (where) b.item('E1', 'extinguisher', where);
  return b.build();
};

describe(ID, () => {
  it('no extinguisher anywhere fails', () => {
    const f = findingAbout(classroom().build(), ID, null);
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/no fire extinguisher/);
  });

  it('one in the kitchen passes both findings', () => {
    expect(findings(withKitchen('K'), ID).map((f) => [f.subject, f.status])).toEqual([[null, 'pass'], ['K', 'pass']]);
  });

  it('one in the room next to the kitchen counts as near it', () => {
    const f = findingAbout(withKitchen('R1'), ID, 'K');
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/next door in Room A/);
  });

  it('one in a room not beside the kitchen fails the kitchen finding', () => {
    expect(statusOf(withKitchen('O'), ID, 'K')).toBe('fail');
  });

  it('a second level with child care and no extinguisher is for the inspector', () => {
    const p = firePlan()
      .level('L1')
      .room('R1', [0, 0, 20, 20])
      .door('D1', 'R1', 'outside')
      .item('E1', 'extinguisher', 'R1')
      .level('L2', 108)
      .room('U', [0, 0, 20, 20])
      .build();
    expect(statusOf(p, ID, 'L1')).toBe('pass');
    expect(statusOf(p, ID, 'L2')).toBe('verify');
  });
});
