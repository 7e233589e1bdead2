/**
 * The packet's work, behind the packet worker (packet.worker.ts) or, where there is no worker, in the page: lay out
 * the pages (preparePacket: the plan analysed once per plan key), then the PDF or single pages' SVG of the packet
 * last laid out. The pages stay here; the dialog gets their titles and sizes (PageInfo).
 */
import type { Packet } from '../report/packet/index.ts';
import { pageSvg } from '../report/svg/svg.ts';
import { preparePacket } from '../ui/packet/preparePacket.ts';
import type { PacketChoice } from '../ui/packet/choices.ts';
import type { Plan } from '../model/schema.ts';
import type { PacketRequest, PacketResponse, PageInfo } from './packetProtocol.ts';

export interface Answer {
  readonly response: PacketResponse;
  /** Buffers to move rather than copy (the PDF's bytes). */
  readonly transfer: Transferable[];
}

const info = ({ primitives: _, ...rest }: Packet['pages'][number]): PageInfo => rest;

export class PacketService {
  /** The packet of the newest prepare request, and that request's number. */
  private latest: { readonly seq: number; readonly packet: Packet } | null = null;

  async handle(request: PacketRequest): Promise<Answer> {
    const { seq } = request;
    try {
      if (request.kind === 'prepare') return { response: this.prepare(request.seq, request.planKey, request.plan, request.choice), transfer: [] };
      const packet = this.latest?.seq === request.of ? this.latest.packet : null;
      if (!packet) return { response: { kind: 'error', seq, message: 'the packet has changed since; ask again' }, transfer: [] };
      if (request.kind === 'pdf') {
        const bytes = await packet.pdf();
        return { response: { kind: 'pdf', seq, bytes }, transfer: [bytes.buffer] };
      }
      return { response: { kind: 'svg', seq, svgs: request.pages.map((i) => pageSvg(packet.pages[i]!)) }, transfer: [] };
    } catch (e) {
      return { response: { kind: 'error', seq, message: e instanceof Error ? e.message : String(e) }, transfer: [] };
    }
  }

  private prepare(seq: number, planKey: number, plan: unknown, choice: PacketChoice): PacketResponse {
    const start = performance.now();
    // The plan is checked by preparePacket before anything reads it as a Plan.
    const prepared = preparePacket(plan as Plan, choice, planKey);
    if ('problem' in prepared) return { kind: 'problem', seq, problem: prepared.problem };
    this.latest = { seq, packet: prepared.packet };
    return { kind: 'prepared', seq, pages: prepared.packet.pages.map(info), ms: Math.round(performance.now() - start) };
  }
}
