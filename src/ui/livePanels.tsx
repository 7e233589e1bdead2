/**
 * The report's panels, each subscribed to no more than it shows: the findings and rooms lists re-render when a new
 * report lands, not when a drag moves a room; the capacity card also knows whether the plan has moved on since.
 */
import { memo, useCallback, useMemo } from 'react';
import { useStore } from 'zustand';
import type { Finding } from '../checks/types.ts';
import type { PlanError } from '../model/result.ts';
import type { Plan } from '../model/schema.ts';
import type { RoomRow } from '../report/types.ts';
import { appEditor as editor } from './editorInstance.ts';
import { CapacityCard } from './CapacityCard.tsx';
import { FindingsList } from './FindingsList.tsx';
import { RoomsTable } from './RoomsTable.tsx';
import { showFinding, showProblem, showSubject } from './showOnPlan.ts';
import type { LiveReport } from './useLiveReport.ts';

/** Level ids and names as one string: stable while they stay the same, whatever else changes in the plan. */
const levelNamesKey = (plan: Plan | null) => JSON.stringify(plan?.levels.map((l) => [l.id, l.name || l.id]) ?? []);

export const Findings = memo(function Findings({ findings, problems, highlighted }: { findings: readonly Finding[]; problems: readonly PlanError[]; highlighted: Finding | null }) {
  const pick = useCallback((f: Finding) => showFinding(editor, f), []);
  const pickProblem = useCallback((p: PlanError) => showProblem(editor, p), []);
  return <FindingsList findings={findings} problems={problems} highlighted={highlighted} onPick={pick} onPickProblem={pickProblem} />;
});

const pickRoom = (id: string) => void showSubject(editor, id);

export const Rooms = memo(function Rooms({ rooms }: { rooms: readonly RoomRow[] }) {
  const key = useStore(editor.doc, (s) => levelNamesKey(s.plan));
  const levelNames = useMemo(() => new Map(JSON.parse(key) as [string, string][]), [key]);
  return <RoomsTable rooms={rooms} levelNames={levelNames} onPick={pickRoom} />;
});

/** The capacity card knows whether the plan moved on since the report was made. */
export function Capacity({ live }: { live: LiveReport }) {
  const revision = useStore(editor.doc, (s) => s.revision);
  if (!live.report) {
    return (
      <section className="card capacity" data-testid="capacity">
        Checking the plan…
      </section>
    );
  }
  return <CapacityCard capacity={live.report.capacity} stale={live.checking || live.revision !== revision || live.problems.length > 0} />;
}

