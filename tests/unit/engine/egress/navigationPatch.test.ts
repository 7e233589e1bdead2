/**
 * A level's graph patched after an edit (LevelNavigation.patchFrom) gives the figures a fresh build gives: for random
 * edits of furniture — moved, turned, taken away, added — on furnished plans, every room's most remote point and
 * distance, every sleeping room's, and every room door's distance, before and after clearing every cache.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeFacility } from '../../../../src/engine/facility.ts';
import { clearReuseCaches } from '../../../../src/engine/egress/reuse.ts';
import { doorTravel, levelNavigation, roomTravel, sleepingRoomTravel } from '../../../../src/engine/egress/travel.ts';
import type { Plan } from '../../../../src/model/schema.ts';
import { parsePlanText } from '../../../../src/model/validate.ts';
import { generateFacility, prng } from '../../../../bench/generate.ts';

function sample(name: string): Plan {
  const parsed = parsePlanText(readFileSync(fileURLToPath(new URL(`../../../../public/samples/${name}`, import.meta.url)), 'utf8'));
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.value;
}

/** Every egress figure of a plan that the graph decides, and whether its levels' graphs were patched. */
function figures(plan: Plan) {
  const facility = analyzeFacility(plan);
  const patched = facility.plan.levels.map((l) => levelNavigation(facility, l).patched);
  const rooms = facility.rooms.map((room) => {
    const t = roomTravel(facility, room);
    const s = room.sleeping ? sleepingRoomTravel(facility, room) : null;
    return { id: room.room.id, point: t.worstPoint, distance: t.distance, exit: t.exit?.door.id, sleepPoint: s?.worstPoint, sleep: s?.distance };
  });
  const doors = facility.doors.filter((d) => !d.isExit).map((d) => ({ id: d.door.id, distance: doorTravel(facility, d)?.distance ?? null }));
  return { patched, rooms, doors };
}

/** A random edit of one piece of furniture: moved up to 3 ft, turned, taken away, or copied beside itself. */
function edit(plan: Plan, random: () => number): Plan {
  const copy = structuredClone(plan) as Plan;
  const level = copy.levels[Math.floor(random() * copy.levels.length)]!;
  const items = level.items.filter((i) => i.size);
  if (items.length === 0) return copy;
  const item = items[Math.floor(random() * items.length)]!;
  const what = random();
  if (what < 0.6) item.at = [item.at[0] + (random() - 0.5) * 72, item.at[1] + (random() - 0.5) * 72];
  else if (what < 0.75) item.rotation = ((item.rotation ?? 0) + 90 * Math.ceil(random() * 3)) % 360;
  else if (what < 0.9) level.items.splice(level.items.indexOf(item), 1);
  else level.items.push({ ...structuredClone(item), id: `${item.id}-copy${Math.floor(random() * 1e6)}`, at: [item.at[0] + 40, item.at[1]] });
  return copy;
}

describe('a graph patched after an edit measures as one built afresh', () => {
  for (const [name, start] of [
    ['center-100', () => sample('center-100.json')],
    ['small-center', () => sample('small-center.json')],
    ['generated-10', () => generateFacility(10)],
  ] as const) {
    it(`${name}: 12 random furniture edits`, () => {
      const random = prng(17);
      let plan = start();
      let patches = 0;
      for (let k = 0; k < 12; k++) {
        const next = edit(plan, random);
        clearReuseCaches();
        figures(plan); // the graph before the edit
        const patched = figures(next);
        clearReuseCaches();
        const fresh = figures(next);
        expect(fresh.patched.some(Boolean)).toBe(false);
        patches += patched.patched.filter(Boolean).length;
        expect(patched.rooms, `edit ${k}`).toEqual(fresh.rooms);
        expect(patched.doors, `edit ${k}`).toEqual(fresh.doors);
        plan = next;
      }
      // Most edits leave the doorways alone, so most are patched: the test is not about fresh builds only.
      expect(patches).toBeGreaterThan(6);
    });
  }
});
