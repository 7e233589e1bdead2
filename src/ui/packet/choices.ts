/**
 * What the packet dialog asks: the parts (the command line's `--parts` names), paper and orientation, and who
 * prepared it; remembered in the browser between visits, so the one-click Packet button makes the packet last chosen.
 */
import { PACKET_PARTS, type Orientation, type PacketOptions, type PacketPart, type Paper } from '../../report/packet/types.ts';

export interface PacketChoice {
  /** Always in the packet's order (facility, outdoor, report, evacuation), whatever order they were ticked in. */
  readonly parts: readonly PacketPart[];
  readonly paper: Paper;
  /** `auto`: each sheet takes the orientation that draws its plan largest (the packet's default). */
  readonly orientation: Orientation | 'auto';
  readonly preparedBy: string;
}

export const DEFAULT_CHOICE: PacketChoice = { parts: PACKET_PARTS, paper: 'letter', orientation: 'auto', preparedBy: '' };

/** The parts as the dialog names them, with the rule each answers. */
export const PART_LABELS: Readonly<Record<PacketPart, { readonly label: string; readonly rule: string }>> = {
  facility: { label: 'Facility diagram, one sheet per level', rule: '500.042(4)(A)' },
  outdoor: { label: 'Outdoor play area diagram', rule: '500.042(4)(B)' },
  report: { label: 'Capacity worksheet and compliance report', rule: 'with the on-site checklist' },
  evacuation: { label: 'Evacuation posters, one per child-care room', rule: '500.087(2)(E), 090(2)(B)' },
};

export const STORAGE_KEY = 'safeplan.packet';

/** The parts in the packet's order, each once, only known names. */
export const inPacketOrder = (parts: readonly string[]): PacketPart[] => PACKET_PARTS.filter((p) => parts.includes(p));

export function withPart(choice: PacketChoice, part: PacketPart, on: boolean): PacketChoice {
  return { ...choice, parts: inPacketOrder(on ? [...choice.parts, part] : choice.parts.filter((p) => p !== part)) };
}

/**
 * A remembered choice read back: whatever is missing or not understood (an older or hand-edited value) takes the
 * default, so a bad entry can never stop the packet.
 */
export function readChoice(text: string | null): PacketChoice {
  if (!text) return DEFAULT_CHOICE;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return DEFAULT_CHOICE;
  }
  if (typeof raw !== 'object' || raw === null) return DEFAULT_CHOICE;
  const r = raw as Record<string, unknown>;
  const parts = Array.isArray(r.parts) ? inPacketOrder(r.parts.filter((p): p is string => typeof p === 'string')) : DEFAULT_CHOICE.parts;
  return {
    parts,
    paper: r.paper === 'tabloid' ? 'tabloid' : 'letter',
    orientation: r.orientation === 'portrait' || r.orientation === 'landscape' ? r.orientation : 'auto',
    preparedBy: typeof r.preparedBy === 'string' ? r.preparedBy.slice(0, 200) : '',
  };
}

/** localStorage, or nothing where it is refused (private windows, sandboxed frames). */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadChoice(store: Storage | null = storage()): PacketChoice {
  try {
    return readChoice(store?.getItem(STORAGE_KEY) ?? null);
  } catch {
    return DEFAULT_CHOICE;
  }
}

export function saveChoice(choice: PacketChoice, store: Storage | null = storage()): void {
  try {
    store?.setItem(STORAGE_KEY, JSON.stringify(choice));
  } catch {
    // A full or refused storage only costs the memory of the choice.
  }
}

/** The packet options of a choice (the same options `safeplan report` builds from its flags). */
export function optionsOf(choice: PacketChoice): PacketOptions {
  return {
    parts: inPacketOrder(choice.parts),
    paper: choice.paper,
    ...(choice.orientation !== 'auto' ? { orientation: choice.orientation } : {}),
    ...(choice.preparedBy.trim() ? { preparedBy: choice.preparedBy.trim() } : {}),
  };
}
