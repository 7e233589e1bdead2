/**
 * Tools are small state machines (after tldraw's StateNode: idle → pointing → dragging): pure functions from
 * (state, input, context) to (next state, effects). They never touch a store; the Editor applies their effects.
 * That makes every tool testable with a sequence of pointer events in and a document out.
 */
import type { Point } from '../../geometry/types.ts';
import type { Level, Plan } from '../../model/schema.ts';
import type { DocCommand } from '../model/commands.ts';
import type { RefKey } from '../model/refs.ts';
import type { Overlay } from './overlay.ts';

export type ToolId =
  | 'select'
  | 'room-rect'
  | 'room-polygon'
  | 'door'
  | 'window'
  | 'item'
  | 'play-area'
  | 'surface'
  | 'equipment'
  | 'obstacle'
  | 'pool'
  | 'measure'
  | 'calibrate';

/** Where a tool works: on the levels of the building, on the site, or (undefined) on both. */
export type ToolSpace = 'building' | 'site';

export interface PointerInput {
  /** Plan inches (the canvas has already undone the zoom and pan). */
  readonly point: Point;
  /** 0 primary, 1 middle, 2 secondary. */
  readonly button: number;
  readonly shift: boolean;
  /** Alt: no snapping. */
  readonly alt: boolean;
  readonly ctrl: boolean;
}

export interface KeyInput {
  readonly key: string;
  readonly shift: boolean;
  readonly alt: boolean;
  readonly ctrl: boolean;
}

export interface ToolContext {
  /** The plan on screen (mid-gesture: with the gesture's preview applied). */
  readonly plan: Plan;
  /** The plan the gesture in progress began on; the same as `plan` between gestures. */
  readonly base: Plan;
  /** The level on screen: tools draw on it and pick from it. In the Site view, the level at grade (the site's frame). */
  readonly level: Level;
  /** The Site view is on: tools draw and pick the site's objects (`plan.site`), the building is only a backdrop. */
  readonly siteView: boolean;
  readonly selection: readonly RefKey[];
  /** Screen pixels per plan inch, for tolerances that feel the same at every zoom. */
  readonly scale: number;
  /** The wall thickness chosen (inches): rooms drawn or moved beside another snap to leave this much between faces. */
  readonly wall: number;
}

export type Effect =
  /** A gesture in progress: the plan on screen is the plan the gesture began on with these commands applied. */
  | { readonly type: 'preview'; readonly commands: readonly DocCommand[] }
  /** The gesture (or a one-step edit) is done: one undo step, from the plan the gesture began on. */
  | { readonly type: 'commit'; readonly commands: readonly DocCommand[] }
  /** Escape: the plan goes back to where the gesture began. */
  | { readonly type: 'cancel' }
  | { readonly type: 'select'; readonly keys: readonly RefKey[] }
  | { readonly type: 'setTool'; readonly tool: ToolId }
  /** A sentence for the status bar ("Rooms cannot overlap ..."). */
  | { readonly type: 'notice'; readonly message: string }
  /** Scale the trace image on screen so that a–b (plan inches as drawn now) measures `inches`; a stays put. */
  | { readonly type: 'calibrate'; readonly a: Point; readonly b: Point; readonly inches: number };

export interface ToolResult<S> {
  readonly state: S;
  readonly effects?: readonly Effect[];
}

export interface Tool<S extends { readonly name: string }> {
  readonly id: ToolId;
  readonly label: string;
  /** The key that picks the tool (shown in the toolbar tooltip and the help panel). */
  readonly shortcut: string;
  readonly description: string;
  /** Where the tool works; undefined: in both views. Picking it switches the view. */
  readonly space?: ToolSpace;
  /** Not in the toolbar (started from a panel, e.g. calibrating the trace image). */
  readonly hidden?: boolean;
  initial(previous?: S): S;
  pointerDown?(state: S, input: PointerInput, ctx: ToolContext): ToolResult<S>;
  pointerMove?(state: S, input: PointerInput, ctx: ToolContext): ToolResult<S>;
  pointerUp?(state: S, input: PointerInput, ctx: ToolContext): ToolResult<S>;
  doubleClick?(state: S, input: PointerInput, ctx: ToolContext): ToolResult<S>;
  /** null: the key is not the tool's, the editor's shortcuts get it. */
  keyDown?(state: S, input: KeyInput, ctx: ToolContext): ToolResult<S> | null;
  /** Escape. null: nothing to cancel (the editor then goes back to Select). */
  cancel?(state: S, ctx: ToolContext): ToolResult<S> | null;
  /** What to draw over the plan for this state. */
  overlay?(state: S, ctx: ToolContext): Overlay;
  /** One line for the status bar. */
  hint?(state: S): string;
}

/** Tools live in a heterogeneous registry; each keeps its own state type inside its module. */
export type AnyTool = Tool<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the registry holds tools of every state type

export const same = <S>(state: S): ToolResult<S> => ({ state });
