import { findingAbout, findings, firePlan, statusOf } from './fireSafetyPlan.ts';
import type { WindowExtra } from './fireSafetyPlan.ts';

const ID = 'window.rescue';

/** Room A, 20 × 20 ft (400 sq ft), reached from Hall (exit east); no door of its own outside. */
const room = (win: WindowExtra | null, o: { licensing?: 'new' | 'existing'; sprinklered?: boolean; rect?: readonly [number, number, number, number]; altered?: boolean } = {}) => {
  const b = firePlan({ licensing: o.licensing ?? 'new', sprinklered: o.sprinklered ?? false })
    .level('L1')
    .room('R1', o.rect ?? [0, 0, 20, 20], { name: 'Room A', ...(o.altered ? { altered: true } : {}) })
    .room('H', [-6, 0, 6, 20], { use: 'corridor', name: 'Hall' })
    .door('D1', 'R1', 'H')
    .door('D2', 'H', 'outside', { side: 'w' });
  if (win) b.window('W1', 'R1', { side: 's', ...win });
  return b.build();
};

describe(ID, () => {
  it('a 24" × 36" window, sill 30", passes', () => {
    const f = findingAbout(room({}), ID, 'R1');
    expect(f.status).toBe('pass');
    expect(f.measured).toBe(6);
    expect(f.limit).toBe(5.7);
  });

  it('a sill at exactly 44" meets the limit; 44.5" fails', () => {
    expect(statusOf(room({ sill: 44 }), ID, 'R1')).toBe('warn');
    const f = findingAbout(room({ sill: 44.5 }), ID, 'R1');
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/has its sill at 44.5" \(at most 44"\)/);
  });

  it('exactly 5.7 sq ft (24" × 34.2") meets the limit; 24" × 34" fails', () => {
    expect(statusOf(room({ clearWidth: 24, clearHeight: 34.2 }), ID, 'R1')).toBe('warn');
    expect(statusOf(room({ clearWidth: 24, clearHeight: 34 }), ID, 'R1')).toBe('fail');
  });

  it('a narrow window (19.9" wide) fails even with the area', () => {
    expect(statusOf(room({ clearWidth: 19.9, clearHeight: 48 }), ID, 'R1')).toBe('fail');
  });

  it('a low window (23.9" high) fails even with the area', () => {
    expect(statusOf(room({ clearWidth: 40, clearHeight: 23.9 }), ID, 'R1')).toBe('fail');
  });

  it('a fixed window fails', () => {
    expect(statusOf(room({ operable: false }), ID, 'R1')).toBe('fail');
  });

  it('no window at all fails', () => {
    const f = findingAbout(room(null), ID, 'R1');
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/Room A \(400.0 sq ft\) has no window and no door directly outside/);
  });

  it('a barred window fails twice: the room has no rescue window and the bars themselves', () => {
    const p = room({ bars: true });
    expect(statusOf(p, ID, 'R1')).toBe('fail');
    const bars = findingAbout(p, ID, 'W1');
    expect(bars.status).toBe('fail');
    expect(bars.citation).toBe('5 CSR 25-500.087(9)(A)3');
  });

  it('bars fail even in a sprinklered building', () => {
    const p = room({ bars: true }, { sprinklered: true });
    expect(statusOf(p, ID, 'R1')).toBe('n/a');
    expect(statusOf(p, ID, 'W1')).toBe('fail');
  });

  it('a room of exactly 300 sq ft needs none', () => {
    const f = findingAbout(room(null, { rect: [0, 0, 15, 20] }), ID, 'R1');
    expect(f.status).toBe('n/a');
    expect(f.message).toMatch(/only rooms over 300 sq ft/);
  });

  it('a sprinklered building needs none (9)(A)1.A', () => {
    expect(findingAbout(room(null, { sprinklered: true }), ID, 'R1').citation).toBe('5 CSR 25-500.087(9)(A)1.A');
  });

  it('a room with a door directly outside needs none (9)(A)1.B', () => {
    const p = firePlan().level('L1').room('R1', [0, 0, 20, 20]).door('D1', 'R1', 'outside').build();
    const f = findingAbout(p, ID, 'R1');
    expect(f.status).toBe('n/a');
    expect(f.citation).toBe('5 CSR 25-500.087(9)(A)1.B');
  });

  it('an existing facility is not bound; its altered room is', () => {
    expect(statusOf(room(null, { licensing: 'existing' }), ID, 'R1')).toBe('n/a');
    expect(statusOf(room(null, { licensing: 'existing', altered: true }), ID, 'R1')).toBe('fail');
  });

  it('the best of several windows is used', () => {
    const p = firePlan()
      .level('L1')
      .room('R1', [0, 0, 20, 20], { name: 'Room A' })
      .room('H', [-6, 0, 6, 20], { use: 'corridor' })
      .door('D1', 'R1', 'H')
      .door('D2', 'H', 'outside', { side: 'w' })
      .window('W1', 'R1', { side: 's', operable: false })
      .window('W2', 'R1', { side: 'n', clearWidth: 30, clearHeight: 30 })
      .build();
    const f = findingAbout(p, ID, 'R1');
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/window W2/);
    expect(findings(p, ID)).toHaveLength(1);
  });
});
