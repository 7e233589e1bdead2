/**
 * The packet dialog's conversation with the packet worker (src/worker/packetClient.ts, packetService.ts): here the
 * service answers in the test's own thread, the requests and answers copied as postMessage would copy them.
 */
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildPacket } from '../../../src/report/packet/index.ts';
import { today } from '../../../src/report/packet/pages.ts';
import { pageSvg } from '../../../src/report/svg/svg.ts';
import { DEFAULT_CHOICE, withPart } from '../../../src/ui/packet/choices.ts';
import { PacketClient, type PacketTransport } from '../../../src/worker/packetClient.ts';
import type { PacketRequest, PacketResponse } from '../../../src/worker/packetProtocol.ts';
import { PacketService } from '../../../src/worker/packetService.ts';
import { sampleWith } from './helpers.ts';

function serviceTransport(): PacketTransport & { readonly sent: PacketRequest[] } {
  const service = new PacketService();
  const sent: PacketRequest[] = [];
  let listener: ((r: PacketResponse) => void) | null = null;
  return {
    sent,
    post: (request) => {
      sent.push(request);
      void service.handle(structuredClone(request)).then(({ response }) => listener?.(structuredClone(response)));
    },
    onResponse: (l) => void (listener = l),
    onFailure: () => {},
  };
}


describe('the packet worker', () => {
  const plan = sampleWith('small-center');

  it('lists the pages of the packet, then gives its PDF and any page as SVG', async () => {
    const client = new PacketClient(serviceTransport());
    const prepared = await client.prepare(plan, DEFAULT_CHOICE);
    if (!('packet' in prepared)) throw new Error(prepared.problem);
    // The worker dates the packet today, as the dialog always has.
    const here = buildPacket(plan, { date: today() });
    // The list carries everything of a page but its drawing.
    expect(prepared.packet.pages).toEqual(here.pages.map(({ primitives: _, ...info }) => info));
    expect(prepared.packet.pages.some((p) => 'primitives' in p)).toBe(false);

    const doc = await PDFDocument.load(await prepared.packet.pdf());
    expect(doc.getPageCount()).toBe(here.pages.length);
    const [first, last] = await prepared.packet.svg([0, here.pages.length - 1]);
    expect(first).toBe(pageSvg(here.pages[0]!));
    expect(last).toBe(pageSvg(here.pages[here.pages.length - 1]!));
  });

  it('says what stands in the way, as the dialog shows it', async () => {
    const client = new PacketClient(serviceTransport());
    expect(await client.prepare(plan, { ...DEFAULT_CHOICE, parts: [] })).toEqual({ problem: 'Choose at least one part of the packet.' });
    const broken = { ...plan, facility: { ...plan.facility, kind: 'school' } } as unknown as typeof plan;
    expect(await client.prepare(broken, DEFAULT_CHOICE)).toEqual({ problem: expect.stringMatching(/^Fix the plan first: facility\.kind: /) });
  });

  it('names each plan once, so the worker analyses it once however often the choice changes', async () => {
    const transport = serviceTransport();
    const client = new PacketClient(transport);
    await client.prepare(plan, DEFAULT_CHOICE);
    const fewer = await client.prepare(plan, withPart(DEFAULT_CHOICE, 'evacuation', false));
    await client.prepare(sampleWith('small-center'), DEFAULT_CHOICE);
    const keys = transport.sent.flatMap((r) => (r.kind === 'prepare' ? [r.planKey] : []));
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).not.toBe(keys[0]);
    if (!('packet' in fewer)) throw new Error(fewer.problem);
    expect(fewer.packet.pages.map((p) => p.part)).not.toContain('evacuation');
  });

  it('refuses the PDF of a packet since replaced, rather than give the newer one', async () => {
    const client = new PacketClient(serviceTransport());
    const older = await client.prepare(plan, DEFAULT_CHOICE);
    await client.prepare(plan, withPart(DEFAULT_CHOICE, 'report', false));
    if (!('packet' in older)) throw new Error(older.problem);
    await expect(older.packet.pdf()).rejects.toThrow(/changed/);
  });
});
