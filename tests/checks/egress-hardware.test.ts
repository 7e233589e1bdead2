import { classroom, findingAbout, findings, firePlan, statusOf } from './fireSafetyPlan.ts';

const ID = 'egress.hardware';

describe(ID, () => {
  describe('panic hardware (087(4)(C)2)', () => {
    it('not needed for fewer than 100 children in daytime care', () => {
      const f = findingAbout(classroom({ enrollment: { preschool: 99 } }).build(), ID, 'D1');
      expect(f.status).toBe('pass');
      expect(f.message).toMatch(/needs no panic hardware \(99 children enrolled, daytime care\)/);
    });

    it('needed at 100 children: fails without it', () => {
      const f = findingAbout(classroom({ enrollment: { preschool: 100 } }).build(), ID, 'D1');
      expect(f.status).toBe('fail');
      expect(f.citation).toBe('5 CSR 25-500.087(4)(C)2');
      expect(f.message).toMatch(/needs panic or fire-exit hardware, as the occupant load is at least 100 \(100 children enrolled\)/);
    });

    it('passes at 100 children with panic hardware', () => {
      expect(statusOf(classroom({ enrollment: { preschool: 100 } }, { panicHardware: true }).build(), ID, 'D1')).toBe('pass');
    });

    it('needed for nighttime care whatever the size', () => {
      const f = findingAbout(classroom({ nighttime: true, enrollment: { preschool: 6 } }).build(), ID, 'D1');
      expect(f.status).toBe('fail');
      expect(f.message).toMatch(/cares for children at night/);
    });

    it('no other latching device with panic hardware', () => {
      const p = classroom({ nighttime: true }, { panicHardware: true, lock: 'thumb-turn' }).build();
      expect(statusOf(p, ID, 'D1')).toBe('fail');
    });
  });

  describe('locks and latches (087(4)(C)3)', () => {
    it('a keyed deadbolt on an exit fails', () => {
      const f = findingAbout(classroom({}, { lock: 'keyed-deadbolt' }).build(), ID, 'D1');
      expect(f.status).toBe('fail');
      expect(f.citation).toBe('5 CSR 25-500.087(4)(C)3');
    });

    it('a door kept locked in a means of egress fails', () => {
      expect(statusOf(classroom({}, { lock: 'locked-closed' }).build(), ID, 'D1')).toBe('fail');
    });

    it('a thumb-turn deadbolt is allowed', () => {
      expect(statusOf(classroom({}, { lock: 'thumb-turn' }).build(), ID, 'D1')).toBe('pass');
    });

    it('a latch exactly 50" high meets the limit; 50.5" fails', () => {
      const at50 = findingAbout(classroom({}, { latchHeight: 50 }).build(), ID, 'D1');
      expect(at50.status).toBe('warn');
      expect(at50.limit).toBe(50);
      const high = findingAbout(classroom({}, { latchHeight: 50.5 }).build(), ID, 'D1');
      expect(high.status).toBe('fail');
      expect(high.measured).toBe(50.5);
      expect(high.message).toMatch(/latch or lock at 50.5", above the 50" limit/);
    });

    it('a latch at 38" passes', () => {
      expect(statusOf(classroom({}, { latchHeight: 38 }).build(), ID, 'D1')).toBe('pass');
    });

    it('latch height applies to any door that gives one (an office door)', () => {
      const p = classroom().room('O', [30, 0, 10, 10], { use: 'office' }).door('DO', 'R1', 'O', { latchHeight: 60 }).build();
      expect(statusOf(p, ID, 'DO')).toBe('fail');
    });
  });

  describe('bathrooms and closets (087(4)(C)4, 082(3)(A)5)', () => {
    const bath = (lock: NonNullable<Parameters<typeof classroom>[1]>['lock'], restroomFor?: 'staff' | 'children') =>
      classroom()
        .room('B', [30, 0, 8, 8], { use: 'bathroom', name: 'Bath', ...(restroomFor ? { restroomFor } : {}) })
        .door('DB', 'R1', 'B', { width: 30, ...(lock ? { lock } : {}) })
        .build();

    it('a children\'s bathroom door without a lock passes', () => {
      expect(statusOf(bath(undefined), ID, 'DB')).toBe('pass');
    });

    it('a keyed deadbolt on a bathroom door fails (087(4)(C)4)', () => {
      const f = findingAbout(bath('keyed-deadbolt'), ID, 'DB');
      expect(f.status).toBe('fail');
      expect(f.citation).toBe('5 CSR 25-500.087(4)(C)4');
    });

    it('a privacy lock on a children\'s bathroom door fails (082(3)(A)5)', () => {
      const f = findingAbout(bath('privacy'), ID, 'DB');
      expect(f.status).toBe('fail');
      expect(f.citation).toBe('5 CSR 25-500.082(3)(A)5');
      expect(f.message).toMatch(/below first grade may have no lock or latch/);
    });

    it('a privacy lock on a staff bathroom door passes', () => {
      expect(statusOf(bath('privacy', 'staff'), ID, 'DB')).toBe('pass');
    });

    it('a locked-closed staff bathroom door fails: it must open from outside', () => {
      expect(statusOf(bath('locked-closed', 'staff'), ID, 'DB')).toBe('fail');
    });

    it('a keyed deadbolt on a closet fails; a plain closet door passes', () => {
      const closet = (lock?: 'keyed-deadbolt') =>
        classroom().room('C', [30, 0, 4, 4], { use: 'closet' }).door('DC', 'R1', 'C', { width: 24, ...(lock ? { lock } : {}) }).build();
      expect(statusOf(closet('keyed-deadbolt'), ID, 'DC')).toBe('fail');
      expect(statusOf(closet(), ID, 'DC')).toBe('pass');
    });
  });

  it('an ordinary interior door outside any means of egress is not listed', () => {
    const p = classroom().room('O', [30, 0, 10, 10], { use: 'office' }).door('DO', 'R1', 'O').build();
    expect(findings(p, ID).map((f) => f.subject)).toEqual(['D1']);
  });

  it('n/a with no doors', () => {
    expect(statusOf(firePlan().level('L1').room('R1', [0, 0, 10, 10]).build(), ID)).toBe('n/a');
  });
});
