import { findingAbout, findings, firePlan, statusOf } from './fireSafetyPlan.ts';

const ID = 'detect.heat';

const center = (children: number, o: { licensing?: 'new' | 'existing'; heat?: string[]; kind?: 'center' | 'group-home' } = {}) => {
  const b = firePlan({ licensing: o.licensing ?? 'new', kind: o.kind ?? 'center', enrollment: { preschool: children } })
    .level('L1')
    .room('R1', [0, 0, 30, 20], { name: 'Room A' })
    .room('K', [30, 0, 10, 10], { use: 'kitchen', name: 'Kitchen' })
    .room('M', [30, 10, 10, 10], { use: 'mechanical', name: 'Furnace room' })
    .door('D1', 'R1', 'outside', { side: 's' });
  for (const r of o.heat ?? []) b.item(`HD-${r}`, 'heat-detector', r);
  return b.build();
};

describe(ID, () => {
  it('n/a at 50 children', () => {
    const f = findingAbout(center(50), ID);
    expect(f.status).toBe('n/a');
    expect(f.message).toMatch(/more than 50 children; this center has 50 children enrolled/);
  });

  it('51 children: kitchen and mechanical room without heat detectors fail', () => {
    expect(statusOf(center(51), ID, 'K')).toBe('fail');
    expect(statusOf(center(51), ID, 'M')).toBe('fail');
  });

  it('51 children with heat detectors in both passes', () => {
    expect(findings(center(51, { heat: ['K', 'M'] }), ID).map((f) => f.status)).toEqual(['pass', 'pass']);
  });

  it('existing unaltered space is n/a per room', () => {
    expect(statusOf(center(80, { licensing: 'existing' }), ID, 'K')).toBe('n/a');
  });
});
