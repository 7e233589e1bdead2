import { classroom, findingAbout, statusOf } from './fireSafetyPlan.ts';

const ID = 'detect.co';

describe(ID, () => {
  it('n/a with no fuel-burning appliance or garage', () => {
    expect(statusOf(classroom().item('F1', 'furnace', 'R1', { fuel: false }).build(), ID)).toBe('n/a');
  });

  it('a gas furnace without a CO detector on its level fails', () => {
    const p = classroom().room('M', [30, 0, 8, 8], { use: 'mechanical' }).item('F1', 'furnace', 'M', { fuel: true }).build();
    const f = findingAbout(p, ID, 'L1');
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/fuel-burning furnace F1 and no carbon monoxide detector/);
  });

  it('with a CO detector on the level it passes', () => {
    const p = classroom().room('M', [30, 0, 8, 8], { use: 'mechanical' }).item('F1', 'furnace', 'M', { fuel: true }).item('CO1', 'co-detector', 'R1').build();
    expect(statusOf(p, ID, 'L1')).toBe('pass');
  });

  it('an attached garage needs one', () => {
    const p = classroom().room('G', [30, 0, 20, 20], { use: 'garage', name: 'Garage' }).build();
    expect(findingAbout(p, ID, 'L1').message).toMatch(/attached garage Garage/);
    expect(statusOf(p, ID, 'L1')).toBe('fail');
  });

  it('a detector on another level does not count', () => {
    const p = classroom().item('R', 'range', 'R1', { fuel: true, at: [40, 40] }).level('L2', 108).room('U', [0, 0, 10, 10], { use: 'office' }).item('CO1', 'co-detector', 'U').build();
    expect(statusOf(p, ID, 'L1')).toBe('fail');
  });
});
