import { classroom, findingAbout, findings, firePlan, statusOf } from './fireSafetyPlan.ts';

const ID = 'detect.smoke';

const withHall = (o: { children?: number; licensing?: 'new' | 'existing'; kind?: 'center' | 'group-home' } = {}, detectors: string[] = ['R1']) => {
  const b = firePlan({ licensing: o.licensing ?? 'new', kind: o.kind ?? 'center', ...(o.children ? { enrollment: { preschool: o.children } } : {}) })
    .level('L1')
    .room('R1', [0, 0, 30, 20], { name: 'Room A' })
    .room('H', [30, 0, 6, 20], { use: 'corridor', name: 'Hall' })
    .room('K', [36, 0, 10, 20], { use: 'kitchen', name: 'Kitchen' })
    .door('D1', 'R1', 'outside', { side: 's' })
    .door('D2', 'R1', 'H')
    .door('D3', 'H', 'outside', { side: 's' });
  for (const r of detectors) b.item(`SD-${r}`, 'smoke-detector', r);
  return b.build();
};

describe(ID, () => {
  it('a child-care room with a smoke detector passes', () => {
    const f = findingAbout(withHall(), ID, 'R1');
    expect(f.status).toBe('pass');
    expect(f.measured).toBe(1);
  });

  it('a child-care room without one fails', () => {
    const f = findingAbout(withHall({}, []), ID, 'R1');
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/Room A has no smoke detector; every room where children are cared for needs one/);
  });

  it('a nap room of another use (a crib in the office) needs one', () => {
    const p = classroom().room('O', [30, 0, 10, 10], { use: 'office', name: 'Office' }).item('C1', 'crib', 'O').build();
    expect(statusOf(p, ID, 'O')).toBe('fail');
  });

  it('50 children: hallways and kitchens are not listed', () => {
    expect(findings(withHall({ children: 50 }), ID).map((f) => f.subject)).toEqual(['R1']);
  });

  it('more than 50 children in a new center: the hallway needs one', () => {
    const f = findingAbout(withHall({ children: 51 }), ID, 'H');
    expect(f.status).toBe('fail');
    expect(f.citation).toBe('5 CSR 25-500.087(12)(F)2');
    expect(statusOf(withHall({ children: 51 }, ['R1', 'H']), ID, 'H')).toBe('pass');
  });

  it('an existing, unaltered hallway is not held to (12)(F)2', () => {
    expect(findings(withHall({ children: 80, licensing: 'existing' }), ID).map((f) => f.subject)).toEqual(['R1']);
  });

  it('n/a with no child-care rooms', () => {
    expect(statusOf(firePlan().level('L1').room('O', [0, 0, 10, 10], { use: 'office' }).build(), ID)).toBe('n/a');
  });
});
