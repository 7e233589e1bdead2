import { agesInCare } from '../../engine/careAges.ts';
import { finding, names } from '../finding.ts';
import type { Check } from '../types.ts';

/** 500.082(2)(B)1.K: school-age children in care have space apart from the preschool program. */
export const spaceSchoolAge: Check = {
  id: 'space.school-age',
  citation: '5 CSR 25-500.082(2)(B)1.K',
  title: 'School-age space apart from preschool',
  run(facility) {
    if (!agesInCare(facility).has('schoolAge')) return [finding(this, { status: 'n/a', message: 'No school-age children are in care.' })];
    const schoolAgeRooms = facility.rooms.filter((r) => r.ages.has('schoolAge'));
    // The preschool program is everyone under school age: preschoolers, twos, toddlers, infants.
    const apart = schoolAgeRooms.filter((r) => [...r.ages].every((a) => a === 'schoolAge'));
    if (apart.length) return [finding(this, { status: 'pass', subject: apart[0]!.room.id, message: `School-age children have space of their own: ${names(apart)}.` })];
    if (schoolAgeRooms.length === 0) return [finding(this, { status: 'fail', message: 'School-age children are enrolled but no room is drawn for them.' })];
    return [finding(this, { status: 'fail', subject: schoolAgeRooms[0]!.room.id, message: `School-age children share ${names(schoolAgeRooms)} with younger children; they need space apart from the preschool program.` })];
  },
};
