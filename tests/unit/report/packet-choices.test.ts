import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildPacket } from '../../../src/report/packet/index.ts';
import { packetPages } from '../../../src/report/packet/pages.ts';
import { DEFAULT_CHOICE, optionsOf, readChoice, saveChoice, loadChoice, STORAGE_KEY, withPart } from '../../../src/ui/packet/choices.ts';
import { pixelSize } from '../../../src/ui/packet/pageImage.ts';
import { fileStem, preparePacket } from '../../../src/ui/packet/preparePacket.ts';
import { clearPrint, pageRules, stagePrint } from '../../../src/ui/packet/printPages.ts';
import { pageFileName } from '../../../src/report/packet/fileNames.ts';
import { pageSvg } from '../../../src/report/svg/svg.ts';
import { sampleWith } from './helpers.ts';

// jsdom has no type declarations here; only its document is used.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html?: string) => { window: { document: Document } } };

/** A Storage kept in memory. */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

describe('the packet dialog: parts chosen → pages', () => {
  const plan = sampleWith('small-center');

  it('starts with everything on Letter, each sheet in its best orientation', () => {
    expect(DEFAULT_CHOICE).toEqual({ parts: ['facility', 'outdoor', 'report', 'evacuation'], paper: 'letter', orientation: 'auto', preparedBy: '' });
    expect(optionsOf(DEFAULT_CHOICE)).toEqual({ parts: ['facility', 'outdoor', 'report', 'evacuation'], paper: 'letter' });
  });

  it('keeps the parts in the packet order whatever order they are ticked in, each once', () => {
    let c = withPart({ ...DEFAULT_CHOICE, parts: [] }, 'evacuation', true);
    c = withPart(c, 'facility', true);
    c = withPart(c, 'facility', true);
    expect(c.parts).toEqual(['facility', 'evacuation']);
    expect(withPart(c, 'facility', false).parts).toEqual(['evacuation']);
  });

  it('gives the pages of the chosen parts only: without the posters, one page per child-care room fewer', () => {
    const all = preparePacket(plan, DEFAULT_CHOICE);
    const noPosters = preparePacket(plan, withPart(DEFAULT_CHOICE, 'evacuation', false));
    if (!('packet' in all) || !('packet' in noPosters)) throw new Error('no packet');
    const rooms = plan.levels.flatMap((l) => l.rooms).filter((r) => r.use === 'child-care').length;
    expect(noPosters.packet.pages.length).toBe(all.packet.pages.length - rooms);
    expect(noPosters.packet.pages.map((p) => p.part)).not.toContain('evacuation');
    // The same pages as the command line's --parts gives.
    expect(noPosters.packet.pages.map((p) => p.title)).toEqual(packetPages(plan, { parts: ['facility', 'outdoor', 'report'] }).map((p) => p.title));
    expect(preparePacket(plan, { ...DEFAULT_CHOICE, parts: [] })).toEqual({ problem: 'Choose at least one part of the packet.' });
  });

  it('passes paper, orientation and the preparer to the pages', () => {
    const r = preparePacket(plan, { parts: ['facility'], paper: 'tabloid', orientation: 'portrait', preparedBy: '  Jane Director ' });
    if (!('packet' in r)) throw new Error(r.problem);
    expect(r.packet.pages[0]!.size).toEqual([792, 1224]);
    expect(r.packet.pages[0]!.primitives.some((p) => p.kind === 'text' && p.text === 'Jane Director')).toBe(true);
  });

  it('refuses a broken plan with the first error, as the button did', () => {
    const broken = { ...plan, facility: { ...plan.facility, kind: 'school' } } as unknown as typeof plan;
    expect(preparePacket(broken, DEFAULT_CHOICE)).toEqual({ problem: expect.stringMatching(/^Fix the plan first: facility\.kind: /) });
  });

  it('remembers the last choice, and reads back whatever it cannot understand as the default', () => {
    const store = memoryStorage();
    expect(loadChoice(store)).toEqual(DEFAULT_CHOICE);
    const chosen = { parts: ['report', 'facility'] as const, paper: 'tabloid' as const, orientation: 'landscape' as const, preparedBy: 'J. Doe' };
    saveChoice({ ...chosen, parts: [...chosen.parts] }, store);
    expect(JSON.parse(store.getItem(STORAGE_KEY)!)).toMatchObject({ paper: 'tabloid' });
    expect(loadChoice(store)).toEqual({ ...chosen, parts: ['facility', 'report'] });
    expect(readChoice('not json')).toEqual(DEFAULT_CHOICE);
    expect(readChoice('null')).toEqual(DEFAULT_CHOICE);
    expect(readChoice('{"parts": ["posters", "outdoor", 3], "paper": "a4", "orientation": "sideways", "preparedBy": 7}')).toEqual({ ...DEFAULT_CHOICE, parts: ['outdoor'] });
  });

  it('names downloads after the plan file and the page', () => {
    const pages = buildPacket(plan, { parts: ['facility', 'evacuation'] }).pages;
    expect(fileStem('little-acorns.json')).toBe('little-acorns');
    expect(fileStem(null)).toBe('plan');
    expect(pageFileName(pages[0]!, 0, pages.length, 'png')).toBe('01-facility-L1.png');
    expect(pageFileName(pages[1]!, 1, pages.length, 'svg')).toBe('02-evacuation-PRE.svg');
  });

  it('draws a PNG at 150 dpi: a Letter sheet is 1275 x 1650 pixels', () => {
    expect(pixelSize([612, 792])).toEqual([1275, 1650]);
    expect(pixelSize([1224, 792])).toEqual([2550, 1650]);
  });
});

describe('printing from the browser', () => {
  const pages = buildPacket(sampleWith('small-center'), { parts: ['facility', 'report'] }).pages.map((p) => ({ ...p, svg: pageSvg(p) }));

  it('gives each paper size its own named @page, margins none (the sheets carry their own)', () => {
    const rules = pageRules(pages);
    const sizes = new Set(pages.map((p) => `${p.size[0]}x${p.size[1]}`));
    expect(rules.split('\n')).toHaveLength(sizes.size);
    if (sizes.has('612x792')) expect(rules).toContain('@page sp-612x792 { size: 8.5in 11in; margin: 0; }');
    if (sizes.has('792x612')) expect(rules).toContain('@page sp-792x612 { size: 11in 8.5in; margin: 0; }');
  });

  it('stages one sheet per page, inline SVG of the page size, and clears it again', () => {
    const { document } = new JSDOM('<!doctype html><html><head></head><body><div id="root"></div></body></html>').window;
    const root = stagePrint(pages, document);
    const sheets = root.querySelectorAll('.print-sheet');
    expect(sheets).toHaveLength(pages.length);
    sheets.forEach((s, i) => {
      const el = s as HTMLElement;
      expect(el.style.width).toBe(`${pages[i]!.size[0] / 72}in`);
      expect(el.querySelector('svg')?.getAttribute('viewBox')).toBe(`0 0 ${pages[i]!.size[0]} ${pages[i]!.size[1]}`);
    });
    expect(document.getElementById('packet-print-pages')?.textContent).toBe(pageRules(pages));
    // Staging again replaces, never doubles.
    stagePrint(pages.slice(0, 1), document);
    expect(document.querySelectorAll('.print-sheet')).toHaveLength(1);
    clearPrint(document);
    expect(document.getElementById('packet-print')).toBeNull();
    expect(document.getElementById('packet-print-pages')).toBeNull();
  });
});
