/**
 * The packet of the plan on screen for a choice. The plan is checked and analysed once (the costly part: the engine
 * and the report); changing parts, paper or orientation in the dialog only lays the pages out again.
 */
import type { Plan } from '../../model/schema.ts';
import { validatePlan } from '../../model/validate.ts';
import { packetContext, packetOf, withOptions, type Packet, type PacketContext } from '../../report/packet/index.ts';
import { optionsOf, type PacketChoice } from './choices.ts';

let analysed: { readonly plan: Plan; readonly ctx: PacketContext } | null = null;

export type Prepared = { readonly packet: Packet } | { readonly problem: string };

export function preparePacket(plan: Plan, choice: PacketChoice): Prepared {
  if (analysed?.plan !== plan) {
    const checked = validatePlan(plan);
    if (!checked.ok) return { problem: `Fix the plan first: ${checked.errors[0]!.path}: ${checked.errors[0]!.message}` };
    analysed = { plan, ctx: packetContext(checked.value) };
  }
  const options = optionsOf(choice);
  if (!options.parts?.length) return { problem: 'Choose at least one part of the packet.' };
  return { packet: packetOf(withOptions(analysed.ctx, options), options.parts) };
}

/** `sunny-days.json` → `sunny-days`: the stem of the packet's file names. */
export const fileStem = (fileName: string | null): string => (fileName ?? 'plan').replace(/\.json$/i, '') || 'plan';
