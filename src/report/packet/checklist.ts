/**
 * Rules no drawing can show, listed once as an on-site checklist (checks.md: "Rules that no drawing can show ...
 * are listed once in the report as an on-site checklist with their citations, status `verify`"). Each citation was
 * read against the rule text (shared/seeds, 5 CSR 25-500); the sentence says what the inspector looks for.
 */
import type { Plan } from '../../model/schema.ts';

export interface OnSiteItem {
  readonly citation: string;
  readonly text: string;
  /** Only for facilities it concerns (sprinklered, fuel-burning appliances ...); always when absent. */
  readonly applies?: (plan: Plan) => boolean;
}

const hasItem = (plan: Plan, types: readonly string[]) => plan.levels.some((l) => l.items.some((i) => types.includes(i.type)));
const hasRoom = (plan: Plan, uses: readonly string[]) => plan.levels.some((l) => l.rooms.some((r) => uses.includes(r.use)));

export const ON_SITE_CHECKLIST: readonly OnSiteItem[] = [
  { citation: '5 CSR 25-500.082(2)(A)4', text: 'Lighting gives at least 10 footcandles throughout each room used for child care.' },
  { citation: '5 CSR 25-500.082(2)(A)5', text: 'Rooms are kept between 68°F and 85°F, measured 2 ft from the floor; dry, ventilated and free of drafts.' },
  { citation: '5 CSR 25-500.082(2)(A)2', text: 'Open windows and doors are screened securely.' },
  { citation: '5 CSR 25-500.082(2)(A)3', text: 'Clear glass doors are marked plainly at varying heights.' },
  { citation: '5 CSR 25-500.082(2)(A)6', text: 'Walls, ceilings and floors are easily cleaned, free of splinters, cracks and chipping paint; lead-free paint.' },
  { citation: '5 CSR 25-500.082(2)(A)10', text: 'A telephone in working order is available for incoming and outgoing calls.' },
  { citation: '5 CSR 25-500.082(2)(A)11', text: 'Telephone numbers for police, fire department, ambulance and other emergencies are posted near the telephone.' },
  { citation: '5 CSR 25-500.082(1)(G); 087(14)(B)', text: 'Protective outlet covers or twist-lock outlets in every area children can reach.' },
  { citation: '5 CSR 25-500.082(1)(I); 087(2)(H)', text: 'Flammable liquids, matches, cleaning supplies, poisons, medicines, alcohol and other hazardous items are inaccessible to children.' },
  { citation: '5 CSR 25-500.082(1)(J)', text: 'Guns, ammunition and other weapons are stored in a locked cabinet or locked closet.' },
  { citation: '5 CSR 25-500.082(1)(F)', text: 'Approved safety gates at stairways and doors where needed.' },
  { citation: '5 CSR 25-500.082(1)(K)', text: 'No smoking or tobacco use anywhere in the facility while children are present.' },
  {
    citation: '5 CSR 25-500.082(1)(D)',
    text: 'Stairways in child care space are well lighted and free of obstructions.',
    applies: (plan) => plan.levels.length > 1 || hasRoom(plan, ['stair']),
  },
  {
    citation: '5 CSR 25-500.087(2)(F)',
    text: 'At least one fire drill each month and a disaster drill (including tornado drills) every three months; written record of date, type, time to evacuate and children present.',
  },
  { citation: '5 CSR 25-500.087(2)(F)4', text: 'The fire alarm system is activated during every fire drill.' },
  {
    citation: '5 CSR 25-500.087(2)(E), (F)3; 090(2)(B)',
    text: 'The evacuation plan, approved by the fire inspector, is posted in each area used for child care, with special instructions for infants and nonambulatory children and the emergency numbers.',
  },
  { citation: '5 CSR 25-500.090(2)(A)', text: 'A copy of the disaster and emergency plan is in the office area and in each room used for child care.' },
  { citation: '5 CSR 25-500.090(1)(C)4.F', text: 'Two off-site meeting places are named in the emergency plan.' },
  { citation: '5 CSR 25-500.090(3)(A)', text: 'Documentation that all staff and children took part in a disaster or emergency drill at least every three months.' },
  { citation: '5 CSR 25-500.087(12)(D)', text: 'Smoke detectors are in good operating condition and functional at all times: test them and keep the record.' },
  { citation: '5 CSR 25-500.087(12)(C)', text: 'Fire extinguishers are inspected and approved annually by a fire extinguisher company; documentation on file.' },
  {
    citation: '5 CSR 25-500.087(12)(A)1',
    text: 'Carbon monoxide detectors are in good operating condition.',
    applies: (plan) => hasItem(plan, ['co-detector', 'furnace', 'water-heater', 'range', 'dryer']) || hasRoom(plan, ['garage']),
  },
  {
    citation: '5 CSR 25-500.087(12)(H)',
    text: 'The sprinkler system is tested and approved annually by a fire sprinkler company; report on file.',
    applies: (plan) => plan.facility.sprinklered,
  },
  { citation: '5 CSR 25-500.087(2)(B)', text: 'No hangings or draperies over or hiding exits; draperies treated flame-retardant, with verification on file.' },
  { citation: '5 CSR 25-500.087(2)(C)', text: 'No mirrors on exit doors or beside exits where they may confuse the direction of exit.' },
  { citation: '5 CSR 25-500.087(2)(D)', text: 'Art work and teaching materials cover at most 30% of the wall area; nothing hung from ceilings or in doorways.' },
  { citation: '5 CSR 25-500.087(2)(I)', text: 'House numbers are plainly visible from the street.' },
  { citation: '5 CSR 25-500.087(2)(W)', text: 'Clothes dryers are vented and maintained properly.', applies: (plan) => hasItem(plan, ['dryer']) || hasRoom(plan, ['laundry']) },
  { citation: '5 CSR 25-500.087(13)(A)', text: 'No unvented fuel-fired room heaters, portable electric space heaters or floor furnaces during child care hours (signed compliance letter).' },
  { citation: '5 CSR 25-500.087(13)(B)', text: 'Heating equipment and radiators in children\'s areas are guarded by partitions or screens.' },
  { citation: '5 CSR 25-500.087(14)(C)', text: 'No extension cords unless approved in writing by the fire inspector.' },
];

export const onSiteChecklist = (plan: Plan): OnSiteItem[] => ON_SITE_CHECKLIST.filter((i) => !i.applies || i.applies(plan));
