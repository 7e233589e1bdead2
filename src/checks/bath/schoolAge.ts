import { restroomFor } from '../../engine/bathroomFixtures.ts';
import { agesInCare, enrollmentOf } from '../../engine/careAges.ts';
import { finding, names } from '../finding.ts';
import type { Check } from '../types.ts';

/** 500.082(3)(B): school-age children have separate girls' and boys' bathrooms, or one of their own when 20 or fewer. */
export const bathSchoolAge: Check = {
  id: 'bath.school-age',
  citation: '5 CSR 25-500.082(3)(B)',
  title: 'School-age bathrooms',
  run(facility) {
    if (facility.plan.facility.kind !== 'center') return [finding(this, { status: 'n/a', message: 'Applies to child care centers only.' })];
    if (!agesInCare(facility).has('schoolAge')) return [finding(this, { status: 'n/a', message: 'No school-age children are in care.' })];
    const bathrooms = facility.rooms.filter((r) => r.room.use === 'bathroom');
    const girls = bathrooms.filter((r) => restroomFor(r) === 'girls');
    const boys = bathrooms.filter((r) => restroomFor(r) === 'boys');
    if (girls.length && boys.length) return [finding(this, { status: 'pass', message: `Separate bathrooms: girls ${names(girls)}, boys ${names(boys)}.` })];
    const own = bathrooms.filter((r) => restroomFor(r) === 'school-age');
    const schoolAge = enrollmentOf(facility)?.schoolAge;
    if (own.length) {
      if (schoolAge === undefined) return [finding(this, { status: 'warn', message: `${names(own)} is for school-age children only, which is enough for at most 20; give the enrollment to confirm.` })];
      if (schoolAge <= 20) return [finding(this, { status: 'pass', measured: schoolAge, limit: 20, unit: 'children', message: `${schoolAge} school-age children share ${names(own)}, kept for them (at most 20).` })];
      return [finding(this, { status: 'fail', measured: schoolAge, limit: 20, unit: 'children', message: `${schoolAge} school-age children need separate girls' and boys' bathrooms; one for school-age only serves at most 20.` })];
    }
    return [finding(this, {
      status: 'warn',
      message: 'No bathroom is marked for girls and boys, or for school-age children only; mark them ("Restroom for") so the plan shows 500.082(3)(B) is met.',
    })];
  },
};
