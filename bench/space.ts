/**
 * `npm run bench` (first table's companion): validation plus the Space and capacity checks alone — the engine as
 * the foundation issue set it, whose target is the 100-room center in under 20 ms.
 */
import { CHECKS, runChecks } from '../src/checks/index.ts';
import { analyzeFacility } from '../src/engine/facility.ts';
import { parsePlanText } from '../src/model/validate.ts';
import { generateFacility } from './generate.ts';
import { median } from './stats.ts';

const SPACE_AND_CAPACITY = new Set([
  'space.usable', 'space.preschool', 'space.infant-toddler', 'space.infant-group', 'space.infant-passage', 'space.kitchen-passage',
  'space.school-age', 'capacity.licensed', 'bath.toilets', 'bath.staff', 'bath.school-age', 'bath.potty', 'diaper.tables', 'sleep.aisle',
  'sleep.cribs', 'indoor.mats', 'indoor.window-barrier', 'indoor.floor', 'indoor.ceiling', 'outdoor.area',
]);
const checks = CHECKS.filter((c) => SPACE_AND_CAPACITY.has(c.id));

console.log('\nValidation + Space and capacity checks (the foundation engine), median ms');
for (const rooms of [10, 100, 1000, 5000]) {
  const text = JSON.stringify(generateFacility(rooms));
  const times: number[] = [];
  const warmUp = rooms >= 1000 ? 1 : 5;
  for (let k = 0; k < warmUp + (rooms >= 5000 ? 3 : 9); k++) {
    const t = performance.now();
    const parsed = parsePlanText(text);
    if (!parsed.ok) throw new Error('the generated plan was refused');
    runChecks(analyzeFacility(parsed.value), checks);
    if (k >= warmUp) times.push(performance.now() - t);
  }
  const ms = median(times);
  console.log(`generated-${rooms}`.padEnd(18), String(rooms).padStart(5), `${ms.toFixed(1).padStart(8)} ms${rooms === 100 ? `   (target < 20 ms: ${ms < 20 ? 'met' : 'missed'})` : ''}`);
}
