import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useDocument } from '../store/document.ts';
import { CapacityCard } from './CapacityCard.tsx';
import { FacilityHeading } from './FacilityHeading.tsx';
import { FindingsList } from './FindingsList.tsx';
import { PlanErrors } from './PlanErrors.tsx';
import { RoomsTable } from './RoomsTable.tsx';
import { Toolbar } from './Toolbar.tsx';
import { fetchSampleIndex, fetchSampleText, rememberSampleInLocation, sampleFromLocation, type SampleEntry } from './samples.ts';
import { useReport } from './useReport.ts';

export function App() {
  const plan = useDocument((s) => s.plan);
  const fileName = useDocument((s) => s.fileName);
  const errors = useDocument((s) => s.errors);
  const refusedFileName = useDocument((s) => s.refusedFileName);
  const openText = useDocument((s) => s.openText);
  const reportUnreadable = useDocument((s) => s.reportUnreadable);
  const dismissErrors = useDocument((s) => s.dismissErrors);

  const [samples, setSamples] = useState<readonly SampleEntry[]>([]);
  const [currentSample, setCurrentSample] = useState<string | null>(null);
  const [loadingSample, setLoadingSample] = useState<string | null>(null);
  // Only the latest request may open its plan: a slow sample must not replace a file the user opened meanwhile.
  const latestRequest = useRef(0);

  const openSample = useCallback(
    async (name: string) => {
      const ticket = ++latestRequest.current;
      setLoadingSample(name);
      const fetched = await fetchSampleText(name);
      if (ticket !== latestRequest.current) return;
      setLoadingSample(null);
      const file = `${name}.json`;
      if (!fetched.ok) {
        reportUnreadable(file, fetched.message);
        return;
      }
      if (openText(file, fetched.text)) {
        setCurrentSample(name);
        rememberSampleInLocation(name);
      }
    },
    [openText, reportUnreadable],
  );

  const openFile = useCallback(
    (name: string, text: string) => {
      latestRequest.current++;
      setLoadingSample(null);
      if (openText(name, text)) setCurrentSample(null);
    },
    [openText],
  );

  useEffect(() => {
    let live = true;
    void fetchSampleIndex().then((list) => live && setSamples(list));
    void openSample(sampleFromLocation());
    return () => {
      live = false;
    };
  }, [openSample]);

  const report = useReport(plan);
  const levelNames = useMemo(() => new Map(plan?.levels.map((level) => [level.id, level.name || level.id]) ?? []), [plan]);

  return (
    <div className="app">
      <Toolbar samples={samples} currentSample={currentSample} onPickSample={openSample} onOpenFile={openFile} />
      <main className="content" aria-busy={loadingSample !== null}>
        <PlanErrors fileName={refusedFileName} errors={errors} planStillOpen={plan ? fileName : null} onDismiss={dismissErrors} />
        {plan ? (
          <>
            <FacilityHeading plan={plan} fileName={fileName} />
            {report?.ok === false ? (
              <section className="alert" role="alert" data-testid="report-error">
                <h2>The plan opened, but its report could not be built</h2>
                <p>{report.message}</p>
              </section>
            ) : null}
            {report?.ok ? (
              <div className="report-grid">
                <CapacityCard capacity={report.report.capacity} />
                <RoomsTable rooms={report.report.rooms} levelNames={levelNames} />
                <FindingsList findings={report.report.findings} />
              </div>
            ) : null}
          </>
        ) : (
          <div className="empty-state">
            <h1>SafePlan</h1>
            <p data-testid="empty-state">
              {loadingSample ? `Opening the sample “${loadingSample}”…` : 'No plan is open. Open a plan file, or choose a sample.'}
            </p>
          </div>
        )}
      </main>
    </div>
  );
}
