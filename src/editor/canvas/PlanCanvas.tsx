/** The drawing: grid, trace image, plan and overlay layers on a Konva stage sized to its box. */
import { useEffect, useMemo, useRef } from 'react';
import { Layer, Stage } from 'react-konva';
import type { Finding } from '../../checks/types.ts';
import type { Plan } from '../../model/schema.ts';
import { gradeLevel } from '../model/refs.ts';
import { useEditor, useDoc, useSession } from '../react.ts';
import { traceKey } from '../trace.ts';
import { GridShape } from './GridShape.tsx';
import { OverlayLayer } from './OverlayLayer.tsx';
import { PlanLayer, PlanShapes, type RoomFigures } from './PlanLayer.tsx';
import { SiteGround, SiteTop } from './SiteShapes.tsx';
import { TraceLayer } from './TraceLayer.tsx';
import { changedKeys, changedSiteKeys, NOTHING } from './gestureSplit.ts';
import { useCanvasInput } from './useCanvasInput.ts';
import { CANVAS_BG } from './palette.ts';

interface Props {
  readonly failing: ReadonlySet<string>;
  readonly figures: ReadonlyMap<string, RoomFigures>;
  /** The outdoor.fall-zone finding of each piece of equipment, by its id. */
  readonly zoneFindings?: ReadonlyMap<string, Finding>;
  readonly label: string;
}

const NO_FINDINGS: ReadonlyMap<string, Finding> = new Map();

/** The site shares the frame of the level at grade (elevation 0; the first level when none is). */
function isGradeLevel(plan: Plan, levelId: string): boolean {
  return gradeLevel(plan).id === levelId;
}

const CURSOR: Record<string, string> = { select: 'default', measure: 'crosshair' };

export function PlanCanvas({ failing, figures, zoneFindings = NO_FINDINGS, label }: Props) {
  const editor = useEditor();
  const box = useRef<HTMLDivElement>(null);
  const plan = useDoc((s) => s.plan);
  const base = useDoc((s) => s.gestureBase);
  const levelId = useSession((s) => s.levelId);
  const siteView = useSession((s) => s.siteView);
  const traces = useSession((s) => s.traces);
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

  const level = (plan && (siteView ? gradeLevel(plan) : plan.levels.find((l) => l.id === levelId))) ?? plan?.levels[0] ?? null;
  const baseLevel = (base && level && base.levels.find((l) => l.id === level.id)) || level;
  // The keys that differ from the gesture's start; a string, so the set keeps its identity while they stay the same.
  const changed = base && level && baseLevel ? changedKeys(baseLevel, level).join('\n') : '';
  const moving = useMemo(() => (changed ? new Set(changed.split('\n')) : NOTHING), [changed]);
  const siteChanged = base && plan ? changedSiteKeys(base.site, plan.site).join('\n') : '';
  const siteMoving = useMemo(() => (siteChanged ? new Set(siteChanged.split('\n')) : NOTHING), [siteChanged]);
  // The overlay is the tool's drawing of its state over the plan: recomputed when any of those change.
  const overlay = useMemo(() => editor.overlay(), [editor, toolStates, toolId, plan, levelId, siteView, selection, view.scale]);

  const onGrade = !!(plan?.site && level && isGradeLevel(plan, level.id));
  const baseSite = (base ?? plan)?.site;
  const key = traceKey(siteView, level?.id);
  const trace = key ? traces[key] : undefined;
  const siteMovingShapes =
    siteView && siteMoving.size && plan?.site ? (
      <>
        <SiteGround site={plan.site} scale={view.scale} detail failing={failing} zoneFindings={zoneFindings} only={siteMoving} />
        <SiteTop site={plan.site} scale={view.scale} detail failing={failing} zoneFindings={zoneFindings} only={siteMoving} />
      </>
    ) : null;

  return (
    <div
      ref={box}
      className="plan-canvas"
      tabIndex={0}
      role="application"
      aria-label={label}
      aria-roledescription={siteView ? 'site plan editor' : 'floor plan editor'}
      data-testid="plan-canvas"
      data-view={JSON.stringify(view)}
      data-site-view={siteView ? 'true' : undefined}
      data-trace={trace ? JSON.stringify({ x: trace.x, y: trace.y, scale: trace.scale, width: trace.width, height: trace.height, opacity: trace.opacity, calibrated: trace.calibrated }) : undefined}
      data-tool={toolId}
      data-path={editor.path}
      style={{ cursor: CURSOR[toolId] ?? 'crosshair', background: CANVAS_BG }}
    >
      <Stage width={viewport.width} height={viewport.height} listening={false}>
        <Layer listening={false}>
          <GridShape view={view} width={viewport.width} height={viewport.height} />
        </Layer>
        {trace ? <TraceLayer trace={trace} view={view} /> : null}
        {baseLevel ? (
          <PlanLayer
            level={baseLevel}
            view={view}
            failing={failing}
            figures={figures}
            hidden={moving}
            site={onGrade || siteView ? baseSite : undefined}
            siteView={siteView}
            zoneFindings={zoneFindings}
            siteHidden={siteMoving}
            seeThrough={!!trace && !siteView}
          />
        ) : null}
        {level ? (
          <OverlayLayer
            level={level}
            site={siteView ? plan?.site : undefined}
            view={view}
            selection={selection}
            overlay={overlay}
            highlight={highlight}
            moving={siteView ? siteMovingShapes : moving.size ? <PlanShapes level={level} view={view} failing={failing} figures={figures} only={moving} /> : null}
          />
        ) : null}
      </Stage>
    </div>
  );
}
