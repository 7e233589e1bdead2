/**
 * The licensure packet: `buildPacket(plan, options)` lays out the pages once; `pdf()` and `svg()` render them.
 *
 *   const packet = buildPacket(plan, { parts: ['facility', 'evacuation'], paper: 'tabloid', preparedBy: 'J. Doe' });
 *   writeFileSync('packet.pdf', await packet.pdf());
 *   packet.svg().forEach((svg, i) => writeFileSync(`page-${i + 1}.svg`, svg));
 */
import type { Plan } from '../../model/schema.ts';
import { pagesSvg } from '../svg/svg.ts';
import type { Report } from '../types.ts';
import { packetContext, pagesFor } from './pages.ts';
import { renderPdf } from './pdf.ts';
import type { PacketContext } from './context.ts';
import { PACKET_PARTS, type PacketOptions, type PacketPart, type Page } from './types.ts';

export interface Packet {
  readonly pages: readonly Page[];
  /** The report the pages were drawn from (the same as `safeplan check --json` gives). */
  readonly report: Report;
  /** One PDF of all the pages. */
  pdf(): Promise<Uint8Array>;
  /** One standalone SVG document per page. */
  svg(): string[];
}

export function buildPacket(plan: Plan, options: PacketOptions = {}): Packet {
  return packetOf(packetContext(plan, options), options.parts ?? PACKET_PARTS);
}

/** The packet of an analysed plan (pages.ts `packetContext`, `withOptions`): the parts given, in that order. */
export function packetOf(ctx: PacketContext, parts: readonly PacketPart[]): Packet {
  const pages = pagesFor(ctx, parts);
  return {
    pages,
    report: ctx.report,
    pdf: () =>
      renderPdf(pages, {
        title: `${ctx.plan.facility.name}: licensure packet`,
        subject: 'Facility and outdoor diagrams (5 CSR 25-500.042(4)), capacity worksheet, compliance report and evacuation plans',
        keywords: ['5 CSR 25-500', 'child care', 'licensure', 'SafePlan'],
        ...(ctx.preparedBy ? { author: ctx.preparedBy } : {}),
      }),
    svg: () => pagesSvg(pages),
  };
}

export type { MeetingPlace, PacketOptions, PacketPart, Page, Paper, Orientation, Primitive } from './types.ts';
export { PACKET_PARTS } from './types.ts';
export { packetContext, withOptions } from './pages.ts';
export type { PacketContext } from './context.ts';
