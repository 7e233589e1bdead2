/**
 * The sample facilities served from `public/samples/`: `public/sample-list.json` lists them as
 * `[{ "file": "center-100.json", "title": "..." }]`, and `?sample=<name>` in the page address picks one.
 */

export interface SampleEntry {
  /** The name used in `?sample=`, the file name without `.json`. */
  readonly name: string;
  readonly file: string;
  readonly title: string;
}

export const DEFAULT_SAMPLE = 'center-100';

/** Sample names are plain file names; anything else in the address is ignored rather than fetched. */
const SAMPLE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function isSampleName(name: string): boolean {
  return SAMPLE_NAME.test(name) && !name.includes('..');
}

/** The sample named in the page address, or the default one. */
export function sampleFromLocation(search: string = window.location.search): string {
  const name = new URLSearchParams(search).get('sample')?.replace(/\.json$/, '');
  return name && isSampleName(name) ? name : DEFAULT_SAMPLE;
}

/** Puts the sample in the address bar, so a reload or a shared link opens the same facility. */
export function rememberSampleInLocation(name: string): void {
  const url = new URL(window.location.href);
  url.searchParams.set('sample', name);
  window.history.replaceState(null, '', url);
}

const sampleUrl = (file: string) => new URL(`samples/${encodeURIComponent(file)}`, document.baseURI);

/** A development server answers a missing file with the app's own page; that is "not found", not a plan. */
function isHtml(response: Response): boolean {
  return (response.headers.get('content-type') ?? '').includes('text/html');
}

/** The list of samples; an empty list when `sample-list.json` is missing or unreadable (the picker then offers none). */
export async function fetchSampleIndex(): Promise<SampleEntry[]> {
  try {
    // The list lives beside the folder, so every file in public/samples/ is a plan (`safeplan check public/samples/*`).
    const response = await fetch(new URL('sample-list.json', document.baseURI));
    if (!response.ok || isHtml(response)) return [];
    const value: unknown = await response.json();
    if (!Array.isArray(value)) return [];
    return value.flatMap((entry: unknown): SampleEntry[] => {
      if (typeof entry !== 'object' || entry === null) return [];
      const { file, title } = entry as { file?: unknown; title?: unknown };
      if (typeof file !== 'string' || !file.endsWith('.json')) return [];
      const name = file.slice(0, -'.json'.length);
      if (!isSampleName(name)) return [];
      return [{ name, file, title: typeof title === 'string' && title ? title : name }];
    });
  } catch {
    return [];
  }
}

export type SampleText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/** The text of one sample plan, or a sentence saying why it could not be fetched. */
export async function fetchSampleText(name: string): Promise<SampleText> {
  if (!isSampleName(name)) return { ok: false, message: `"${name}" is not a sample name` };
  try {
    const response = await fetch(sampleUrl(`${name}.json`));
    if (response.status === 404 || (response.ok && isHtml(response))) {
      return { ok: false, message: `there is no sample named "${name}" (looked for samples/${name}.json)` };
    }
    if (!response.ok) return { ok: false, message: `the server answered ${response.status} ${response.statusText} for samples/${name}.json` };
    return { ok: true, text: await response.text() };
  } catch (e) {
    return { ok: false, message: `the sample could not be fetched: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** The sample the page address names, or null when it names none (then the autosave, or the default, opens). */
export function sampleNamedInLocation(search: string = window.location.search): string | null {
  const name = new URLSearchParams(search).get('sample')?.replace(/\.json$/, '');
  return name && isSampleName(name) ? name : null;
}

/** Takes the sample out of the address once the plan on screen is no longer it (a new plan, an opened file). */
export function forgetSampleInLocation(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('sample')) return;
  url.searchParams.delete('sample');
  window.history.replaceState(null, '', url);
}
