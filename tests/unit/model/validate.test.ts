import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_PLAN_BYTES, parsePlanText, validatePlan } from '../../../src/model/validate.ts';

const base = readFileSync(new URL('../../fixtures/plans/one-room.json', import.meta.url), 'utf8');
const plan = () => JSON.parse(base);

function errorsOf(value: unknown) {
  const r = validatePlan(value);
  if (r.ok) throw new Error('expected the plan to be refused');
  return r.errors;
}

describe('plan validation: shape', () => {
  it('accepts the contract example plan', () => {
    const r = parsePlanText(base);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('refuses text that is not JSON, with line and column', () => {
    const r = parsePlanText('{"format": "safeplan.plan",\n  "version": 1,,}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toMatch(/not valid JSON.*line 2, column/);
  });

  it('refuses an empty file', () => {
    const r = parsePlanText('  \n');
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([expect.stringMatching(/empty/)]);
  });

  it('refuses a file over the size limit without parsing it', () => {
    const huge = `{"pad":"${'x'.repeat(MAX_PLAN_BYTES)}"}`;
    const r = parsePlanText(huge);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([expect.stringMatching(/MB; a plan file may be at most/)]);
  });

  it('names an unknown field by its path (a typo must not drop a wall)', () => {
    const p = plan();
    p.levels[0].rooms[0].polgon = p.levels[0].rooms[0].polygon;
    expect(errorsOf(p)).toContainEqual({ path: 'levels[0].rooms[0].polgon', message: expect.stringMatching(/unknown field "polgon"/) });
  });

  it('lists every problem at once: wrong enum, missing field, wrong type', () => {
    const p = plan();
    p.facility.kind = 'daycare';
    delete p.levels[0].elevation;
    p.levels[0].doors[0].a = [360, '20'];
    const paths = errorsOf(p).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['facility.kind', 'levels[0].elevation', 'levels[0].doors[0].a[1]']));
  });

  it.each([NaN, Infinity, -Infinity])('refuses %s as a coordinate', (bad) => {
    const p = plan();
    p.levels[0].items[0].at = [bad, 40];
    expect(errorsOf(p).map((e) => e.path)).toContain('levels[0].items[0].at[0]');
  });

  it('refuses the wrong format tag and version', () => {
    const p = plan();
    p.format = 'floorplan';
    p.version = 2;
    expect(errorsOf(p).map((e) => e.path)).toEqual(['format', 'version']);
  });
});

describe('plan validation: geometry', () => {
  it('refuses a bowtie room, naming the crossing edges', () => {
    const p = plan();
    p.levels[0].rooms[0].polygon = [[0, 0], [360, 300], [360, 0], [0, 300]];
    const errors = errorsOf(p);
    expect(errors).toContainEqual({ path: 'levels[0].rooms[0].polygon', message: expect.stringMatching(/crosses itself: edges \d and \d meet/) });
  });

  it('refuses a room with no area', () => {
    const p = plan();
    p.levels[0].rooms[1].polygon = [[365, 0], [400, 0], [461, 0]];
    expect(errorsOf(p)).toContainEqual({ path: 'levels[0].rooms[1].polygon', message: expect.stringMatching(/no area/) });
  });

  it('accepts a vertex repeated back to back, as imported plans have', () => {
    const p = plan();
    p.levels[0].rooms[0].polygon = [[0, 0], [360, 0], [360, 0], [360, 300], [0, 300]];
    expect(validatePlan(p).ok).toBe(true);
  });

  it('refuses a door 14" off its wall, with the distance', () => {
    const p = plan();
    p.levels[0].doors[1].a = [150, 286];
    p.levels[0].doors[1].b = [186, 286];
    const errors = errorsOf(p);
    expect(errors).toContainEqual({ path: 'levels[0].doors[1].a', message: 'the jamb is 14" from the nearest wall face of room "R1"; a door must lie on its room\'s wall' });
  });

  it('accepts a jamb 1" off the wall face and refuses 1.5"', () => {
    const p = plan();
    p.levels[0].doors[1].a = [150, 299];
    p.levels[0].doors[1].b = [186, 299];
    expect(validatePlan(p).ok).toBe(true);
    p.levels[0].doors[1].a = [150, 298.5];
    expect(errorsOf(p).map((e) => e.path)).toEqual(['levels[0].doors[1].a']);
  });

  it('refuses a door whose other room is more than 24" across the wall', () => {
    const p = plan();
    for (const v of p.levels[0].rooms[1].polygon) v[0] += 30;
    for (const it of p.levels[0].items.slice(0, 2)) it.at[0] += 30;
    expect(errorsOf(p)).toContainEqual({ path: 'levels[0].doors[0].rooms[1]', message: expect.stringMatching(/room "R2" is 35" from this door/) });
  });

  it('refuses dangling references: rooms, swing side, stair target', () => {
    const p = plan();
    p.levels[0].doors[0].rooms = ['R1', 'R9'];
    p.levels[0].doors[1].swing = 'R2';
    p.levels[0].windows[0].room = 'R7';
    const errors = errorsOf(p);
    expect(errors).toContainEqual({ path: 'levels[0].doors[0].rooms[1]', message: 'there is no room "R9" on this level' });
    expect(errors).toContainEqual({ path: 'levels[0].doors[1].swing', message: expect.stringMatching(/neither of its sides/) });
    expect(errors).toContainEqual({ path: 'levels[0].windows[0].room', message: 'there is no room "R7" on this level' });
  });

  it('refuses an item outside every room', () => {
    const p = plan();
    p.levels[0].items[2].at = [362, 150]; // in the wall gap between the rooms
    expect(errorsOf(p)).toEqual([{ path: 'levels[0].items[2].at', message: 'the shelving "SH1" at (362, 150) is not inside any room of level "Main floor"; every item must stand in a room' }]);
  });

  it('refuses duplicate ids, pointing at the first use', () => {
    const p = plan();
    p.levels[0].rooms[1].id = 'R1';
    expect(errorsOf(p)).toContainEqual({ path: 'levels[0].rooms[1].id', message: 'the id "R1" is already used by levels[0].rooms[0]; ids must be unique in the file' });
  });

  it('refuses overlapping rooms but accepts rooms touching along a wall', () => {
    const p = plan();
    p.levels[0].rooms[1].polygon = [[360, 0], [461, 0], [461, 72], [360, 72]];
    expect(validatePlan(p).ok).toBe(true);
    p.levels[0].rooms[1].polygon = [[300, 0], [461, 0], [461, 72], [300, 72]];
    expect(errorsOf(p)).toContainEqual({ path: 'levels[0].rooms[1].polygon', message: expect.stringMatching(/overlaps room "Preschool"/) });
  });

  it('refuses the same room drawn twice on top of itself', () => {
    const p = plan();
    p.levels[0].rooms.push({ ...p.levels[0].rooms[0], id: 'R3', name: 'Copy' });
    expect(errorsOf(p)).toContainEqual({ path: 'levels[0].rooms[2].polygon', message: expect.stringMatching(/overlaps/) });
  });

  it('accepts every real plan drawn elsewhere', () => {
    for (const f of ['floorspace-large-story0', 'floorspace-large-story1', 'floorspace-large-story2', 'floorspace-two-story-0', 'floorspace-two-story-1']) {
      const r = parsePlanText(readFileSync(new URL(`../../fixtures/real-plans/${f}.json`, import.meta.url), 'utf8'));
      expect(r.ok ? [] : r.errors.slice(0, 3), f).toEqual([]);
    }
  });
});
