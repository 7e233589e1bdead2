/**
 * Runs of primitives that many pages draw identically — the level plan under every poster of a level
 * (posterLevel.ts) — marked so the PDF can write them once, as Form XObjects (ISO 32000-1 §8.10), and each page call
 * them with `Do`. Without it a 200-poster packet writes its 200-room plan 200 times: some 40 MB of operators to
 * compress, and a PDF of 8 MB.
 *
 * A hint only: the pages are not changed, and the writer calls a block only where the page holds the very same
 * primitive objects, in the same order (see blockAt). A page that leaves one out or puts another in between draws
 * those primitives itself.
 */
import type { Primitive } from './types.ts';

/** Primitives per block: a poster inlines the few blocks its own room touches (its fill, its label). */
export const BLOCK = 32;

const runs = new WeakMap<Primitive, { readonly run: readonly Primitive[]; readonly index: number }>();

/** Marks a run that pages will share; its primitives must not be in another marked run. */
export function shareRun(run: readonly Primitive[]): void {
  run.forEach((p, index) => runs.set(p, { run, index }));
}

export interface Block {
  readonly run: readonly Primitive[];
  /** Index in the run of the block's first primitive: a multiple of BLOCK. */
  readonly start: number;
  readonly length: number;
}

/** The block of a marked run that `primitives` holds whole from `i` on, if any. */
export function blockAt(primitives: readonly Primitive[], i: number): Block | null {
  const found = runs.get(primitives[i]!);
  if (!found || found.index % BLOCK !== 0) return null;
  const { run, index: start } = found;
  const length = Math.min(BLOCK, run.length - start);
  if (i + length > primitives.length) return null;
  for (let k = 1; k < length; k++) if (primitives[i + k] !== run[start + k]) return null;
  return { run, start, length };
}
