/**
 * The packet's pages as standalone SVG documents, one per page, drawing the same page model as the PDF (sizes in
 * points, so a page prints at the same physical size). No DOM: plain strings, usable from the command line.
 */
import { arcPath, num, polylinePath, ringsPath } from '../packet/path.ts';
import type { Color, Page, Primitive, Stroke } from '../packet/types.ts';

const FONT = 'Helvetica, Arial, sans-serif';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const rgb = (c: Color): string => {
  const h = (v: number) => Math.round(Math.max(0, Math.min(1, v)) * 255).toString(16).padStart(2, '0');
  return `#${h(c[0])}${h(c[1])}${h(c[2])}`;
};

const strokeAttrs = (s: Stroke): string => `stroke="${rgb(s.color)}" stroke-width="${num(s.width)}"${s.dash?.length ? ` stroke-dasharray="${s.dash.map(num).join(' ')}"` : ''}`;

const tagAttr = (p: Primitive): string => (p.tag ? ` data-tag="${escapeXml(p.tag)}"` : '');

function element(p: Primitive): string {
  switch (p.kind) {
    case 'line':
      return `<line x1="${num(p.from[0])}" y1="${num(p.from[1])}" x2="${num(p.to[0])}" y2="${num(p.to[1])}" ${strokeAttrs(p.stroke)}${tagAttr(p)}/>`;
    case 'polyline':
      return `<path d="${polylinePath(p.points)}" fill="none" ${strokeAttrs(p.stroke)} stroke-linejoin="round"${tagAttr(p)}/>`;
    case 'polygon': {
      const fill = p.fill ? `fill="${rgb(p.fill)}"${p.fillOpacity !== undefined && p.fillOpacity < 1 ? ` fill-opacity="${num(p.fillOpacity)}"` : ''}` : 'fill="none"';
      return `<path d="${ringsPath(p.rings)}" fill-rule="evenodd" ${fill}${p.stroke ? ` ${strokeAttrs(p.stroke)}` : ''}${tagAttr(p)}/>`;
    }
    case 'arc':
      return `<path d="${arcPath(p)}" fill="none" ${strokeAttrs(p.stroke)}${tagAttr(p)}/>`;
    case 'circle':
      return `<circle cx="${num(p.center[0])}" cy="${num(p.center[1])}" r="${num(p.radius)}" fill="${p.fill ? rgb(p.fill) : 'none'}"${p.stroke ? ` ${strokeAttrs(p.stroke)}` : ''}${tagAttr(p)}/>`;
    case 'text': {
      const anchor = p.anchor === 'start' ? '' : ` text-anchor="${p.anchor}"`;
      const weight = p.weight === 'bold' ? ' font-weight="bold"' : '';
      const fill = p.color ? ` fill="${rgb(p.color)}"` : '';
      const rotate = p.rotate ? ` transform="rotate(${num(p.rotate)} ${num(p.at[0])} ${num(p.at[1])})"` : '';
      return `<text x="${num(p.at[0])}" y="${num(p.at[1])}" font-size="${num(p.size)}"${weight}${anchor}${fill}${rotate}${tagAttr(p)}>${escapeXml(p.text)}</text>`;
    }
  }
}

/** One page as a standalone SVG document. */
export function pageSvg(page: Page): string {
  const [w, h] = page.size;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(w)}pt" height="${num(h)}pt" viewBox="0 0 ${num(w)} ${num(h)}" font-family="${FONT}" xml:space="preserve">`,
    `<title>${escapeXml(page.title)}</title>`,
    `<rect x="0" y="0" width="${num(w)}" height="${num(h)}" fill="#ffffff"/>`,
    ...page.primitives.map(element),
    '</svg>',
    '',
  ].join('\n');
}

export const pagesSvg = (pages: readonly Page[]): string[] => pages.map(pageSvg);
