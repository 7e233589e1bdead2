/**
 * The packet of the plan on screen for a choice. The plan is checked and analysed once (the costly part: the engine
 * and the report); changing parts, paper or orientation in the dialog only lays the pages out again. It runs in the
 * packet worker (src/worker/packetService.ts), where the plan arrives as a new copy each time: `key` says which plan
 * it is (the plan object itself by default).
 */
import type { Plan } from '../../model/schema.ts';
import { validatePlan } from '../../model/validate.ts';
import { packetContext, packetOf, withOptions, type Packet, type PacketContext } from '../../report/packet/index.ts';
import { optionsOf, type PacketChoice } from './choices.ts';

let analysed: { readonly key: unknown; readonly ctx: PacketContext } | null = null;

export type Prepared = { readonly packet: Packet } | { readonly problem: string };

export function preparePacket(plan: Plan, choice: PacketChoice, key: unknown = plan): Prepared {
  let ctx = analysed && analysed.key === key ? analysed.ctx : null;
  if (!ctx) {
    const checked = validatePlan(plan);
    if (!checked.ok) return { problem: `Fix the plan first: ${checked.errors[0]!.path}: ${checked.errors[0]!.message}` };
    ctx = packetContext(checked.value);
    analysed = { key, ctx };
  }
  const options = optionsOf(choice);
  if (!options.parts?.length) return { problem: 'Choose at least one part of the packet.' };
  return { packet: packetOf(withOptions(ctx, options), options.parts) };
}

export { fileStem } from './fileStem.ts';
