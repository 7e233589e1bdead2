/**
 * The editor window: toolbar on top, the plan in the middle, panels on the right (capacity always in view;
 * properties, findings and rooms in tabs), status bar at the bottom.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Finding } from '../checks/types.ts';
import type { Plan } from '../model/schema.ts';
import { PlanCanvas } from '../editor/canvas/PlanCanvas.tsx';
import type { RoomFigures } from '../editor/canvas/PlanLayer.tsx';
import { EditorContext } from '../editor/react.ts';
import { startAutosave, type SaveStatus } from '../store/autosave.ts';
import { downloadPlan, planForSaving, suggestedFileName } from '../store/saveFile.ts';
import { useStore } from 'zustand';
import { appEditor } from './editorInstance.ts';
import { EmptyGuide } from './EmptyGuide.tsx';
import { HelpPanel } from './HelpPanel.tsx';
import { ItemPalette } from './ItemPalette.tsx';
import { EquipmentPalette } from './EquipmentPalette.tsx';
import { SiteGuide } from './SiteGuide.tsx';
import { indexedDbTraceStorage, startTracePersistence } from '../store/traces.ts';
import { LevelBar } from './LevelBar.tsx';
import { PlanErrors } from './PlanErrors.tsx';
import { PropertiesPanel } from './properties/PropertiesPanel.tsx';
import { RestoredNote } from './RestoredNote.tsx';
import { fetchSampleIndex, type SampleEntry } from './samples.ts';
import { StatusBar } from './StatusBar.tsx';
import { SidePanel } from './SidePanel.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useLiveReport } from './useLiveReport.ts';
import { Capacity, Findings, Rooms } from './livePanels.tsx';
import type { RoomRow } from '../report/types.ts';
import { useShortcuts } from './useShortcuts.ts';
import { useStartup } from './useStartup.ts';

const editor = appEditor;
const levelOf = (plan: Plan | null, id: string | null) => plan?.levels.find((l) => l.id === id) ?? plan?.levels[0] ?? null;
const NO_ROOMS: readonly RoomRow[] = [];
const NO_FINDINGS: readonly Finding[] = [];

export function App() {
  // Subscriptions here are narrow on purpose: a drag changes the plan every frame, and only the canvas should follow.
  const hasPlan = useStore(editor.doc, (s) => s.plan !== null);
  const fileName = useStore(editor.doc, (s) => s.fileName);
  const source = useStore(editor.doc, (s) => s.source);
  const errors = useStore(editor.doc, (s) => s.errors);
  const refusedFileName = useStore(editor.doc, (s) => s.refusedFileName);
  const levelId = useStore(editor.session, (s) => s.levelId);
  const facilityName = useStore(editor.doc, (s) => s.plan?.facility.name ?? '');
  const levelName = useStore(editor.doc, (s) => {
    const l = levelOf(s.plan, levelId);
    return l ? l.name || l.id : null;
  });
  const levelEmpty = useStore(editor.doc, (s) => (levelOf(s.plan, levelId)?.rooms.length ?? 0) === 0);
  const siteView = useStore(editor.session, (s) => s.siteView);
  const siteEmpty = useStore(editor.doc, (s) => !s.plan?.site || Object.values(s.plan.site).every((list) => !list?.length));
  const toolId = useStore(editor.session, (s) => s.toolId);
  const highlight = useStore(editor.session, (s) => s.highlight);
  const viewport = useStore(editor.session, (s) => s.viewport);
  const root = useRef<HTMLDivElement>(null);

  const [samples, setSamples] = useState<readonly SampleEntry[]>([]);
  const [saveStatus, setSaveStatus] = useState<SaveStatus | null>(null);
  const startup = useStartup(editor);
  const live = useLiveReport(editor);

  useEffect(() => {
    let alive = true;
    void fetchSampleIndex().then((list) => alive && setSamples(list));
    return () => {
      alive = false;
    };
  }, []);

  useEffect(() => {
    try {
      return startAutosave(editor.doc, window.localStorage, setSaveStatus);
    } catch {
      return undefined;
    }
  }, []);

  // Trace images live in this browser (IndexedDB), by plan name; never in the plan.
  useEffect(() => {
    const storage = indexedDbTraceStorage();
    return storage ? startTracePersistence(editor.doc, editor.session, storage) : undefined;
  }, []);

  // A plan that just opened is shown whole, once the canvas knows its size.
  const canvasReady = viewport.width > 1;
  useEffect(() => {
    if (source && canvasReady) editor.fit();
  }, [source, canvasReady]);

  const save = useCallback(() => {
    const p = editor.plan;
    if (!p) return;
    const name = suggestedFileName(p, editor.doc.getState().fileName);
    downloadPlan(planForSaving(p), name);
    editor.doc.getState().markSaved();
    editor.notify(`Saved ${name} to your downloads, with default item sizes written in.`);
  }, []);
  const actions = useMemo(() => ({ save, open: () => document.querySelector<HTMLInputElement>('[data-testid="open-file-input"]')?.click() }), [save]);
  useShortcuts(editor, actions);

  // The plan's revision on the page (for tests and measurements), written without re-rendering anything.
  useEffect(() => {
    const write = () => {
      if (root.current) root.current.dataset.planRevision = String(editor.doc.getState().revision);
    };
    write();
    return editor.doc.subscribe(write);
  }, []);

  const report = live.report;
  const failing = useMemo(() => new Set(report?.findings.filter((f) => f.status === 'fail' && f.subject).map((f) => f.subject!) ?? []), [report]);
  const zoneFindings = useMemo(() => new Map(report?.findings.filter((f) => f.id === 'outdoor.fall-zone' && f.subject).map((f) => [f.subject!, f]) ?? []), [report]);
  const figures = useMemo(() => new Map<string, RoomFigures>(report?.rooms.map((r) => [r.id, { usableSqFt: r.usableSqFt, areaSqFt: r.areaSqFt }]) ?? []), [report]);
  const rooms = report?.rooms ?? NO_ROOMS;
  const findings = report?.findings ?? NO_FINDINGS;
  const properties = useMemo(() => <PropertiesPanel rooms={rooms} findings={findings} />, [rooms, findings]);

  return (
    <EditorContext.Provider value={editor}>
      <div className="app" ref={root} data-report-revision={live.revision} data-refresh-ms={live.refreshMs ?? undefined}>
        <Toolbar
          samples={samples}
          currentSample={startup.currentSample}
          onPickSample={(name) => void startup.openSample(name)}
          onOpenFile={startup.openFile}
          onNew={startup.newPlan}
          onSave={save}
        />
        <PlanErrors fileName={refusedFileName} errors={errors} planStillOpen={hasPlan ? fileName : null} onDismiss={() => editor.doc.getState().dismissErrors()} />
        {startup.restoredAt && hasPlan ? <RestoredNote savedAt={startup.restoredAt} onDismiss={startup.dismissRestored} onStartOver={startup.newPlan} /> : null}
        <div className="workspace" aria-busy={startup.loadingSample !== null}>
          <main className="canvas-column">
            {hasPlan && levelName !== null ? (
              <>
                <LevelBar />
                <div className="canvas-wrap">
                  <PlanCanvas
                    failing={failing}
                    figures={figures}
                    zoneFindings={zoneFindings}
                    label={siteView ? `Site plan of ${facilityName || 'the facility'}` : `Floor plan of ${facilityName || 'the facility'}, level ${levelName}`}
                  />
                  {siteView ? siteEmpty ? <SiteGuide /> : null : levelEmpty ? <EmptyGuide /> : null}
                  <HelpPanel />
                </div>
              </>
            ) : (
              <div className="empty-state">
                <h1>SafePlan</h1>
                <p data-testid="empty-state">
                  {startup.loadingSample ? `Opening the sample “${startup.loadingSample}”…` : 'No plan is open. Start a new plan, open a plan file, or choose a sample.'}
                </p>
              </div>
            )}
          </main>
          {hasPlan ? (
            <aside className="side-panel" aria-label="Plan details">
              <Capacity live={live} />
              {toolId === 'item' ? <ItemPalette /> : null}
              {toolId === 'equipment' ? <EquipmentPalette /> : null}
              {live.crash ? (
                <section className="alert" role="alert" data-testid="report-error">
                  <h2>The plan opened, but its report could not be built</h2>
                  <p>{live.crash}</p>
                </section>
              ) : null}
              <SidePanel
                failCount={report?.summary.fail ?? 0}
                problemCount={live.problems.length}
                properties={properties}
                findings={<Findings findings={findings} problems={live.problems} highlighted={highlight} />}
                rooms={<Rooms rooms={rooms} />}
              />
            </aside>
          ) : null}
        </div>
        {hasPlan ? <StatusBar live={live} saveStatus={saveStatus} /> : null}
      </div>
    </EditorContext.Provider>
  );
}
