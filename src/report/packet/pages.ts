/**
 * The licensure packet as pages (the format-independent page model; see types.ts): facility diagrams
 * (500.042(4)(A)), the outdoor diagram (042(4)(B)), the capacity worksheet and compliance report, and one evacuation
 * plan per child-care room (087(2)(E), (F)3; 090(2)(B)). Renderers: packet/pdf.ts and svg/svg.ts.
 */
import { analyzeFacility } from '../../engine/facility.ts';
import type { Plan } from '../../model/schema.ts';
import { reportFor } from '../build.ts';
import type { Report } from '../types.ts';
import type { PacketContext } from './context.ts';
import { evacuationPages } from './evacuationPages.ts';
import { facilityPages } from './facilityPage.ts';
import { truncate } from './metrics.ts';
import { outdoorPage } from './outdoorPage.ts';
import { reportPages } from './reportPages.ts';
import { GRAY } from './sheet.ts';
import { PACKET_PARTS, type MeetingPlace, type PacketOptions, type PacketPart, type Page } from './types.ts';

/** Today as YYYY-MM-DD, local time. */
export function today(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export function packetContext(plan: Plan, options: PacketOptions = {}, report?: Report): PacketContext {
  const facility = analyzeFacility(plan);
  const r = report ?? reportFor(facility);
  return withOptions({ plan, facility, report: r, rooms: new Map(r.rooms.map((row) => [row.id, row])), paper: 'letter', date: today() }, options);
}

/**
 * The same plan's context with other packet options (paper, orientation, names and date): the analysis and the
 * report, the costly part, are kept. The browser's packet dialog changes options without analysing again.
 */
export function withOptions(base: PacketContext, options: PacketOptions): PacketContext {
  const { plan, facility, report, rooms } = base;
  const meetingPlace = meetingPlaceOf(plan, options);
  return {
    plan,
    facility,
    report,
    rooms,
    paper: options.paper ?? 'letter',
    ...(options.orientation ? { orientation: options.orientation } : {}),
    date: options.date ?? today(),
    ...(options.preparedBy ? { preparedBy: options.preparedBy } : {}),
    ...(meetingPlace ? { meetingPlace } : {}),
  };
}

const BUILDERS: Readonly<Record<PacketPart, (ctx: PacketContext) => Page[]>> = {
  facility: facilityPages,
  outdoor: (ctx) => [outdoorPage(ctx)],
  report: reportPages,
  evacuation: evacuationPages,
};

/** Page numbers and the packet's running footer, in the bottom margin of every page. */
function withFooter(page: Page, index: number, count: number, ctx: PacketContext): Page {
  const [w, h] = page.size;
  const y = h - 20;
  const left = truncate(`${ctx.plan.facility.name} - SafePlan licensure packet - ${ctx.date}`, w - 180, 6.5);
  return {
    ...page,
    primitives: [
      ...page.primitives,
      { kind: 'text', at: [36, y], text: left, size: 6.5, weight: 'normal', anchor: 'start', color: GRAY, tag: 'footer' },
      { kind: 'text', at: [w - 36, y], text: `Page ${index + 1} of ${count}`, size: 6.5, weight: 'normal', anchor: 'end', color: GRAY, tag: 'page-number' },
    ],
  };
}

export function pagesFor(ctx: PacketContext, parts: readonly PacketPart[] = PACKET_PARTS): Page[] {
  const pages = parts.flatMap((part) => BUILDERS[part](ctx));
  return pages.map((p, i) => withFooter(p, i, pages.length, ctx));
}

/** Every page of the packet for a plan, in the order of `options.parts` (default: all four parts). */
export const packetPages = (plan: Plan, options: PacketOptions = {}): Page[] => pagesFor(packetContext(plan, options), options.parts ?? PACKET_PARTS);

/** The outside meeting place: given to the packet, or the plan's first on-site meeting place. */
function meetingPlaceOf(plan: Plan, options: PacketOptions): MeetingPlace | undefined {
  if (options.meetingPlace) return options.meetingPlace;
  const place = plan.site?.meetingPlaces?.find((m) => !m.offSite);
  return place ? { name: place.name, ...(place.at ? { at: place.at } : {}) } : undefined;
}
