import { classroom, findingAbout } from './fireSafetyPlan.ts';

const ID = 'detect.monitoring';

describe(ID, () => {
  it('n/a at 100 children', () => {
    const f = findingAbout(classroom({ enrollment: { preschool: 100 } }).build(), ID);
    expect(f.status).toBe('n/a');
    expect(f.measured).toBe(100);
  });

  it('verify above 100 children', () => {
    const f = findingAbout(classroom({ enrollment: { preschool: 101 } }).build(), ID);
    expect(f.status).toBe('verify');
    expect(f.message).toMatch(/notify a monitoring company or the fire department/);
  });

  it('n/a for a group home', () => {
    expect(findingAbout(classroom({ kind: 'group-home', enrollment: { preschool: 12 } }).build(), ID).status).toBe('n/a');
  });
});
