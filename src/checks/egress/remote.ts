import { bestRemotePair } from '../../engine/egress/remoteness.ts';
import { exitAccessDoors } from '../../engine/egress/travel.ts';
import { atLeast, finding } from '../finding.ts';
import type { Check, Finding } from '../types.ts';
import { feetText, toFeet } from './travelFormat.ts';
import { levelsUsedByChildren } from './levelsUsed.ts';

/**
 * 500.087(1)(P), (4)(A): the two means of egress of each level (and of each infant room, which 087(6) gives two)
 * are at least half the maximum overall diagonal of the area they serve apart. No sprinkler reduction.
 */
export const egressRemote: Check = {
  id: 'egress.remote',
  citation: '5 CSR 25-500.087(1)(P), (4)(A)',
  title: 'Exits remote from each other',
  run(facility) {
    const out: Finding[] = [];
    const judge = (subject: string, level: string, label: string, pair: ReturnType<typeof bestRemotePair>, what: string) => {
      if (!pair) {
        out.push(finding(this, { subject, level, status: 'fail', message: `${label} has fewer than two ${what}, so none can be remote from another.` }));
        return;
      }
      const half = pair.diagonal / 2;
      out.push(finding(this, {
        subject,
        level,
        status: atLeast(toFeet(pair.separation), toFeet(half)),
        measured: toFeet(pair.separation),
        limit: toFeet(half),
        unit: 'ft',
        geometry: { type: 'segment', points: [pair.separationSegment[0], pair.separationSegment[1]] },
        message: `${label}: ${what} ${pair.doors[0].door.id} and ${pair.doors[1].door.id} are ${feetText(pair.separation)} apart; half the ${feetText(pair.diagonal)} diagonal is ${feetText(half)}.`,
      }));
    };
    for (const { level, rooms } of levelsUsedByChildren(facility)) {
      judge(level.id, level.id, level.name, bestRemotePair(facility.exits.filter((d) => d.level === level), rooms), 'exits');
    }
    for (const room of facility.rooms.filter((r) => r.servesInfantsOrToddlers)) {
      judge(room.room.id, room.level.id, room.room.name || room.room.id, bestRemotePair(exitAccessDoors(facility, room), [room]), 'means of egress');
    }
    return out.length ? out : [finding(this, { status: 'n/a', message: 'No level has a child-care room.' })];
  },
};
