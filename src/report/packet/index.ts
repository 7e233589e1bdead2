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
import { PACKET_PARTS, type PacketOptions, type Page } from './types.ts';

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
  const ctx = packetContext(plan, options);
  const pages = pagesFor(ctx, options.parts ?? PACKET_PARTS);
  return {
    pages,
    report: ctx.report,
    pdf: () =>
      renderPdf(pages, {
        title: `${plan.facility.name}: licensure packet`,
        subject: 'Facility and outdoor diagrams (5 CSR 25-500.042(4)), capacity worksheet, compliance report and evacuation plans',
        keywords: ['5 CSR 25-500', 'child care', 'licensure', 'SafePlan'],
        ...(options.preparedBy ? { author: options.preparedBy } : {}),
      }),
    svg: () => pagesSvg(pages),
  };
}

export type { MeetingPlace, PacketOptions, PacketPart, Page, Paper, Orientation, Primitive } from './types.ts';
export { PACKET_PARTS } from './types.ts';
