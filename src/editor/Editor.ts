/**
 * The editor: routes pointer and keyboard input to the active tool, applies the tool's effects to the document
 * (previews, commits, cancels) and to the session (selection, tool, notices), and owns the shortcuts that are
 * not any one tool's (undo, tool keys, zoom). No React and no DOM here: the canvas and the TestEditor both drive it.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Level, Plan } from '../model/schema.ts';
import type { DocumentState } from '../store/document.ts';
import { levelBBox, refsBBox } from './geom/shapes.ts';
import { applyCommands, type DocCommand } from './model/commands.ts';
import { existingKeys, gradeLevel, refsOf, type RefKey } from './model/refs.ts';
import type { SessionState, SessionStore } from './session.ts';
import { TOOL_BY_ID, TOOL_BY_KEY } from './tools/index.ts';
import { NO_OVERLAY, type Overlay } from './tools/overlay.ts';
import type { AnyTool, Effect, KeyInput, PointerInput, ToolContext, ToolId, ToolResult } from './tools/types.ts';
import { DEFAULT_VIEW, fitBox, zoomAt, ZOOM_STEP, type View } from './view.ts';
import type { BBox } from '../geometry/types.ts';
import { bboxUnion } from '../geometry/bbox.ts';
import { siteBBox } from './geom/shapes.ts';
import { calibrateTrace, traceBox, traceKey, type TraceImage } from './trace.ts';

/** Screen pixels an arrow key pans the view (Shift: four times as far). */
export const PAN_STEP = 60;
const PAN_KEYS: Readonly<Record<string, readonly [number, number]>> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

export class Editor {
  private notices = 0;

  constructor(
    readonly doc: StoreApi<DocumentState>,
    readonly session: SessionStore,
  ) {
    // Whatever changes the plan (undo, opening another file), the selection keeps only objects that still exist.
    doc.subscribe((s, prev) => {
      if (s.plan === prev.plan) return;
      const sel = this.session.getState().selection;
      if (sel.length) {
        const kept = existingKeys(s.plan, sel) as RefKey[];
        if (kept.length !== sel.length) this.session.setState({ selection: kept });
      }
      if (s.plan && prev.plan && s.source !== prev.source) {
        // Another plan opens on its first level, in the building's view (a site tool gives way to Select).
        const site = TOOL_BY_ID[this.session.getState().toolId].space === 'site';
        this.session.setState({ levelId: null, highlight: null, siteView: false, ...(site ? { toolId: 'select' as const } : {}) });
      }
    });
  }

  // ── what is on screen ────────────────────────────────────────────────────────────────────────────────────────

  get plan(): Plan | null {
    return this.doc.getState().plan;
  }

  /** The level on screen; in the Site view, the level at grade (the site shares its frame). */
  get level(): Level | null {
    const plan = this.plan;
    if (!plan) return null;
    const s = this.session.getState();
    if (s.siteView) return gradeLevel(plan);
    return plan.levels.find((l) => l.id === s.levelId) ?? plan.levels[0] ?? null;
  }

  get siteView(): boolean {
    return this.session.getState().siteView;
  }

  get tool(): AnyTool {
    return TOOL_BY_ID[this.session.getState().toolId];
  }

  get toolState(): { name: string } {
    const s = this.session.getState();
    return (s.toolStates[s.toolId] as { name: string } | undefined) ?? this.tool.initial();
  }

  /** A tool is reading a typed length or size (its keys, Space included, are the tool's). */
  isTyping(): boolean {
    const typed = (this.toolState as { typed?: unknown }).typed;
    return typeof typed === 'string' && typed.length > 0;
  }

  /** `select.dragging`: the tool and its state, as tldraw names state paths. */
  get path(): string {
    return `${this.tool.id}.${this.toolState.name}`;
  }

  context(): ToolContext | null {
    const doc = this.doc.getState();
    const level = this.level;
    if (!doc.plan || !level) return null;
    const s = this.session.getState();
    return { plan: doc.plan, base: doc.gestureBase ?? doc.plan, level, siteView: s.siteView, selection: s.selection, scale: s.view.scale, wall: s.wallThickness };
  }

  overlay(): Overlay {
    const ctx = this.context();
    return ctx && this.tool.overlay ? this.tool.overlay(this.toolState, ctx) : NO_OVERLAY;
  }

  hint(): string {
    return this.tool.hint ? this.tool.hint(this.toolState) : this.tool.description;
  }

  // ── input ────────────────────────────────────────────────────────────────────────────────────────────────────

  pointerDown(input: PointerInput): void {
    this.route('pointerDown', input);
  }

  pointerMove(input: PointerInput): void {
    this.session.setState({ cursor: [input.point[0], input.point[1]] });
    this.route('pointerMove', input);
  }

  pointerUp(input: PointerInput): void {
    this.route('pointerUp', input);
  }

  doubleClick(input: PointerInput): void {
    this.route('doubleClick', input);
  }

  /** Returns whether the key was used (the caller then prevents the browser's default). */
  keyDown(input: KeyInput): boolean {
    const ctx = this.context();
    if (ctx && input.key === 'Escape') {
      const result = this.tool.cancel?.(this.toolState, ctx) ?? null;
      if (result) this.apply(result);
      else if (this.tool.id !== 'select') this.setTool('select');
      else if (this.session.getState().highlight) this.session.setState({ highlight: null });
      return true;
    }
    if (ctx && this.tool.keyDown) {
      const result = this.tool.keyDown(this.toolState, input, ctx);
      if (result) {
        this.apply(result);
        return true;
      }
    }
    return this.shortcut(input);
  }

  private shortcut(e: KeyInput): boolean {
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    // Arrow keys the tool did not take (nothing selected to nudge, or Ctrl held) pan: the view moves the way the arrow points.
    const pan = PAN_KEYS[key];
    if (pan && !e.alt) {
      const step = e.shift ? PAN_STEP * 4 : PAN_STEP;
      const v = this.session.getState().view;
      this.setView({ ...v, x: v.x - pan[0] * step, y: v.y - pan[1] * step });
      return true;
    }
    if (e.ctrl && !e.alt) {
      if (key === 'z') {
        if (e.shift) this.redo();
        else this.undo();
        return true;
      }
      if (key === 'y') {
        this.redo();
        return true;
      }
      return false;
    }
    if (e.alt) return false;
    if (key === '?' ) {
      this.session.setState((s) => ({ helpOpen: !s.helpOpen }));
      return true;
    }
    if (key === '+' || key === '=') return this.zoomBy(ZOOM_STEP), true;
    if (key === '-' || key === '_') return this.zoomBy(1 / ZOOM_STEP), true;
    if (key === '0' || (key === '!' && e.shift)) return this.fit(), true;
    const tool = TOOL_BY_KEY.get(key);
    if (tool && !e.shift) {
      this.setTool(tool);
      return true;
    }
    return false;
  }

  private route(kind: 'pointerDown' | 'pointerMove' | 'pointerUp' | 'doubleClick', input: PointerInput): void {
    const ctx = this.context();
    const handler = this.tool[kind];
    if (!ctx || !handler) return;
    this.apply(handler(this.toolState, input, ctx) as ToolResult<{ name: string }>);
  }

  // ── effects ──────────────────────────────────────────────────────────────────────────────────────────────────

  private apply(result: ToolResult<{ name: string }>): void {
    const toolId = this.session.getState().toolId;
    this.session.setState((s) => ({ toolStates: { ...s.toolStates, [toolId]: result.state } }));
    for (const effect of result.effects ?? []) this.effect(effect);
  }

  private effect(e: Effect): void {
    const doc = this.doc.getState();
    switch (e.type) {
      case 'preview': {
        const base = doc.gestureBase ?? doc.plan;
        if (base) doc.preview(applyCommands(base, e.commands));
        break;
      }
      case 'commit': {
        const base = doc.gestureBase ?? doc.plan;
        if (base) doc.commit(applyCommands(base, e.commands));
        break;
      }
      case 'cancel':
        doc.cancelGesture();
        break;
      case 'select':
        // A selection made on the plan replaces the finding shown from the panel.
        this.select(e.keys);
        if (this.session.getState().highlight) this.session.setState({ highlight: null });
        break;
      case 'setTool':
        this.setTool(e.tool);
        break;
      case 'notice':
        this.notify(e.message);
        break;
      case 'calibrate': {
        const key = this.traceKey();
        const trace = key ? this.session.getState().traces[key] : undefined;
        const next = trace && calibrateTrace(trace, e.a, e.b, e.inches);
        if (key && next) this.setTrace(key, next);
        break;
      }
    }
  }

  // ── commands from the panels and the toolbar ─────────────────────────────────────────────────────────────────

  /** One undo step made of `commands` (a panel field, a toolbar button). Ends any gesture in progress first. */
  execute(commands: readonly DocCommand[]): void {
    const doc = this.doc.getState();
    if (doc.gestureBase) this.cancelGesture();
    const plan = this.doc.getState().plan;
    if (plan && commands.length) this.doc.getState().commit(applyCommands(plan, commands));
  }

  undo(): void {
    this.cancelGesture();
    this.doc.getState().undo();
  }

  redo(): void {
    this.cancelGesture();
    this.doc.getState().redo();
  }

  /** Rolls back a gesture in progress and puts its tool back to rest. */
  private cancelGesture(): void {
    if (!this.doc.getState().gestureBase) return;
    this.doc.getState().cancelGesture();
    const toolId = this.session.getState().toolId;
    this.session.setState((s) => ({ toolStates: { ...s.toolStates, [toolId]: TOOL_BY_ID[toolId].initial(s.toolStates[toolId]) } }));
  }

  /** Picks a tool; a tool of the other view (a site tool in a building view, or the reverse) switches the view. */
  setTool(id: ToolId): void {
    this.cancelGesture();
    const s = this.session.getState();
    const tool = TOOL_BY_ID[id];
    const site = tool.space === 'site' ? true : tool.space === 'building' ? false : s.siteView;
    const switching = site !== s.siteView ? { siteView: site, selection: [], highlight: null } : {};
    this.session.setState({ ...switching, toolId: id, toolStates: { ...s.toolStates, [id]: tool.initial(s.toolStates[id]) } });
  }

  /** Shows the site (true) or the building's levels; a tool of the other view gives way to Select. */
  showSite(on: boolean): void {
    this.cancelGesture();
    const s = this.session.getState();
    if (s.siteView === on) return;
    const space = TOOL_BY_ID[s.toolId].space;
    const tool = space && space !== (on ? 'site' : 'building') ? 'select' : s.toolId;
    this.session.setState({ siteView: on, selection: [], highlight: null, toolId: tool, toolStates: { ...s.toolStates, [tool]: TOOL_BY_ID[tool].initial(s.toolStates[tool]) } });
  }

  // ── the trace image (editor-only, never in the plan) ─────────────────────────────────────────────────────────

  /** Which trace the view on screen shows: the level's, or the site's. */
  traceKey(): string | null {
    return traceKey(this.siteView, this.level?.id);
  }

  get trace(): TraceImage | null {
    const key = this.traceKey();
    return (key && this.session.getState().traces[key]) || null;
  }

  setTrace(key: string, trace: TraceImage | null): void {
    const { [key]: _old, ...rest } = this.session.getState().traces;
    this.session.setState({ traces: trace ? { ...rest, [key]: trace } : rest });
  }

  /** Sets a tool's state directly: the item palette picks the type the Item tool places. */
  setToolState<S>(id: ToolId, update: (state: S) => S): void {
    const s = this.session.getState();
    const current = (s.toolStates[id] ?? TOOL_BY_ID[id].initial()) as S;
    this.session.setState({ toolStates: { ...s.toolStates, [id]: update(current) } });
  }

  select(keys: readonly RefKey[]): void {
    this.session.setState({ selection: [...keys] });
  }

  setLevel(id: string): void {
    this.cancelGesture();
    const s = this.session.getState();
    const tool = s.siteView && TOOL_BY_ID[s.toolId].space === 'site' ? 'select' : s.toolId;
    this.session.setState({ levelId: id, siteView: false, selection: [], highlight: null, toolId: tool });
  }

  notify(message: string): void {
    this.session.setState({ notice: { message, serial: ++this.notices } });
  }

  // ── the view ─────────────────────────────────────────────────────────────────────────────────────────────────

  setView(view: View): void {
    this.session.setState({ view });
  }

  setViewport(width: number, height: number): void {
    this.session.setState({ viewport: { width, height } });
  }

  zoomBy(factor: number, at?: readonly [number, number]): void {
    const s = this.session.getState();
    this.setView(zoomAt(s.view, at ?? [s.viewport.width / 2, s.viewport.height / 2], factor));
  }

  /** Shows the whole level, with the site on the level at grade (or a default 40' × 30' area when it is empty). */
  fit(): void {
    const level = this.level;
    let box = level ? levelBBox(level) : null;
    const plan = this.plan;
    const grade = plan?.levels.find((l) => l.elevation === 0) ?? plan?.levels[0];
    if (box && plan?.site && grade?.id === level?.id) box = bboxUnion(box, siteBBox(plan.site));
    // Nothing drawn yet over a trace image: show the image.
    if (box && !Number.isFinite(box.minX) && this.trace) box = traceBox(this.trace);
    this.frame(box && Number.isFinite(box.minX) ? box : { minX: 0, minY: 0, maxX: 480, maxY: 360 });
  }

  frame(box: BBox, maxScale = 4): void {
    const { width, height } = this.session.getState().viewport;
    this.setView(width > 0 && height > 0 ? fitBox(box, width, height, 48, maxScale) : DEFAULT_VIEW);
  }

  /** Frames the selection (or the given keys) with room around it. */
  frameKeys(keys: readonly RefKey[]): void {
    const level = this.level;
    if (!level) return;
    const box = refsBBox(level, refsOf(keys), this.plan?.site);
    if (!Number.isFinite(box.minX)) return;
    const pad = Math.max(box.maxX - box.minX, box.maxY - box.minY) * 0.6 + 48;
    this.frame({ minX: box.minX - pad, minY: box.minY - pad, maxX: box.maxX + pad, maxY: box.maxY + pad }, 3);
  }

  get sessionState(): SessionState {
    return this.session.getState();
  }
}
