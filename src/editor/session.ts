/**
 * The editing session: what is on screen and how, never written into the plan (plan-format.md keeps editor-only
 * state out of the file). One zustand store per editor, so tests run editors side by side.
 */
import { createStore } from 'zustand/vanilla';
import type { Finding } from '../checks/types.ts';
import type { RefKey } from './model/refs.ts';
import type { ToolId } from './tools/types.ts';
import type { Traces } from './trace.ts';
import { DEFAULT_VIEW, type View } from './view.ts';

export type PanelTab = 'properties' | 'findings' | 'rooms';

export interface Notice {
  readonly message: string;
  /** Grows with every notice, so the same sentence twice is announced twice. */
  readonly serial: number;
}

export interface SessionState {
  readonly toolId: ToolId;
  /** Each tool's own state type; the Editor knows which is which. */
  readonly toolStates: Readonly<Partial<Record<ToolId, unknown>>>;
  readonly selection: readonly RefKey[];
  /** The level on screen; null means the plan's first. */
  readonly levelId: string | null;
  /** The Site view: the outdoors (plan.site) in the frame of the level at grade, the building faint behind it. */
  readonly siteView: boolean;
  /** Trace images under the drawing, by level (`level:<id>`) or `site`; never part of the plan. */
  readonly traces: Traces;
  readonly view: View;
  readonly viewport: { readonly width: number; readonly height: number };
  readonly notice: Notice | null;
  readonly helpOpen: boolean;
  readonly panelTab: PanelTab;
  /** The finding whose geometry is drawn over the plan. */
  readonly highlight: Finding | null;
  /** Last pointer position in plan inches, for the status bar. */
  readonly cursor: readonly [number, number] | null;
  /** Inches of wall a room drawn or moved beside another snaps to leave between their faces (5" interior by default). */
  readonly wallThickness: number;
}

/** The wall thicknesses offered beside the room tools; 5" (a 2×4 stud wall with drywall) is the default. */
export const WALL_CHOICES: readonly { readonly inches: number; readonly label: string }[] = [
  { inches: 5, label: 'Interior wall 5"' },
  { inches: 8, label: 'Exterior wall 8"' },
  { inches: 4, label: '4" wall' },
  { inches: 6, label: '6" wall' },
  { inches: 12, label: '12" masonry wall' },
  { inches: 0, label: 'No wall (rooms touch)' },
];
export const DEFAULT_WALL_THICKNESS = 5;

export const initialSession = (): SessionState => ({
  toolId: 'select',
  toolStates: {},
  selection: [],
  levelId: null,
  siteView: false,
  traces: {},
  view: DEFAULT_VIEW,
  viewport: { width: 800, height: 600 },
  notice: null,
  helpOpen: false,
  panelTab: 'findings',
  highlight: null,
  cursor: null,
  wallThickness: DEFAULT_WALL_THICKNESS,
});

export const createSessionStore = () => createStore<SessionState>()(() => initialSession());
export type SessionStore = ReturnType<typeof createSessionStore>;
