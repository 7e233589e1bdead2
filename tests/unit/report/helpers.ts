/** Plans for the packet tests: the samples, read and validated, with the packet extensions set where asked. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../../../src/model/schema.ts';
import { parsePlanText } from '../../../src/model/validate.ts';
import type { Page, Primitive } from '../../../src/report/packet/types.ts';

export const root = new URL('../../../', import.meta.url).pathname;

export function sampleJson(name: string): { facility: Record<string, unknown>; levels: { rooms: { id: string; tornadoShelter?: boolean }[] }[] } {
  return JSON.parse(readFileSync(join(root, 'public/samples', `${name}.json`), 'utf8'));
}

export function planOf(json: unknown): Plan {
  const r = parsePlanText(JSON.stringify(json));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

/** A sample with a facility telephone and the rooms given marked as the tornado shelter area. */
/**
 * A sample with its telephone and tornado shelters as given: `shelters` names every shelter room (others lose the
 * mark the sample may carry; [] leaves none), absent keeps the sample's own.
 */
export function sampleWith(name: string, extras: { phone?: string; shelters?: readonly string[] } = {}): Plan {
  const json = sampleJson(name);
  if (extras.phone) json.facility.phone = extras.phone;
  if (extras.shelters) {
    for (const level of json.levels) {
      for (const room of level.rooms) {
        if (extras.shelters.includes(room.id)) room.tornadoShelter = true;
        else delete room.tornadoShelter;
      }
    }
  }
  return planOf(json);
}

export const texts = (page: Page): string[] => page.primitives.flatMap((p) => (p.kind === 'text' ? [p.text] : []));
export const tagged = (page: Page, prefix: string): Primitive[] => page.primitives.filter((p) => p.tag?.startsWith(prefix));
