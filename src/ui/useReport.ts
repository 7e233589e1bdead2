import { useMemo } from 'react';
import type { Plan } from '../model/schema.ts';
import { buildReport } from '../report/build.ts';
import type { Report } from '../report/types.ts';

export type ReportState =
  | { readonly ok: true; readonly report: Report }
  | { readonly ok: false; readonly message: string };

/**
 * The report of the open plan, rebuilt only when the plan changes. A failure inside the engine is a bug, but it
 * must not blank the page: it is shown in place of the report.
 */
export function useReport(plan: Plan | null): ReportState | null {
  return useMemo(() => {
    if (!plan) return null;
    try {
      return { ok: true, report: buildReport(plan) };
    } catch (e) {
      return { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
  }, [plan]);
}
