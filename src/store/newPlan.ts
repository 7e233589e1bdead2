/** The plan "New" starts from: one empty level at grade, the facts that choose which limits apply left at the strictest. */
import type { Plan } from '../model/schema.ts';

export function emptyPlan(): Plan {
  return {
    format: 'safeplan.plan',
    version: 1,
    facility: { name: 'New facility', kind: 'center', licensing: 'new', sprinklered: false, nighttime: false },
    levels: [{ id: 'L1', name: 'Main floor', elevation: 0, rooms: [], doors: [], windows: [], items: [] }],
  };
}
