import { capacityModel } from '../../engine/capacity.ts';
import { enrolledTotal, enrollmentOf } from '../../engine/careAges.ts';
import { atMost, finding } from '../finding.ts';
import type { Check } from '../types.ts';

/** 500.082, 500.112: the licensed capacity is the least of every limit the plan shows. */
export const capacityLicensed: Check = {
  id: 'capacity.licensed',
  citation: '5 CSR 25-500.082, 500.112',
  title: 'Licensed capacity',
  run(facility) {
    const model = capacityModel(facility);
    const binding = model.limits.find((l) => l.id === model.binding);
    const why = binding ? ` set by ${binding.id}: ${binding.basis}.` : '.';
    const raise = model.raise ? ` ${model.raise}` : '';
    const e = enrollmentOf(facility);
    if (!e) {
      return [finding(this, {
        status: model.licensed > 0 ? 'pass' : 'fail',
        measured: model.licensed,
        unit: 'children',
        message: `Licensed capacity ${model.licensed}${why}${raise}`,
      })];
    }
    const total = enrolledTotal(e);
    return [finding(this, {
      status: model.licensed === 0 ? 'fail' : atMost(total, model.licensed),
      measured: total,
      limit: model.licensed,
      unit: 'children',
      message: `${total} children enrolled against a licensed capacity of ${model.licensed}${why}${raise}`,
    })];
  },
};
