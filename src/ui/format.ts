/** How numbers and statuses read on screen. Feet and square feet appear only here, at the edge. */
import type { Status } from '../checks/types.ts';

const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Square feet with one decimal, e.g. `1,234.5`. */
export const formatSqFt = (sqFt: number): string => oneDecimal.format(sqFt);

export const formatChildren = (children: number): string => whole.format(children);

/** The order findings are listed in: what needs work first. */
export const STATUS_ORDER: readonly Status[] = ['fail', 'warn', 'verify', 'pass', 'n/a'];

export const STATUS_LABEL: Readonly<Record<Status, string>> = {
  fail: 'Fails',
  warn: 'Warnings',
  verify: 'To verify on site',
  pass: 'Passes',
  'n/a': 'Not applicable',
};

/** A status as a CSS class / test id fragment (`n/a` has a slash). */
export const statusSlug = (status: Status): string => (status === 'n/a' ? 'na' : status);

/** `child-care` → `child care`. */
export const formatUse = (use: string | undefined): string => (use ? use.replace(/-/g, ' ') : '—');
