/** Errors are values: every problem names the place (a JSON path) and says what is wrong in one sentence. */
export interface PlanError {
  /** JSON path into the plan file, e.g. `levels[0].doors[3].a`; empty for the file as a whole. */
  readonly path: string;
  readonly message: string;
}

export type Result<T, E = PlanError> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly E[] };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const refused = <E>(errors: readonly E[]): Result<never, E> => ({ ok: false, errors });

/** `levels[0].doors[3].a` from ['levels', 0, 'doors', 3, 'a']. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

export const describeError = (e: PlanError): string => (e.path ? `${e.path}: ${e.message}` : e.message);
