/** File names of single pages, the same from the command line (`--svg DIR`) and the browser (PNG, SVG). */
import type { Page } from './types.ts';

/** A page's file name: its number, part and level or room, e.g. `07-evacuation-INF1.svg`. */
export function pageFileName(page: Pick<Page, 'part' | 'level' | 'room'>, index: number, count: number, extension: 'svg' | 'png'): string {
  const digits = Math.max(2, String(count).length);
  const what = page.room ?? (page.part === 'facility' ? page.level : undefined);
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '-');
  return `${String(index + 1).padStart(digits, '0')}-${page.part}${what ? `-${safe(what)}` : ''}.${extension}`;
}
