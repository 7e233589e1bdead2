import { classroom, findingAbout, firePlan, statusOf } from './fireSafetyPlan.ts';
import type { StairExtra } from './fireSafetyPlan.ts';

const ID = 'stairs.geometry';

/** Child care on both floors (rise 108"), joined by stair S1 (main floor side). */
const stair = (s: StairExtra = {}, o: { licensing?: 'new' | 'existing'; children?: number; rise?: number; upperUse?: 'child-care' | 'office'; mainUse?: 'child-care' | 'office' } = {}) =>
  firePlan({ licensing: o.licensing ?? 'new', ...(o.children ? { enrollment: { preschool: o.children } } : {}) })
    .level('L1', 0, 'Main floor')
    .room('R1', [0, 0, 20, 20], { name: 'Room A', use: o.mainUse ?? 'child-care' })
    .door('D1', 'R1', 'outside', { side: 's' })
    .stair('S1', [20, 0, 6, 20], 'L2', { name: 'Main stair', ...s })
    .door('DS', 'R1', 'S1')
    .level('L2', o.rise ?? 108, 'Upper')
    .room('U', [0, 0, 20, 20], { use: o.upperUse ?? 'child-care' })
    .build();

describe(ID, () => {
  it('a stair meeting every limit passes', () => {
    const f = findingAbout(stair(), ID, 'S1');
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/a width of 48", 17 steps with handrails on both sides, 6.5" risers, 11" treads, 7'-0" headroom, handrails at 36"/);
  });

  it('36" wide is enough under 50 occupants; 35.9" is not', () => {
    expect(statusOf(stair({ width: 36 }, { children: 49 }), ID, 'S1')).toBe('warn');
    expect(statusOf(stair({ width: 35.9 }, { children: 49 }), ID, 'S1')).toBe('fail');
  });

  it('50 occupants need 44"', () => {
    const f = findingAbout(stair({ width: 40 }, { children: 50 }), ID, 'S1');
    expect(f.status).toBe('fail');
    expect(f.limit).toBe(44);
    expect(f.message).toMatch(/under the 44" for 50 or more occupants \(50 children enrolled\)/);
  });

  it('risers over 7" or under 4" fail; exactly 7" and 4" meet the limits', () => {
    expect(statusOf(stair({ riser: 7.1 }), ID, 'S1')).toBe('fail');
    expect(statusOf(stair({ riser: 3.9 }), ID, 'S1')).toBe('fail');
    expect(statusOf(stair({ riser: 7 }), ID, 'S1')).toBe('warn');
    expect(statusOf(stair({ riser: 4 }), ID, 'S1')).toBe('pass');
  });

  it('treads under 10" fail', () => {
    const f = findingAbout(stair({ tread: 9.5 }), ID, 'S1');
    expect(f.status).toBe('fail');
    expect(f.citation).toBe('5 CSR 25-500.087(5)(A)2');
  });

  it('headroom under 6\'-8" fails; exactly 80" meets it', () => {
    expect(statusOf(stair({ headroom: 79 }), ID, 'S1')).toBe('fail');
    expect(statusOf(stair({ headroom: 80 }), ID, 'S1')).toBe('warn');
  });

  it('handrails at 33" or 39" fail; 34" and 38" meet the range', () => {
    expect(statusOf(stair({ handrailHeight: 33 }), ID, 'S1')).toBe('fail');
    expect(statusOf(stair({ handrailHeight: 39 }), ID, 'S1')).toBe('fail');
    expect(statusOf(stair({ handrailHeight: 34 }), ID, 'S1')).toBe('warn');
    expect(statusOf(stair({ handrailHeight: 38 }), ID, 'S1')).toBe('pass');
  });

  it('no handrail on more than 3 steps fails (082(1)(D)), even in an existing facility', () => {
    const f = findingAbout(stair({ handrails: 'none' }, { licensing: 'existing' }), ID, 'S1');
    expect(f.status).toBe('fail');
    expect(f.citation).toBe('5 CSR 25-500.082(1)(D)');
  });

  it('3 steps need no handrail; 4 do', () => {
    // 21" rise at 7" risers = 3 steps; 22" = 4.
    expect(statusOf(stair({ handrails: 'none', riser: 7 }, { rise: 21 }), ID, 'S1')).not.toBe('fail');
    expect(statusOf(stair({ handrails: 'none', riser: 7 }, { rise: 22 }), ID, 'S1')).toBe('fail');
  });

  it('an existing stair is held only to the handrail rule', () => {
    const f = findingAbout(stair({ riser: 8, tread: 9, width: 30, headroom: 76, handrailHeight: 32 }, { licensing: 'existing' }), ID, 'S1');
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/bind only new or altered stairs/);
  });

  it('an altered stair in an existing facility is held to (5)', () => {
    expect(statusOf(stair({ riser: 8, altered: true }, { licensing: 'existing' }), ID, 'S1')).toBe('fail');
  });

  it('a stair joining no child-care level is n/a', () => {
    expect(statusOf(stair({ riser: 9 }, { mainUse: 'office', upperUse: 'office' }), ID, 'S1')).toBe('n/a');
  });

  it('n/a without stairs', () => {
    expect(statusOf(classroom().build(), ID)).toBe('n/a');
  });
});
