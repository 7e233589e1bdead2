import { capacityModel } from '../../engine/capacity.ts';
import { infantToddlerRule } from '../../engine/careAges.ts';
import { atMost, finding, sqft } from '../finding.ts';
import type { Check } from '../types.ts';
import { enrolledIn } from './enrolledBySpace.ts';

/**
 * 500.082(2)(B)2.A-B: infant/toddler space — 35 sq ft (cribs deducted) in small facilities; 45 sq ft (napping
 * equipment not deducted) in new infant/toddler space of larger ones; 35 for groups of only two-year-olds;
 * 35 with cribs deducted in larger facilities licensed before the rules and unaltered (1.D).
 */
export const spaceInfantToddler: Check = {
  id: 'space.infant-toddler',
  citation: '5 CSR 25-500.082(2)(B)2.A-B',
  title: 'Space per infant, toddler and two-year-old',
  run(facility) {
    const space = capacityModel(facility).infantToddler;
    const enrolled = enrolledIn(facility, 'infant-toddler');
    const rule = infantToddlerRule(facility);
    if (!space) {
      if (enrolled) return [finding(this, { status: 'fail', measured: enrolled, limit: 0, unit: 'children', message: `${enrolled} infants, toddlers and two-year-olds are enrolled but no child-care room is drawn for them.` })];
      return [finding(this, { status: 'n/a', message: 'No room is used for infants, toddlers or groups of two-year-olds.' })];
    }
    const byRoom = space.rooms
      .map((r) => `${r.room.room.name}: ${sqft(r.usableSqFt)} at ${r.rule.perChild} = ${Math.floor(r.bySpace + 1e-9)}${r.cap ? ` (held to ${r.cap.children}: ${r.cap.reason})` : ''}`)
      .join('; ');
    const why = `Rule ${rule.citation.replace('5 CSR 25-', '')} for ${rule.why}`;
    const citation = space.rooms.length ? [...new Set(space.rooms.map((r) => r.rule.citation))].join(', ') : undefined;
    if (enrolled === null || enrolled === 0) {
      return [finding(this, {
        status: space.children > 0 ? 'pass' : 'fail',
        measured: space.children,
        unit: 'children',
        citation,
        message: `Infant/toddler space allows ${space.children} children (${byRoom}). ${why}.`,
      })];
    }
    return [finding(this, {
      status: atMost(enrolled, space.children),
      measured: enrolled,
      limit: space.children,
      unit: 'children',
      citation,
      message: `${enrolled} infants, toddlers and two-year-olds enrolled; the space allows ${space.children} (${byRoom}). ${why}.`,
    })];
  },
};
