/** The drawing: grid, plan and overlay layers on a Konva stage sized to its box. */
import { useEffect, useMemo, useRef } from 'react';
import { Layer, Stage } from 'react-konva';
import type { Plan } from '../../model/schema.ts';
import { useEditor, useDoc, useSession } from '../react.ts';
import { GridShape } from './GridShape.tsx';
import { OverlayLayer } from './OverlayLayer.tsx';
import { PlanLayer, PlanShapes, type RoomFigures } from './PlanLayer.tsx';
import { changedKeys, NOTHING } from './gestureSplit.ts';
import { useCanvasInput } from './useCanvasInput.ts';
import { CANVAS_BG } from './palette.ts';

interface Props {
  readonly failing: ReadonlySet<string>;
  readonly figures: ReadonlyMap<string, RoomFigures>;
  readonly label: string;
}

/** The site shares the frame of the level at grade (elevation 0; the first level when none is). */
function isGradeLevel(plan: Plan, levelId: string): boolean {
  const grade = plan.levels.find((l) => l.elevation === 0) ?? plan.levels[0];
  return grade?.id === levelId;
}

const CURSOR: Record<string, string> = { select: 'default', measure: 'crosshair' };

export function PlanCanvas({ failing, figures, label }: Props) {
  const editor = useEditor();
  const box = useRef<HTMLDivElement>(null);
  const plan = useDoc((s) => s.plan);
  const base = useDoc((s) => s.gestureBase);
  const levelId = useSession((s) => s.levelId);
  const view = useSession((s) => s.view);
  const viewport = useSession((s) => s.viewport);
  const selection = useSession((s) => s.selection);
  const toolId = useSession((s) => s.toolId);
  const toolStates = useSession((s) => s.toolStates);
  const highlight = useSession((s) => s.highlight);
  useCanvasInput(editor, box);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => editor.setViewport(Math.max(1, el.clientWidth), Math.max(1, el.clientHeight));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [editor]);

  const level = plan?.levels.find((l) => l.id === levelId) ?? plan?.levels[0] ?? null;
  const baseLevel = (base && level && base.levels.find((l) => l.id === level.id)) || level;
  // The keys that differ from the gesture's start; a string, so the set keeps its identity while they stay the same.
  const changed = base && level && baseLevel ? changedKeys(baseLevel, level).join('\n') : '';
  const moving = useMemo(() => (changed ? new Set(changed.split('\n')) : NOTHING), [changed]);
  // The overlay is the tool's drawing of its state over the plan: recomputed when any of those change.
  const overlay = useMemo(() => editor.overlay(), [editor, toolStates, toolId, plan, levelId, selection, view.scale]);

  return (
    <div
      ref={box}
      className="plan-canvas"
      tabIndex={0}
      role="application"
      aria-label={label}
      aria-roledescription="floor plan editor"
      data-testid="plan-canvas"
      data-view={JSON.stringify(view)}
      data-tool={toolId}
      data-path={editor.path}
      style={{ cursor: CURSOR[toolId] ?? 'crosshair', background: CANVAS_BG }}
    >
      <Stage width={viewport.width} height={viewport.height} listening={false}>
        <Layer listening={false}>
          <GridShape view={view} width={viewport.width} height={viewport.height} />
        </Layer>
        {baseLevel ? (
          <PlanLayer level={baseLevel} view={view} failing={failing} figures={figures} hidden={moving} site={plan?.site && level && isGradeLevel(plan, level.id) ? plan.site : undefined} />
        ) : null}
        {level ? (
          <OverlayLayer
            level={level}
            view={view}
            selection={selection}
            overlay={overlay}
            highlight={highlight}
            moving={moving.size ? <PlanShapes level={level} view={view} failing={failing} figures={figures} only={moving} /> : null}
          />
        ) : null}
      </Stage>
    </div>
  );
}
