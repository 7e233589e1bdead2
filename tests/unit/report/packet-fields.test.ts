import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFacility } from '../../../src/engine/facility.ts';
import { validatePlan } from '../../../src/model/validate.ts';
import { buildPacket } from '../../../src/report/packet/index.ts';
import { packetPages } from '../../../src/report/packet/pages.ts';
import { SHELTER_COLOR, SHELTER_FILL } from '../../../src/report/packet/roomLabels.ts';
import { shelterRoute } from '../../../src/report/packet/shelterRoute.ts';
import { evacuationRoutes } from '../../../src/report/packet/routes.ts';
import type { Primitive } from '../../../src/report/packet/types.ts';
import { sampleJson, sampleWith, tagged, texts } from './helpers.ts';

const PDFTOTEXT = '/usr/bin/pdftotext';
const PHONE = '573-555-0142';

describe('plan-format extensions: facility.phone and rooms[].tornadoShelter', () => {
  it('are optional: the samples validate without them, and with them', () => {
    const json = sampleJson('center-100');
    expect(validatePlan(json).ok).toBe(true);
    json.facility.phone = PHONE;
    json.levels[0]!.rooms[0]!.tornadoShelter = true;
    const r = validatePlan(json);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.facility.phone).toBe(PHONE);
  });

  it('are refused when of the wrong type, with the path', () => {
    const json = sampleJson('center-100') as unknown as { facility: { phone: unknown }; levels: { rooms: { tornadoShelter: unknown }[] }[] };
    json.facility.phone = 5735550142;
    json.levels[0]!.rooms[1]!.tornadoShelter = 'yes';
    const r = validatePlan(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path).sort()).toEqual(['facility.phone', 'levels[0].rooms[1].tornadoShelter']);
  });
});

describe('the facility telephone (500.090(2)(B)1.A)', () => {
  const plan = sampleWith('small-center', { phone: PHONE });

  it('is in the title block of the diagrams and on the report', () => {
    const [facility, outdoor, report] = packetPages(plan, { parts: ['facility', 'outdoor', 'report'] });
    for (const page of [facility!, outdoor!]) expect(tagged(page, 'phone').map((p) => (p as Extract<Primitive, { kind: 'text' }>).text)).toEqual([`Tel. ${PHONE}`]);
    expect(texts(report!).some((t) => t.includes(`Tel. ${PHONE}`))).toBe(true);
  });

  it('fills the facility telephone of the posters\' emergency numbers, left blank without it', () => {
    const poster = packetPages(plan, { parts: ['evacuation'] })[0]!;
    const all = texts(poster);
    const at = all.indexOf('Facility telephone:');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(all[at + 1]).toBe(PHONE);
    const without = texts(packetPages(sampleWith('small-center'), { parts: ['evacuation'] })[0]!);
    expect(without[without.indexOf('Facility telephone:') + 1]).not.toBe(PHONE);
  });
});

describe('the tornado shelter area (087(2)(E), 090(1)(C)2)', () => {
  const plan = sampleWith('center-100', { shelters: ['PCLOS', 'PBATH'] });
  const facility = analyzeFacility(plan);

  it('is marked on the facility diagram: filled, labelled, and in the legend', () => {
    const page = packetPages(plan, { parts: ['facility'] })[0]!;
    expect(texts(page)).toContain('Tornado shelter area, 090(1)(C)2');
    // On Letter the closet is keyed: filled in the shelter's colour, its number in that colour, its key line says so.
    const fill = tagged(page, 'fill:PCLOS')[0] as Extract<Primitive, { kind: 'polygon' }>;
    expect(fill.fill).toEqual(SHELTER_FILL);
    const badge = tagged(page, 'key:PCLOS').find((p) => p.kind === 'circle') as Extract<Primitive, { kind: 'circle' }>;
    expect(badge.stroke?.color).toEqual(SHELTER_COLOR);
    expect(tagged(page, 'room-key:PCLOS').map((p) => (p as Extract<Primitive, { kind: 'text' }>).text).join(' ')).toMatch(/Tornado shelter/);
    // On Tabloid the room is big enough to say it in words.
    const tabloid = packetPages(plan, { parts: ['facility'], paper: 'tabloid' })[0]!;
    expect(tagged(tabloid, 'label:PCLOS').map((p) => (p as Extract<Primitive, { kind: 'text' }>).text).join(' ')).toContain('TORNADO SHELTER');
    // Without a shelter, no such legend entry.
    expect(texts(packetPages(sampleWith('center-100', { shelters: [] }), { parts: ['facility'] })[0]!)).not.toContain('Tornado shelter area, 090(1)(C)2');
  });

  it('gets a route on every poster of its level: a walk to a door of the shelter', () => {
    const pages = packetPages(plan, { parts: ['evacuation'] });
    for (const page of pages) {
      expect(tagged(page, 'route:tornado').length, page.title).toBeGreaterThan(0);
      const all = texts(page).join(' ');
      expect(all).toContain('TORNADO: TAKE SHELTER INSIDE');
      expect(all).toMatch(/T +TORNADO: .*(Preschool Closet|Preschool Bathroom), the tornado shelter area, about \d+ ft\./);
    }
    const room = facility.roomsById.get('INF1')!;
    const route = shelterRoute(facility, room, evacuationRoutes(facility, room).start);
    if (route.kind !== 'route') throw new Error(route.kind);
    const end = route.points.at(-1)!;
    const door = facility.doors.find((d) => (d.from === route.shelter || d.to === route.shelter) && Math.hypot(end[0] - (d.door.a[0] + d.door.b[0]) / 2, end[1] - (d.door.a[1] + d.door.b[1]) / 2) < 12);
    expect(door).toBeDefined();
    let length = 0;
    for (let i = 1; i < route.points.length; i++) length += Math.hypot(route.points[i]![0] - route.points[i - 1]![0], route.points[i]![1] - route.points[i - 1]![1]);
    expect(length).toBeCloseTo(route.distance, 3);
  });

  it('tells a shelter room to stay, and leaves a blank when the plan marks no shelter', () => {
    const inRoom = sampleWith('center-100', { shelters: ['SA'] });
    const sa = packetPages(inRoom, { parts: ['evacuation'] }).find((p) => p.room === 'SA')!;
    expect(texts(sa).join(' ')).toMatch(/Stay in this room: it is the tornado shelter area/);
    expect(tagged(sa, 'route:tornado')).toHaveLength(0);
    const none = packetPages(sampleWith('center-100', { shelters: [] }), { parts: ['evacuation'] })[0]!;
    const all = texts(none);
    expect(all).toContain('Safe place inside:');
    expect(tagged(none, 'route:tornado')).toHaveLength(0);
  });

  it.skipIf(!existsSync(PDFTOTEXT))('reaches the PDF as real text with the telephone (pdftotext)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'safeplan-fields-'));
    const file = join(dir, 'packet.pdf');
    writeFileSync(file, await buildPacket(sampleWith('center-100', { phone: PHONE, shelters: ['PCLOS'] }), { parts: ['facility', 'evacuation'], date: '2025-01-15' }).pdf());
    const text = execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' });
    for (const t of [`Tel. ${PHONE}`, `Facility telephone: ${PHONE}`, 'TORNADO: TAKE SHELTER INSIDE', 'Tornado shelter area, 090(1)(C)2', 'Safe place inside: Preschool Closet', 'ROOM KEY']) expect(text).toContain(t);
  });
});
