/**
 * The page's side of the packet worker: the dialog and the Packet button ask for a packet and get its page list, then
 * its PDF or single pages' SVG, without the page freezing while a 300-page packet is laid out (seconds on a 200-room
 * plan). One worker for the app, started on first use so it never competes with the editor's engine at load. Where
 * Workers are missing (jsdom, old browsers) the same service runs in the page, a task later.
 */
import type { Plan } from '../model/schema.ts';
import type { PacketChoice } from '../ui/packet/choices.ts';
import type { PacketRequest, PacketResponse, PageInfo } from './packetProtocol.ts';

/** A packet laid out in the worker: its pages listed, its drawing fetched on demand. */
export interface PreparedPacket {
  readonly pages: readonly PageInfo[];
  pdf(): Promise<Uint8Array>;
  /** Standalone SVG documents of the pages given (by index). */
  svg(pages: readonly number[]): Promise<string[]>;
}

export type PreparedResult = { readonly packet: PreparedPacket } | { readonly problem: string };

/** What the client needs of a worker (a real Worker, or the service in the page). */
export interface PacketTransport {
  post(request: PacketRequest): void;
  onResponse(listener: (response: PacketResponse) => void): void;
  /** The worker failed (it could not load): every pending request fails with this. */
  onFailure(listener: (message: string) => void): void;
}

type Waiting = { resolve: (r: PacketResponse) => void; reject: (e: Error) => void };

export class PacketClient {
  private seq = 0;
  private readonly waiting = new Map<number, Waiting>();
  private readonly keys = new WeakMap<Plan, number>();
  private nextKey = 0;

  constructor(private readonly transport: PacketTransport) {
    transport.onResponse((r) => {
      const w = this.waiting.get(r.seq);
      this.waiting.delete(r.seq);
      w?.resolve(r);
    });
    transport.onFailure((message) => {
      for (const w of this.waiting.values()) w.reject(new Error(message));
      this.waiting.clear();
    });
  }

  /** Lays out the packet of `plan` for `choice`; the worker analyses each plan once, however often the choice changes. */
  async prepare(plan: Plan, choice: PacketChoice): Promise<PreparedResult> {
    const planKey = this.keys.get(plan) ?? this.keys.set(plan, ++this.nextKey).get(plan)!;
    const r = await this.ask((seq) => ({ kind: 'prepare', seq, planKey, plan, choice }));
    if (r.kind === 'problem') return { problem: r.problem };
    if (r.kind !== 'prepared') throw new Error(r.kind === 'error' ? r.message : `unexpected answer ${r.kind}`);
    const of = r.seq;
    return {
      packet: {
        pages: r.pages,
        pdf: async () => {
          const a = await this.ask((seq) => ({ kind: 'pdf', seq, of }));
          if (a.kind !== 'pdf') throw new Error(a.kind === 'error' ? a.message : `unexpected answer ${a.kind}`);
          return a.bytes;
        },
        svg: async (pages) => {
          const a = await this.ask((seq) => ({ kind: 'svg', seq, of, pages }));
          if (a.kind !== 'svg') throw new Error(a.kind === 'error' ? a.message : `unexpected answer ${a.kind}`);
          return [...a.svgs];
        },
      },
    };
  }

  private ask(request: (seq: number) => PacketRequest): Promise<PacketResponse> {
    const seq = ++this.seq;
    return new Promise<PacketResponse>((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      this.transport.post(request(seq));
    });
  }
}

/** The packet in a Web Worker. */
export function workerTransport(): PacketTransport {
  const worker = new Worker(new URL('./packet.worker.ts', import.meta.url), { type: 'module', name: 'safeplan-packet' });
  return {
    post: (request) => worker.postMessage(request),
    onResponse: (listener) => worker.addEventListener('message', (e: MessageEvent<PacketResponse>) => listener(e.data)),
    onFailure: (listener) => worker.addEventListener('error', (e) => listener(`the packet could not be made: ${e.message || 'the worker failed to start'}`)),
  };
}

/** The packet in the page, a task later (where Workers are missing); loaded only then. */
export function inPageTransport(): PacketTransport {
  let listener: ((r: PacketResponse) => void) | null = null;
  const service = import('./packetService.ts').then(({ PacketService }) => new PacketService());
  return {
    post: (request) =>
      void service.then(async (s) => {
        await new Promise((resolve) => setTimeout(resolve, 0));
        listener?.((await s.handle(request)).response);
      }),
    onResponse: (l) => void (listener = l),
    onFailure: () => {},
  };
}

let shared: PacketClient | null = null;
/** The worker could not start (a browser that refuses module workers): the packet is made in the page from then on. */
let workerFailed = false;

/** The app's packet client, its worker started on first use. */
export function packetClient(): PacketClient {
  if (!shared) {
    let transport: PacketTransport;
    try {
      transport = typeof Worker === 'function' && !workerFailed ? workerTransport() : inPageTransport();
    } catch {
      transport = inPageTransport();
    }
    transport.onFailure(() => {
      workerFailed = true;
      shared = null;
    });
    shared = new PacketClient(transport);
  }
  return shared;
}
