import { childrenInCare } from '../egress/occupants.ts';
import { finding } from '../finding.ts';
import type { Check } from '../types.ts';

export const MONITORED_CHILDREN = 100;

/**
 * 500.087(12)(G): a center caring for more than 100 children at one time has a fire alarm system that notifies a
 * monitoring company or the fire department, with the contract on file — which no plan can show, so `verify`.
 */
export const detectMonitoring: Check = {
  id: 'detect.monitoring',
  citation: '5 CSR 25-500.087(12)(G)',
  title: 'Monitored fire alarm',
  run(facility) {
    const { children, basis } = childrenInCare(facility);
    const center = facility.plan.facility.kind === 'center';
    if (center && children > MONITORED_CHILDREN) {
      return [finding(this, { status: 'verify', measured: children, limit: MONITORED_CHILDREN, unit: 'children', message: `The center cares for more than 100 children (${basis}): its fire alarm must notify a monitoring company or the fire department, with the contract on file.` })];
    }
    return [finding(this, { status: 'n/a', measured: children, limit: MONITORED_CHILDREN, unit: 'children', message: `A monitored fire alarm is required in centers caring for more than 100 children; this ${center ? 'center' : 'group home'} has ${basis}.` })];
  },
};
