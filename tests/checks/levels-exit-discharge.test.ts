import { classroom, findingAbout, firePlan, statusOf } from './fireSafetyPlan.ts';

const ID = 'levels.exit-discharge';

/** Child care on a level at `elevation`, leaving by a door outside (level discharge or not) or an exit stair. */
function level(elevation: number, how: 'walkout' | 'door' | 'stair' | 'open-stair', licensing: 'new' | 'existing' = 'new') {
  const b = firePlan({ licensing })
    .level('L1', 0, 'Main floor')
    .room('R1', [0, 0, 20, 20], { name: 'Room A' })
    .door('D1', 'R1', 'outside', { side: 's' })
    .stair('S1', [20, 0, 6, 20], 'L2', { name: 'Stair', enclosed: how !== 'open-stair' })
    .door('DS1', 'S1', 'outside', { side: 'e' })
    .door('DR1', 'R1', 'S1')
    .level('L2', elevation, elevation < 0 ? 'Basement' : 'Second floor')
    .room('U', [0, 0, 20, 20], { name: 'Lower Room' });
  if (how === 'walkout') b.door('DU', 'U', 'outside', { side: 's', levelDischarge: true });
  if (how === 'door') b.door('DU', 'U', 'outside', { side: 's' });
  if (how === 'stair' || how === 'open-stair') b.stair('S2', [20, 0, 6, 20], 'L1', { name: 'Stair', enclosed: how !== 'open-stair' }).door('DU', 'U', 'S2');
  return b.build();
}

describe(ID, () => {
  it('n/a when all child care is at the level of exit discharge', () => {
    expect(statusOf(classroom().build(), ID)).toBe('n/a');
  });

  it('a walk-out basement passes with no vertical travel', () => {
    const f = findingAbout(level(-96, 'walkout'), ID, 'L2');
    expect(f.status).toBe('pass');
    expect(f.measured).toBe(0);
  });

  it('a basement exit stair with exactly 8 ft of travel meets the limit', () => {
    const f = findingAbout(level(-96, 'stair'), ID, 'L2');
    expect(f.status).toBe('warn');
    expect(f.limit).toBe(96);
  });

  it('a basement 8 ft 1 in down fails', () => {
    const f = findingAbout(level(-97, 'stair'), ID, 'L2');
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/at most 8 ft of vertical travel from a basement/);
  });

  it('a second floor 12 ft up passes its limit; 12 ft 6 in fails', () => {
    expect(statusOf(level(144, 'stair'), ID, 'L2')).toBe('warn');
    expect(findingAbout(level(150, 'stair'), ID, 'L2').limit).toBe(144);
    expect(statusOf(level(150, 'stair'), ID, 'L2')).toBe('fail');
    expect(statusOf(level(120, 'stair'), ID, 'L2')).toBe('pass');
  });

  it('an open (unenclosed) stair is no exit: fails', () => {
    const f = findingAbout(level(120, 'open-stair'), ID, 'L2');
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/no exit discharging directly outside/);
  });

  it('a door outside from a basement without level discharge counts with the full rise', () => {
    const f = findingAbout(level(-60, 'door'), ID, 'L2');
    expect(f.status).toBe('pass');
    expect(f.measured).toBe(60);
  });

  it('existing unaltered space is not bound', () => {
    expect(statusOf(level(150, 'open-stair', 'existing'), ID, 'L2')).toBe('n/a');
  });
});
