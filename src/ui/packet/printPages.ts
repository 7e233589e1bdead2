/**
 * Printing from the browser: the pages go into a container that only print media shows (packet.css), each in a
 * sheet of its own size — CSS named pages give every sheet its own `@page` size, so a Letter-landscape diagram and
 * the Letter-portrait report print each on its own paper the right way round — and the browser's print dialog
 * opens. The container stays until the browser says printing is over (`afterprint`).
 */
import type { Page } from '../../report/packet/types.ts';

/** A page to print: its size and title, and its SVG (made where the pages are, the packet worker). */
export interface PrintSheet extends Pick<Page, 'size' | 'title'> {
  readonly svg: string;
}

export const PRINT_ROOT_ID = 'packet-print';
const PRINT_STYLE_ID = 'packet-print-pages';

const inches = (points: number) => `${Math.round((points / 72) * 1000) / 1000}in`;
const pageName = (size: readonly [number, number]) => `sp-${Math.round(size[0])}x${Math.round(size[1])}`;

/** The `@page` rules for the sizes the pages use. */
export function pageRules(pages: readonly Pick<Page, 'size'>[]): string {
  const sizes = new Map(pages.map((p) => [pageName(p.size), p.size] as const));
  return [...sizes].map(([name, [w, h]]) => `@page ${name} { size: ${inches(w)} ${inches(h)}; margin: 0; }`).join('\n');
}

export function clearPrint(doc: Document = document): void {
  doc.getElementById(PRINT_ROOT_ID)?.remove();
  doc.getElementById(PRINT_STYLE_ID)?.remove();
}

/** Puts the pages in the print-only container (replacing any earlier one); returns it. */
export function stagePrint(pages: readonly PrintSheet[], doc: Document = document): HTMLElement {
  clearPrint(doc);
  const style = doc.createElement('style');
  style.id = PRINT_STYLE_ID;
  style.textContent = pageRules(pages);
  doc.head.append(style);
  const root = doc.createElement('div');
  root.id = PRINT_ROOT_ID;
  root.className = 'packet-print';
  root.setAttribute('aria-hidden', 'true');
  for (const page of pages) {
    const sheet = doc.createElement('section');
    sheet.className = 'print-sheet';
    sheet.style.setProperty('page', pageName(page.size));
    sheet.style.width = inches(page.size[0]);
    sheet.style.height = inches(page.size[1]);
    sheet.dataset.title = page.title;
    // Inline SVG, not an image: it prints as vectors and its text stays text.
    sheet.innerHTML = page.svg.replace(/^<\?xml[^>]*>\s*/, '');
    const svg = sheet.querySelector('svg');
    svg?.setAttribute('width', '100%');
    svg?.setAttribute('height', '100%');
    root.append(sheet);
  }
  doc.body.append(root);
  return root;
}

export function printPages(pages: readonly PrintSheet[], win: Window = window): void {
  stagePrint(pages, win.document);
  win.addEventListener('afterprint', () => clearPrint(win.document), { once: true });
  win.print();
}
