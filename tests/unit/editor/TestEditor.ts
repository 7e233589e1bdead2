/**
 * Drives an Editor the way a user does — pointer and keys in plan inches — and reads the document out, after
 * tldraw's TestEditor. The view is 1 px per inch at the origin unless `scale` is given, so pixel tolerances are inches.
 */
import { Editor } from '../../../src/editor/Editor.ts';
import { createSessionStore } from '../../../src/editor/session.ts';
import type { ToolId } from '../../../src/editor/tools/types.ts';
import type { RefKey } from '../../../src/editor/model/refs.ts';
import type { Level, Plan } from '../../../src/model/schema.ts';
import { validatePlan } from '../../../src/model/validate.ts';
import { createDocumentStore } from '../../../src/store/document.ts';

type Mods = { shift?: boolean; alt?: boolean; ctrl?: boolean; button?: number };

export function emptyPlan(): Plan {
  return {
    format: 'safeplan.plan',
    version: 1,
    facility: { name: 'Test', kind: 'center', licensing: 'new', sprinklered: false, nighttime: false },
    levels: [{ id: 'L1', name: 'Main floor', elevation: 0, rooms: [], doors: [], windows: [], items: [] }],
  };
}

/** Two 10' × 10' rooms side by side with a 6" wall between them. */
export function twoRooms(): Plan {
  const plan = emptyPlan();
  return {
    ...plan,
    levels: [
      {
        ...plan.levels[0]!,
        rooms: [
          { id: 'R1', name: 'West', use: 'child-care', ages: ['preschool'], polygon: [[0, 0], [120, 0], [120, 120], [0, 120]] },
          { id: 'R2', name: 'East', use: 'child-care', ages: ['preschool'], polygon: [[126, 0], [246, 0], [246, 120], [126, 120]] },
        ],
      },
    ],
  };
}

export class TestEditor {
  readonly doc = createDocumentStore();
  readonly session = createSessionStore();
  readonly editor = new Editor(this.doc, this.session);

  constructor(plan: Plan = emptyPlan(), scale = 1) {
    this.doc.getState().openPlan('test.json', plan, { kind: 'new' });
    this.session.setState({ view: { scale, x: 0, y: 0 } });
  }

  get plan(): Plan {
    return this.doc.getState().plan!;
  }

  get level(): Level {
    return this.editor.level!;
  }

  get selection(): readonly RefKey[] {
    return this.session.getState().selection;
  }

  get path(): string {
    return this.editor.path;
  }

  get notice(): string | undefined {
    return this.session.getState().notice?.message;
  }

  /** The plan passes the model's own validation (what the engine will be given). */
  expectValid(): this {
    const r = validatePlan(JSON.parse(JSON.stringify(this.plan)));
    expect(r.ok ? [] : r.errors).toEqual([]);
    return this;
  }

  setTool(id: ToolId): this {
    this.editor.setTool(id);
    return this;
  }

  private input(x: number, y: number, m: Mods = {}) {
    return { point: [x, y] as const, button: m.button ?? 0, shift: !!m.shift, alt: !!m.alt, ctrl: !!m.ctrl };
  }

  pointerDown(x: number, y: number, m?: Mods): this {
    this.editor.pointerDown(this.input(x, y, m));
    return this;
  }

  pointerMove(x: number, y: number, m?: Mods): this {
    this.editor.pointerMove(this.input(x, y, m));
    return this;
  }

  pointerUp(x: number, y: number, m?: Mods): this {
    this.editor.pointerUp(this.input(x, y, m));
    return this;
  }

  click(x: number, y: number, m?: Mods): this {
    return this.pointerMove(x, y, m).pointerDown(x, y, m).pointerUp(x, y, m);
  }

  doubleClick(x: number, y: number, m?: Mods): this {
    this.click(x, y, m).click(x, y, m);
    this.editor.doubleClick(this.input(x, y, m));
    return this;
  }

  /** Press, move in steps, release. */
  drag(from: readonly [number, number], to: readonly [number, number], m?: Mods & { steps?: number; release?: boolean }): this {
    this.pointerMove(from[0], from[1], m).pointerDown(from[0], from[1], m);
    const steps = m?.steps ?? 5;
    for (let i = 1; i <= steps; i++) this.pointerMove(from[0] + ((to[0] - from[0]) * i) / steps, from[1] + ((to[1] - from[1]) * i) / steps, m);
    if (m?.release !== false) this.pointerUp(to[0], to[1], m);
    return this;
  }

  key(key: string, m: Omit<Mods, 'button'> = {}): boolean {
    return this.editor.keyDown({ key, shift: !!m.shift, alt: !!m.alt, ctrl: !!m.ctrl });
  }

  /** Types text key by key (the tools' measurement box). */
  type(text: string): this {
    for (const ch of text) this.key(ch);
    return this;
  }

  undo(): this {
    this.key('z', { ctrl: true });
    return this;
  }

  redo(): this {
    this.key('z', { ctrl: true, shift: true });
    return this;
  }

  get undoSteps(): number {
    return this.doc.getState().history.past.length;
  }
}
