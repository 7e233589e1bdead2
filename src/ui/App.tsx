/**
 * The editor window: toolbar on top, the plan in the middle, panels on the right (capacity always in view;
 * properties, findings and rooms in tabs), status bar at the bottom.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { PlanCanvas } from '../editor/canvas/PlanCanvas.tsx';
import type { RoomFigures } from '../editor/canvas/PlanLayer.tsx';
import { EditorContext } from '../editor/react.ts';
import { startAutosave, type SaveStatus } from '../store/autosave.ts';
import { downloadPlan, planForSaving, suggestedFileName } from '../store/saveFile.ts';
import { useStore } from 'zustand';
import { appEditor } from './editorInstance.ts';
import { CapacityCard } from './CapacityCard.tsx';
import { EmptyGuide } from './EmptyGuide.tsx';
import { FindingsList } from './FindingsList.tsx';
import { HelpPanel } from './HelpPanel.tsx';
import { ItemPalette } from './ItemPalette.tsx';
import { LevelBar } from './LevelBar.tsx';
import { PlanErrors } from './PlanErrors.tsx';
import { PropertiesPanel } from './properties/PropertiesPanel.tsx';
import { RestoredNote } from './RestoredNote.tsx';
import { RoomsTable } from './RoomsTable.tsx';
import { fetchSampleIndex, type SampleEntry } from './samples.ts';
import { showFinding, showProblem } from './showOnPlan.ts';
import { StatusBar } from './StatusBar.tsx';
import { SidePanel } from './SidePanel.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useLiveReport } from './useLiveReport.ts';
import { useShortcuts } from './useShortcuts.ts';
import { useStartup } from './useStartup.ts';

const editor = appEditor;

export function App() {
  const plan = useStore(editor.doc, (s) => s.plan);
  const fileName = useStore(editor.doc, (s) => s.fileName);
  const source = useStore(editor.doc, (s) => s.source);
  const revision = useStore(editor.doc, (s) => s.revision);
  const errors = useStore(editor.doc, (s) => s.errors);
  const refusedFileName = useStore(editor.doc, (s) => s.refusedFileName);
  const levelId = useStore(editor.session, (s) => s.levelId);
  const toolId = useStore(editor.session, (s) => s.toolId);
  const highlight = useStore(editor.session, (s) => s.highlight);
  const viewport = useStore(editor.session, (s) => s.viewport);

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
    editor.notify(`Saved ${name} to your downloads, with default item sizes written in.`);
  }, []);
  const actions = useMemo(() => ({ save, open: () => document.querySelector<HTMLInputElement>('[data-testid="open-file-input"]')?.click() }), [save]);
  useShortcuts(editor, actions);

  const level = plan?.levels.find((l) => l.id === levelId) ?? plan?.levels[0] ?? null;
  const report = live.report;
  const failing = useMemo(() => new Set(report?.findings.filter((f) => f.status === 'fail' && f.subject).map((f) => f.subject!) ?? []), [report]);
  const figures = useMemo(() => new Map<string, RoomFigures>(report?.rooms.map((r) => [r.id, { usableSqFt: r.usableSqFt, areaSqFt: r.areaSqFt }]) ?? []), [report]);
  const levelNames = useMemo(() => new Map(plan?.levels.map((l) => [l.id, l.name || l.id]) ?? []), [plan]);
  const stale = live.checking || live.revision !== revision || live.problems.length > 0;

  return (
    <EditorContext.Provider value={editor}>
      <div className="app" data-plan-revision={revision} data-report-revision={live.revision} data-refresh-ms={live.refreshMs ?? undefined}>
        <Toolbar
          samples={samples}
          currentSample={startup.currentSample}
          onPickSample={(name) => void startup.openSample(name)}
          onOpenFile={startup.openFile}
          onNew={startup.newPlan}
          onSave={save}
        />
        <PlanErrors fileName={refusedFileName} errors={errors} planStillOpen={plan ? fileName : null} onDismiss={() => editor.doc.getState().dismissErrors()} />
        {startup.restoredAt && plan ? <RestoredNote savedAt={startup.restoredAt} onDismiss={startup.dismissRestored} onStartOver={startup.newPlan} /> : null}
        <div className="workspace" aria-busy={startup.loadingSample !== null}>
          <main className="canvas-column">
            {plan && level ? (
              <>
                <LevelBar />
                <div className="canvas-wrap">
                  <PlanCanvas failing={failing} figures={figures} label={`Floor plan of ${plan.facility.name || 'the facility'}, level ${level.name || level.id}`} />
                  {level.rooms.length === 0 ? <EmptyGuide /> : null}
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
          {plan ? (
            <aside className="side-panel" aria-label="Plan details">
              {report ? <CapacityCard capacity={report.capacity} stale={stale} /> : <section className="card capacity" data-testid="capacity">Checking the plan…</section>}
              {toolId === 'item' ? <ItemPalette /> : null}
              {live.crash ? (
                <section className="alert" role="alert" data-testid="report-error">
                  <h2>The plan opened, but its report could not be built</h2>
                  <p>{live.crash}</p>
                </section>
              ) : null}
              <SidePanel
                failCount={report?.summary.fail ?? 0}
                problemCount={live.problems.length}
                properties={<PropertiesPanel rooms={report?.rooms ?? []} />}
                findings={
                  <FindingsList
                    findings={report?.findings ?? []}
                    problems={live.problems}
                    highlighted={highlight}
                    onPick={(f) => showFinding(editor, f)}
                    onPickProblem={(p) => showProblem(editor, p)}
                  />
                }
                rooms={<RoomsTable rooms={report?.rooms ?? []} levelNames={levelNames} onPick={(id) => showFinding(editor, { id: 'room', citation: '', status: 'n/a', subject: id, measured: null, limit: null, unit: null, message: '', geometry: null })} />}
              />
            </aside>
          ) : null}
        </div>
        {plan ? <StatusBar live={live} saveStatus={saveStatus} /> : null}
      </div>
    </EditorContext.Provider>
  );
}
