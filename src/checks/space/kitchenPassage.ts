import type { Check } from '../types.ts';
import { passageFindings } from './passage.ts';

/** 500.082(5)(F): kitchens are not passageways for children. */
export const spaceKitchenPassage: Check = {
  id: 'space.kitchen-passage',
  citation: '5 CSR 25-500.082(5)(F)',
  title: 'Kitchens are not passageways',
  run(facility) {
    return passageFindings(this, facility, {
      forbidden: (r) => r.room.use === 'kitchen',
      starts: (r) => r.isChildCare,
      what: 'a kitchen',
      none: 'The plan has no kitchen.',
    });
  },
};
