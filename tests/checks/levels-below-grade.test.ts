import { classroom, findingAbout, findings, statusOf } from './fireSafetyPlan.ts';

const ID = 'levels.below-grade';

const basements = (...elevations: { elevation: number; use?: 'child-care' | 'storage' }[]) => {
  const b = classroom();
  elevations.forEach(({ elevation, use = 'child-care' }, i) => b.level(`B${i + 1}`, elevation, `Basement ${i + 1}`).room(`BR${i + 1}`, [0, 0, 20, 20], { use }));
  return b.build();
};

describe(ID, () => {
  it('n/a with no child care below ground', () => {
    expect(statusOf(classroom().build(), ID)).toBe('n/a');
  });

  it('child care one level below ground passes', () => {
    const f = findingAbout(basements({ elevation: -108 }), ID, 'B1');
    expect(f.status).toBe('pass');
    expect(f.measured).toBe(1);
  });

  it('child care two levels below ground fails', () => {
    const p = basements({ elevation: -108, use: 'storage' }, { elevation: -216 });
    const f = findingAbout(p, ID, 'B2');
    expect(f.status).toBe('fail');
    expect(f.measured).toBe(2);
    expect(f.message).toMatch(/the second level below ground/);
  });

  it('a floor five steps (35") below the first basement is the same level: passes', () => {
    const p = basements({ elevation: -108, use: 'storage' }, { elevation: -143 });
    expect(statusOf(p, ID, 'B2')).toBe('pass');
  });

  it('a sunken room 30" down is at ground level, not below it', () => {
    expect(findings(basements({ elevation: -30 }), ID).map((f) => f.status)).toEqual(['n/a']);
  });
});
