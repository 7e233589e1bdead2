/**
 * Typing a length while a tool is active, without clicking into a box first (the "measurements box" of CAD tools):
 * a digit starts it, Backspace edits it, Enter uses it, Escape drops it.
 */
import { parseLength, type ParseLengthResult } from '../../model/units.ts';
import type { Point } from '../../geometry/types.ts';

const CONTINUES = /^[0-9'"xX×*./\- a-zA-Z@<°]$/;

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

export type LengthAngleResult = { readonly ok: true; readonly inches: number; readonly angle: number | null } | { readonly ok: false; readonly message: string };

/**
 * A wall typed while drawing: `12'` (its direction from the pointer), or `12' @ 30` / `12'<30` — that long at 30°,
 * counted counter-clockwise from east (right) on the screen: 0 right, 90 up, 180 left, 270 down.
 */
export function parseLengthAngle(text: string, defaultUnit: 'ft' | 'in'): LengthAngleResult {
  const [lengthText, angleText, extra] = text.split(/\s*[@<]\s*/);
  if (extra !== undefined) return { ok: false, message: `"${text}": write a wall as a length, or a length @ an angle, e.g. 12' @ 90` };
  const len = parseTypedLength(lengthText ?? '', defaultUnit);
  if (!len.ok) return len;
  if (angleText === undefined) return { ok: true, inches: len.inches, angle: null };
  const deg = angleText.replace(/°$/, '').trim();
  if (!/^-?\d+(\.\d+)?$/.test(deg)) return { ok: false, message: `"${angleText}" is not an angle: write it in degrees, e.g. 12' @ 90 (0 is right, 90 up)` };
  return { ok: true, inches: len.inches, angle: Number(deg) };
}

export function parseTypedLength(text: string, defaultUnit: 'ft' | 'in'): ParseLengthResult {
  const r = parseLength(text, { defaultUnit });
  if (r.ok && r.inches <= 0) return { ok: false, message: `"${text}": the length must be above zero` };
  return r;
}
