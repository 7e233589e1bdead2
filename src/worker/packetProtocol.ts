/** Messages between the packet dialog (and the one-click Packet button) and the packet worker. */
import type { Page } from '../report/packet/types.ts';
import type { PacketChoice } from '../ui/packet/choices.ts';

/** What the dialog lists of a page: everything but its drawing, which stays in the worker (300 pages of a big plan). */
export type PageInfo = Omit<Page, 'primitives'>;

export type PacketRequest =
  /**
   * Lay out the packet of a plan for a choice. `planKey` names the plan: the same key, the same plan, so the worker
   * analyses it once however often the choice changes (the plan itself arrives as a copy every time).
   */
  | { readonly kind: 'prepare'; readonly seq: number; readonly planKey: number; readonly plan: unknown; readonly choice: PacketChoice }
  /** The PDF of the packet prepared by request `of`. */
  | { readonly kind: 'pdf'; readonly seq: number; readonly of: number }
  /** Standalone SVG documents of some pages of the packet prepared by request `of`. */
  | { readonly kind: 'svg'; readonly seq: number; readonly of: number; readonly pages: readonly number[] };

export type PacketResponse =
  | { readonly kind: 'prepared'; readonly seq: number; readonly pages: readonly PageInfo[]; readonly ms: number }
  /** The plan cannot be made into a packet (it breaks the format, or no part is chosen): said as the dialog shows it. */
  | { readonly kind: 'problem'; readonly seq: number; readonly problem: string }
  | { readonly kind: 'pdf'; readonly seq: number; readonly bytes: Uint8Array }
  | { readonly kind: 'svg'; readonly seq: number; readonly svgs: readonly string[] }
  /** A failure: a bug, or a request for a packet since replaced. */
  | { readonly kind: 'error'; readonly seq: number; readonly message: string };
