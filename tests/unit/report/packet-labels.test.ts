import { describe, expect, it } from 'vitest';
import { analyzeFacility } from '../../../src/engine/facility.ts';
import { packetPages } from '../../../src/report/packet/pages.ts';
import { labelSpot } from '../../../src/report/packet/planDrawing.ts';
import { boxInRoom, fullLabelSets, keyNumbers, nameLines, READABLE_SIZE } from '../../../src/report/packet/roomLabels.ts';
import type { Page, Primitive } from '../../../src/report/packet/types.ts';
import { sampleWith, tagged, texts } from './helpers.ts';

type Text = Extract<Primitive, { kind: 'text' }>;
const roomTexts = (page: Page): Text[] => page.primitives.filter((p): p is Text => p.kind === 'text' && /^(label|key):/.test(p.tag ?? ''));

describe('room labels a reviewer can read (center-100 on Letter, 1/16" = 1\'-0")', () => {
  const plan = sampleWith('center-100');
  const letter = packetPages(plan, { parts: ['facility'], date: '2025-01-15' })[0]!;
  const tabloid = packetPages(plan, { parts: ['facility'], paper: 'tabloid', date: '2025-01-15' })[0]!;
  const keyed = (page: Page) => [...new Set(tagged(page, 'key:').map((p) => p.tag!.slice(4)))];

  it('keeps the level on one sheet at the true standard scale', () => {
    expect(letter.placement!.scale).toMatchObject({ label: '1/16" = 1\'-0"', standard: true, pointsPerInch: 72 / 16 / 12 });
    expect(letter.size).toEqual([792, 612]);
  });

  it('sets no room text below the readable size', () => {
    const small = roomTexts(letter).filter((t) => t.size < READABLE_SIZE - 1e-9);
    expect(small.map((t) => `${t.tag} ${t.text} ${t.size}`)).toEqual([]);
  });

  it('numbers the rooms too small for their figures and lists every figure in the room key', () => {
    const rooms = keyed(letter);
    expect(rooms.length).toBeGreaterThan(3);
    // The small rooms, not the big ones: a closet and the staff restroom are keyed; the preschool rooms are not.
    expect(rooms).toEqual(expect.arrayContaining(['PCLOS', 'SBATH', 'STOR']));
    expect(rooms).not.toContain('PREA');
    expect(rooms).not.toContain('SA');
    const all = texts(letter);
    expect(all).toContain('ROOM KEY');
    for (const id of rooms) {
      const row = tagged(letter, `room-key:${id}`).map((p) => (p as Text).text);
      const room = plan.levels[0]!.rooms.find((r) => r.id === id)!;
      expect(row).toContain(room.name);
      // Its number on the plan is its number in the key.
      const badge = tagged(letter, `key:${id}`).find((p) => p.kind === 'text') as Text;
      expect(row[0]).toBe(badge.text);
    }
    // Key numbers run 1..n with none twice.
    const numbers = rooms.map((id) => Number((tagged(letter, `key:${id}`).find((p) => p.kind === 'text') as Text).text)).sort((a, b) => a - b);
    expect(numbers).toEqual(rooms.map((_, i) => i + 1));
    // The figures of a keyed room: dimensions and area, from the key.
    expect(tagged(letter, 'room-key:STOR').map((p) => (p as Text).text)).toEqual(expect.arrayContaining(["6'-0\" x 24'-0\"", '144.0']));
  });

  it('labels the big rooms in place with name, use, dimensions and usable area', () => {
    const prea = tagged(letter, 'label:PREA').map((p) => (p as Text).text);
    expect(prea).toEqual(expect.arrayContaining(['Preschool Room A (Owls)', "31'-0\" x 24'-0\"", '744.0 sq ft, usable 719.0']));
  });

  it('keeps each in-place label inside its room', () => {
    const facility = analyzeFacility(plan);
    const k = letter.placement!.scale.pointsPerInch;
    const [ox, oy] = letter.placement!.origin;
    for (const room of facility.rooms) {
      const lines = tagged(letter, `label:${room.room.id}`).filter((p): p is Text => p.kind === 'text');
      for (const t of lines) {
        // The baseline point back in plan inches lies in the room.
        const at: [number, number] = [(t.at[0] - ox) / k, (t.at[1] - oy) / k];
        expect(boxInRoom(room.room.polygon, at, 0.1, 0.1, k), `${room.room.id}: ${t.text}`).toBe(true);
      }
    }
  });

  it('needs the key less at a larger scale: Tabloid (3/32") keys fewer rooms', () => {
    expect(tabloid.placement!.scale.label).toBe('3/32" = 1\'-0"');
    expect(keyed(tabloid).length).toBeLessThan(keyed(letter).length);
  });

  it('puts no key on a sheet whose rooms all carry their labels', () => {
    const page = packetPages(sampleWith('small-center'), { parts: ['facility'], paper: 'tabloid' })[0]!;
    expect(texts(page)).not.toContain('ROOM KEY');
  });
});

describe('a key too long for the diagram\'s sheet (a 202-room plan)', () => {
  it('goes on over sheets of its own, so the drawing keeps its scale, every room once', () => {
    const plan = sampleWith('real-large');
    const withKey = packetPages(plan, { parts: ['facility'] });
    const diagram = withKey[0]!;
    expect(diagram.placement).toBeDefined();
    // The drawing keeps most of the sheet: at least half its height.
    const rooms = diagram.primitives.filter((p): p is Extract<Primitive, { kind: 'polygon' }> => p.kind === 'polygon' && (p.tag ?? '').startsWith('room:'));
    const ys = rooms.flatMap((p) => p.rings[0]!.map((q) => q[1]));
    const xs = rooms.flatMap((p) => p.rings[0]!.map((q) => q[0]));
    expect(Math.max(Math.max(...ys) - Math.min(...ys), (Math.max(...xs) - Math.min(...xs)) * (diagram.size[1] / diagram.size[0]))).toBeGreaterThan(diagram.size[1] * 0.4);
    expect(withKey.length).toBeGreaterThan(1);
    for (const page of withKey.slice(1)) {
      expect(page.part).toBe('facility');
      expect(texts(page)).toContain('FACILITY DIAGRAM: ROOM KEY, CONTINUED');
    }
    const numbered = withKey.flatMap((p) => tagged(p, 'room-key:')).filter((p, i, all) => all.findIndex((q) => q.tag === p.tag) === i);
    const badges = new Set(tagged(diagram, 'key:').map((p) => p.tag!.slice(4)));
    expect(new Set(numbered.map((p) => p.tag!.slice(9)))).toEqual(badges);
    expect(texts(diagram).join(' ')).toMatch(/Rooms \d+-\d+: on the next sheet\./);
  });
});

describe('label text', () => {
  it('breaks a long name in two at the balancing space, never before a joining mark', () => {
    expect(nameLines('Toddler Room (Bluebirds)').map((l) => l.map((x) => x.text))).toEqual([['Toddler Room (Bluebirds)'], ['Toddler Room', '(Bluebirds)']]);
    expect(nameLines('Dry Storage / Pantry')[1]!.map((x) => x.text)).toEqual(['Dry Storage /', 'Pantry']);
    expect(nameLines('Kitchen')).toHaveLength(1);
  });

  it('never drops the dimensions or areas from an in-place label, only the fixture count', () => {
    const sets = fullLabelSets({ name: 'Nap Room', use: 'Child care: infants', dimensions: "12'-0\" x 10'-0\"", area: '120.0 sq ft, usable 110.0', equipment: '4 cribs', shelter: true });
    for (const set of sets) {
      expect(set.map((l) => l.text)).toEqual(expect.arrayContaining(["12'-0\" x 10'-0\"", '120.0 sq ft, usable 110.0']));
      expect(set.map((l) => l.text).join(' ')).toContain('TORNADO SHELTER');
    }
    expect(sets[0]!.map((l) => l.text)).toContain('4 cribs');
    expect(sets.at(-1)!.map((l) => l.text)).not.toContain('4 cribs');
  });

  it('numbers the key in reading order: rows from the top, then left to right', () => {
    const keys = keyNumbers([
      { id: 'c', at: [500, 300] },
      { id: 'a', at: [100, 10] },
      { id: 'b', at: [400, 40] },
      { id: 'd', at: [50, 320] },
    ]);
    expect([...keys]).toEqual([
      ['a', 1],
      ['b', 2],
      ['d', 3],
      ['c', 4],
    ]);
  });

  it('finds a label box inside an L-shaped room, not in its notch', () => {
    const ring: [number, number][] = [[0, 0], [200, 0], [200, 100], [100, 100], [100, 200], [0, 200]];
    expect(boxInRoom(ring, [50, 50], 60, 60, 1)).toBe(true);
    expect(boxInRoom(ring, [100, 100], 20, 20, 1)).toBe(false);
    expect(labelSpot(ring).width).toBeGreaterThan(0);
  });
});
