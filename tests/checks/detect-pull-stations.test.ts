import { classroom, findingAbout, findings, firePlan, statusOf } from './fireSafetyPlan.ts';

const ID = 'detect.pull-stations';

/** Room A + Hall (exit D3 east), horn in the hall; pull station `at` inches from the hall's NW corner. */
const twoRooms = (pull: readonly [number, number] | null, horn = true) => {
  const b = firePlan()
    .level('L1', 0, 'Main floor')
    .room('R1', [0, 0, 30, 20], { name: 'Room A' })
    .room('H', [30, 0, 6, 20], { use: 'corridor', name: 'Hall' })
    .door('D2', 'R1', 'H')
    .door('D3', 'H', 'outside', { side: 'e' });
  if (pull) b.item('P1', 'pull-station', 'H', { at: pull });
  if (horn) b.item('HS1', 'horn-strobe', 'H');
  return b.build();
};

describe(ID, () => {
  it('a one-room facility whose exits lead outside at level discharge is exempt', () => {
    const f = findingAbout(classroom().build(), ID);
    expect(f.status).toBe('n/a');
  });

  it('one room plus a bathroom is still one room', () => {
    const p = classroom().room('B', [30, 0, 8, 8], { use: 'bathroom' }).door('DB', 'R1', 'B').build();
    expect(statusOf(p, ID)).toBe('n/a');
  });

  it('one room whose exit is not at level discharge is not exempt', () => {
    const p = firePlan().level('L1').room('R1', [0, 0, 20, 20]).door('D1', 'R1', 'outside', { levelDischarge: false }).build();
    expect(statusOf(p, ID, 'D1')).toBe('fail');
  });

  it('a pull station within 5 ft of the exit passes', () => {
    // The hall's east wall is x = 72 from its NW corner; D3 spans y 102..138.
    expect(statusOf(twoRooms([66, 90]), ID, 'D3')).toBe('pass');
  });

  it('a pull station exactly 5 ft from the opening passes; farther fails', () => {
    expect(statusOf(twoRooms([12, 120]), ID, 'D3')).toBe('pass');
    const f = findingAbout(twoRooms([11, 120]), ID, 'D3');
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/the nearest pull station, P1, is 5.1 ft away/);
  });

  it('no pull station fails', () => {
    expect(findingAbout(twoRooms(null), ID, 'D3').message).toMatch(/no pull station is on its level/);
  });

  it('each level with child care needs a horn or strobe', () => {
    expect(statusOf(twoRooms([66, 90]), ID, 'L1')).toBe('pass');
    expect(statusOf(twoRooms([66, 90], false), ID, 'L1')).toBe('fail');
  });

  it('lists each exit and each child-care level', () => {
    expect(findings(twoRooms([66, 90]), ID).map((f) => f.subject)).toEqual(['D3', 'L1']);
  });
});
