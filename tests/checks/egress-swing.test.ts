import { classroom, findingAbout, findings, firePlan, statusOf } from './fireSafetyPlan.ts';

const ID = 'egress.swing';

describe(ID, () => {
  it('an exit door swinging outside passes', () => {
    const f = findingAbout(classroom().build(), ID, 'D1');
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/Door D1 from Room A to outside swings into outside/);
  });

  it('an exit door swinging into the room fails', () => {
    const f = findingAbout(classroom({}, { swing: 'R1' }).build(), ID, 'D1');
    expect(f.status).toBe('fail');
    expect(f.citation).toBe('5 CSR 25-500.087(4)(C)');
    expect(f.message).toMatch(/swings into Room A; an exit door swings toward the exit \(outside\)/);
  });

  it('sliding, folding and overhead exit doors fail', () => {
    for (const kind of ['sliding', 'folding', 'overhead'] as const) {
      const f = findingAbout(classroom({}, { kind, swing: 'none' }).build(), ID, 'D1');
      expect(f.status).toBe('fail');
      expect(f.message).toMatch(new RegExp(`${kind} door`));
    }
  });

  it('a door drawn with swing "none" fails', () => {
    expect(statusOf(classroom({}, { swing: 'none' }).build(), ID, 'D1')).toBe('fail');
  });

  it('a bare opening has no leaf to swing: passes', () => {
    expect(statusOf(classroom({}, { kind: 'opening', swing: 'none' }).build(), ID, 'D1')).toBe('pass');
  });

  describe('exit stairs', () => {
    const stairPlan = (swing: string) =>
      firePlan()
        .level('L1', 0)
        .room('R1', [0, 0, 20, 20], { name: 'Room A' })
        .door('D1', 'R1', 'outside', { side: 's' })
        .level('L2', 120, 'Upper')
        .room('U', [0, 0, 20, 20], { name: 'Upper Room' })
        .stair('S2', [20, 0, 6, 20], 'L1', { name: 'Stair' })
        .door('DS', 'U', 'S2', { swing })
        .door('DO', 'U', 'outside', { side: 'w', levelDischarge: false })
        .build();

    it('a door into an enclosed stair swinging into the stair passes', () => {
      expect(statusOf(stairPlan('S2'), ID, 'DS')).toBe('pass');
    });

    it('swinging back into the room fails', () => {
      const f = findingAbout(stairPlan('U'), ID, 'DS');
      expect(f.status).toBe('fail');
      expect(f.message).toMatch(/toward the exit \(Stair\)/);
    });
  });

  describe('infant rooms (087(6))', () => {
    const infant = (swing: string) =>
      firePlan()
        .level('L1')
        .room('I', [0, 0, 20, 20], { name: 'Infant Room', ages: ['infant'] })
        .room('H', [20, 0, 6, 20], { use: 'corridor', name: 'Hall' })
        .door('D1', 'I', 'outside', { side: 's' })
        .door('D2', 'I', 'H', { swing })
        .door('D3', 'H', 'outside', { side: 'e' })
        .build();

    it('the egress door to the hall swinging into the hall passes', () => {
      const f = findingAbout(infant('H'), ID, 'D2');
      expect(f.status).toBe('pass');
      expect(f.citation).toBe('5 CSR 25-500.087(6)');
    });

    it('swinging into the infant room fails', () => {
      const f = findingAbout(infant('I'), ID, 'D2');
      expect(f.status).toBe('fail');
      expect(f.message).toMatch(/swing out of the room/);
    });

    it('an ordinary room door (not an exit, not an infant room) is not checked', () => {
      const p = classroom()
        .room('H', [30, 0, 6, 20], { use: 'corridor', name: 'Hall' })
        .door('D2', 'R1', 'H', { swing: 'R1' })
        .door('D3', 'H', 'outside', { side: 'e' })
        .build();
      expect(findings(p, ID).map((f) => f.subject).sort()).toEqual(['D1', 'D3']);
    });
  });

  it('n/a with no exit door', () => {
    const p = firePlan().level('L1').room('R1', [0, 0, 10, 10]).build();
    expect(statusOf(p, ID)).toBe('n/a');
  });
});
