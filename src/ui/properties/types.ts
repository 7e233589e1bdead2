import type { Patch } from '../../editor/model/commands.ts';

/** Applies a patch to the object on screen as one undo step. */
export type Update<T> = (patch: Patch<T>) => void;
