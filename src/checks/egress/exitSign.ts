import { distance } from '../../geometry/index.ts';
import { finding } from '../finding.ts';
import type { Check } from '../types.ts';
import { doorGeometry, doorMidpoint, doorName } from './egressDoors.ts';

/** An exit-sign item this close to the middle of the opening (10 ft) marks that door. */
export const EXIT_SIGN_REACH = 120;

/**
 * 500.087(4)(C): exit doors "shall be marked with a lighted exit sign with a battery backup of ninety (90) minutes".
 * The rule gives no exception (the one-room exception of (12)(E) is for the fire alarm only), so every exit door —
 * to outside or into an exit stair — needs one: the door marked `exitSign`, or an `exit-sign` item within 10 ft of
 * the middle of its opening on the same level.
 */
export const egressExitSign: Check = {
  id: 'egress.exit-sign',
  citation: '5 CSR 25-500.087(4)(C)',
  title: 'Lighted exit signs',
  run(facility) {
    if (facility.exits.length === 0) return [finding(this, { status: 'n/a', message: 'No exit door (to outside or into an exit stair) is drawn.' })];
    const signs = facility.items.filter((i) => i.item.type === 'exit-sign');
    return facility.exits.map((door) => {
      const mid = doorMidpoint(door);
      const near = signs
        .filter((s) => s.room.level.id === door.level.id)
        .map((s) => ({ s, d: distance(s.item.at, mid) }))
        .filter((x) => x.d <= EXIT_SIGN_REACH)
        .sort((a, b) => a.d - b.d)[0];
      const marked = door.door.exitSign === true;
      const status = marked || near ? 'pass' : 'fail';
      const how = marked ? 'is marked with a lighted exit sign' : near ? `has exit sign ${near.s.item.id} ${Math.round(near.d / 12 * 10) / 10} ft from it` : 'has no lighted exit sign (none marked on the door, none within 10 ft)';
      return finding(this, {
        status,
        subject: door.door.id,
        level: door.level.id,
        geometry: doorGeometry(door),
        message: `Exit ${doorName(door)} ${how}; every exit door needs a lighted exit sign with a 90-minute battery.`,
      });
    });
  },
};
