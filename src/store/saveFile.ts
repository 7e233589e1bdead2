/** "Save .json": the plan as a file, with the editor's default item sizes written back (plan-format.md, Item). */
import { withDefaultSizes } from '../model/defaults.ts';
import type { Plan } from '../model/schema.ts';

export function planForSaving(plan: Plan): Plan {
  return { ...plan, levels: plan.levels.map((level) => ({ ...level, items: withDefaultSizes(level.items) })) };
}

export const planFileText = (plan: Plan): string => `${JSON.stringify(planForSaving(plan), null, 2)}\n`;

/** A file name from the facility name: `Sunny Days Center` → `sunny-days-center.json`. */
export function suggestedFileName(plan: Plan, current: string | null): string {
  if (current && current.endsWith('.json') && current !== 'untitled.json') return current;
  const slug = plan.facility.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug || 'plan'}.json`;
}

/** Hands a file to the browser as a download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const downloadPlan = (plan: Plan, fileName: string): void =>
  downloadBlob(new Blob([planFileText(plan)], { type: 'application/json' }), fileName);
