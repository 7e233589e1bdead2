import { restroomFor } from '../../engine/bathroomFixtures.ts';
import { capacityModel } from '../../engine/capacity.ts';
import { enrolledTotal, enrollmentOf } from '../../engine/careAges.ts';
import { finding, names } from '../finding.ts';
import type { Check } from '../types.ts';

/** 500.082(3)(A)8: a center licensed for more than 50 children has a separate bathroom or stall for staff. */
export const bathStaff: Check = {
  id: 'bath.staff',
  citation: '5 CSR 25-500.082(3)(A)8',
  title: 'Staff bathroom above 50 children',
  run(facility) {
    if (facility.plan.facility.kind !== 'center') return [finding(this, { status: 'n/a', message: 'Applies to child care centers only.' })];
    const e = enrollmentOf(facility);
    const children = Math.max(capacityModel(facility).licensed, e ? enrolledTotal(e) : 0);
    if (children <= 50) return [finding(this, { status: 'n/a', measured: children, limit: 50, unit: 'children', message: `Licensed for ${children} children, not more than 50.` })];
    const staff = facility.rooms.filter((r) => r.room.use === 'bathroom' && restroomFor(r) === 'staff');
    if (staff.length) return [finding(this, { status: 'pass', subject: staff[0]!.room.id, measured: children, limit: 50, unit: 'children', message: `Licensed for ${children} children; staff have ${names(staff)}.` })];
    return [finding(this, {
      status: 'fail',
      measured: children,
      limit: 50,
      unit: 'children',
      message: `Licensed for ${children} children, more than 50, but no bathroom is for staff; mark one "Restroom for: staff" (or name it "Staff toilet").`,
    })];
  },
};
