/**
 * Typing a length while a tool is active, without clicking into a box first (the "measurements box" of CAD tools):
 * a digit starts it, Backspace edits it, Enter uses it, Escape drops it.
 */
import { parseLength, type ParseLengthResult } from '../../model/units.ts';
import type { Point } from '../../geometry/types.ts';

const CONTINUES = /^[0-9'"xX×*./\- a-zA-Z]$/;

/** The typed text after `key`, or null when the key is not typing. */
export function typeKey(typed: string, key: string): string | null {
  if (key === 'Backspace') return typed ? typed.slice(0, -1) : null;
  if (key.length !== 1) return null;
  if (typed === '') return /[0-9.]/.test(key) ? key : null;
  return CONTINUES.test(key) ? typed + key : null;
}

export type SizeResult = { readonly ok: true; readonly size: Point } | { readonly ok: false; readonly message: string };

/** `12' x 10'`, `12 x 10` (feet), `144" × 120"`, `12'6" by 10'`: width then depth. */
export function parseSize(text: string): SizeResult {
  const parts = text.split(/\s*(?:[xX×*]|\bby\b)\s*/);
  if (parts.length !== 2 || !parts[0] || !parts[1]) return { ok: false, message: `"${text}": write a size as width x depth, e.g. 12' x 10'` };
  const w = parseLength(parts[0], { defaultUnit: 'ft' });
  const d = parseLength(parts[1], { defaultUnit: 'ft' });
  if (!w.ok) return { ok: false, message: w.message };
  if (!d.ok) return { ok: false, message: d.message };
  if (w.inches <= 0 || d.inches <= 0) return { ok: false, message: `"${text}": a room needs a width and a depth above zero` };
  return { ok: true, size: [w.inches, d.inches] };
}

export function parseTypedLength(text: string, defaultUnit: 'ft' | 'in'): ParseLengthResult {
  const r = parseLength(text, { defaultUnit });
  if (r.ok && r.inches <= 0) return { ok: false, message: `"${text}": the length must be above zero` };
  return r;
}
