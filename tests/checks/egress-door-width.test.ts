import { classroom, findingAbout, findings, firePlan, statusOf } from './fireSafetyPlan.ts';

const ID = 'egress.door-width';

/** Room A (preschool) → door D2 → Hall → exit D3; D1 is Room A's own exit. */
function throughHall(licensing: 'new' | 'existing', d2: number, o: { altered?: boolean } = {}) {
  return firePlan({ licensing })
    .level('L1')
    .room('R1', [0, 0, 30, 20], { name: 'Room A', ...(o.altered ? { altered: true } : {}) })
    .room('H', [30, 0, 6, 20], { use: 'corridor', name: 'Hall' })
    .door('D1', 'R1', 'outside', { side: 's' })
    .door('D2', 'R1', 'H', { width: d2 })
    .door('D3', 'H', 'outside', { side: 'e' })
    .build();
}

describe(ID, () => {
  it('an existing facility: a door exactly 28" meets the limit (warn: within 5%)', () => {
    const f = findingAbout(throughHall('existing', 28), ID, 'D2');
    expect(f.status).toBe('warn');
    expect(f.limit).toBe(28);
    expect(f.measured).toBe(28);
    expect(f.message).toMatch(/28" clear; doors in a means of egress need 28" in space licensed before the rules/);
  });

  it('an existing facility: 27.9" fails', () => {
    const f = findingAbout(throughHall('existing', 27.9), ID, 'D2');
    expect(f.status).toBe('fail');
    expect(f.citation).toBe('5 CSR 25-500.087(4)(A)');
    expect(f.message).toMatch(/Door D2 between Room A and Hall is 27.9" clear/);
  });

  it('a new facility needs 32": 31.9" fails, 32" meets it, 34" passes', () => {
    expect(statusOf(throughHall('new', 31.9), ID, 'D2')).toBe('fail');
    expect(statusOf(throughHall('new', 32), ID, 'D2')).toBe('warn');
    expect(statusOf(throughHall('new', 34), ID, 'D2')).toBe('pass');
    expect(findingAbout(throughHall('new', 30), ID, 'D2').limit).toBe(32);
  });

  it('altered space in an existing facility needs 32"', () => {
    const f = findingAbout(throughHall('existing', 30, { altered: true }), ID, 'D2');
    expect(f.status).toBe('fail');
    expect(f.limit).toBe(32);
    expect(f.message).toMatch(/altered space/);
  });

  it('checks the exit door of the hall too (it is on the route)', () => {
    const all = findings(throughHall('new', 36), ID);
    expect(all.map((f) => f.subject).sort()).toEqual(['D1', 'D2', 'D3']);
  });

  it('does not count a narrow closet or bathroom door as egress', () => {
    const p = classroom()
      .room('B', [30, 0, 8, 8], { use: 'bathroom', name: 'Bath' })
      .door('DB', 'R1', 'B', { width: 24 })
      .build();
    expect(findings(p, ID).map((f) => f.subject)).toEqual(['D1']);
  });

  it('the route to an exit passes through a narrow door on another room: it fails', () => {
    // Room B has no exit of its own; it leaves through Room A.
    const p = classroom({ licensing: 'existing' })
      .room('R2', [30, 0, 20, 20], { name: 'Room B' })
      .door('D2', 'R1', 'R2', { width: 26 })
      .build();
    expect(statusOf(p, ID, 'D2')).toBe('fail');
  });

  describe('infant rooms (087(6))', () => {
    const infant = (width: number, crib?: [number, number]) => {
      const b = firePlan({ licensing: 'existing' })
        .level('L1')
        .room('I', [0, 0, 20, 20], { name: 'Infant Room', ages: ['infant'] })
        .room('H', [20, 0, 6, 20], { use: 'corridor', name: 'Hall' })
        .door('D1', 'I', 'outside', { side: 's', width })
        .door('D2', 'I', 'H', { width: 40 })
        .door('D3', 'H', 'outside', { side: 'e', width: 28 });
      if (crib) b.item('C1', 'crib', 'I', { size: crib, at: [40, 60] });
      return b.build();
    };

    it('a 36" exit door with a 30 × 55 crib meets the limit', () => {
      const f = findingAbout(infant(36, [30, 55]), ID, 'D1');
      expect(f.status).toBe('warn');
      expect(f.limit).toBe(36);
      expect(f.citation).toBe('5 CSR 25-500.087(6)');
    });

    it('a 34" exit door fails, naming the crib', () => {
      const f = findingAbout(infant(34, [30, 55]), ID, 'D1');
      expect(f.status).toBe('fail');
      expect(f.message).toMatch(/Door D1 from Infant Room to outside is 34" clear; the exit doors of Infant Room, a room for children under 24 months, need 36" and the widest crib \(30"\)/);
    });

    it('a crib wider than 36" sets the limit', () => {
      const f = findingAbout(infant(38, [40, 60]), ID, 'D1');
      expect(f.status).toBe('fail');
      expect(f.limit).toBe(40);
      expect(statusOf(infant(42, [40, 60]), ID, 'D1')).toBe('pass');
    });

    it('the infant limit applies to the room\'s own egress doors only; the hall exit keeps 28"', () => {
      const p = infant(36);
      expect(findingAbout(p, ID, 'D3').limit).toBe(28);
      expect(findingAbout(p, ID, 'D2').limit).toBe(36);
    });
  });

  it('n/a without child-care rooms', () => {
    const p = firePlan().level('L1').room('O', [0, 0, 10, 10], { use: 'office' }).door('D1', 'O', 'outside').build();
    expect(findingAbout(p, ID).status).toBe('n/a');
  });

  it('fails when no exit is drawn', () => {
    const p = firePlan().level('L1').room('R1', [0, 0, 10, 10]).build();
    expect(findingAbout(p, ID).status).toBe('fail');
  });
});
