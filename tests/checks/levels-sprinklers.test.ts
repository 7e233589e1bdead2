import { classroom, findingAbout, statusOf } from './fireSafetyPlan.ts';

const ID = 'levels.sprinklers';

const floors = (n: number, sprinklered: boolean, topUse: 'child-care' | 'office' = 'child-care') => {
  const b = classroom({ sprinklered });
  for (let i = 2; i <= n; i++) b.level(`F${i}`, (i - 1) * 120, `Floor ${i}`).room(`R${i}0`, [0, 0, 20, 20], { use: i === n ? topUse : 'office' });
  return b.build();
};

describe(ID, () => {
  it('child care on the second floor needs no sprinklers (n/a)', () => {
    expect(statusOf(floors(2, false), ID)).toBe('n/a');
  });

  it('child care on the third floor of an unsprinklered building fails', () => {
    const f = findingAbout(floors(3, false), ID, 'F3');
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/Floor 3 is the third floor/);
  });

  it('child care on the third floor of a sprinklered building passes', () => {
    expect(statusOf(floors(3, true), ID, 'F3')).toBe('pass');
  });

  it('offices on the third floor are not child care space', () => {
    expect(statusOf(floors(3, false, 'office'), ID)).toBe('n/a');
  });
});
