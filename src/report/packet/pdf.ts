/**
 * The packet as one PDF (pdf-lib): vector lines and shapes, real text in the standard Helvetica fonts (nothing
 * embedded, the text searchable and copyable). Draws the page model exactly; layout decisions live in the pages.
 */
import { LineCapStyle, PDFDocument, StandardFonts, degrees, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { arcPath, polylinePath, ringsPath } from './path.ts';
import type { Color, Page, Primitive, Stroke } from './types.ts';

export interface PdfMetadata {
  readonly title: string;
  readonly author?: string;
  readonly subject?: string;
  readonly keywords?: readonly string[];
  /** Fixes the document dates (reproducible output); now by default. */
  readonly date?: Date;
}

const color = (c: Color) => rgb(c[0], c[1], c[2]);

function strokeOptions(s: Stroke) {
  return {
    borderColor: color(s.color),
    borderWidth: s.width,
    ...(s.dash?.length ? { borderDashArray: [...s.dash] } : {}),
  };
}

function drawPrimitive(page: PDFPage, p: Primitive, fonts: { normal: PDFFont; bold: PDFFont }): void {
  const H = page.getHeight();
  // drawSvgPath takes y-down path data from the origin given: the page's top-left corner.
  const svg = { x: 0, y: H };
  switch (p.kind) {
    case 'line':
      page.drawLine({
        start: { x: p.from[0], y: H - p.from[1] },
        end: { x: p.to[0], y: H - p.to[1] },
        thickness: p.stroke.width,
        color: color(p.stroke.color),
        lineCap: LineCapStyle.Butt,
        ...(p.stroke.dash?.length ? { dashArray: [...p.stroke.dash] } : {}),
      });
      return;
    case 'polyline':
      page.drawSvgPath(polylinePath(p.points), { ...svg, ...strokeOptions(p.stroke) });
      return;
    case 'polygon': {
      if (!p.fill && !p.stroke) return;
      const d = ringsPath(p.rings);
      // Drawn in two passes when the fill is translucent, so the outline keeps its full strength.
      if (p.fill) page.drawSvgPath(d, { ...svg, color: color(p.fill), ...(p.fillOpacity !== undefined && p.fillOpacity < 1 ? { opacity: p.fillOpacity } : {}) });
      if (p.stroke) page.drawSvgPath(d, { ...svg, ...strokeOptions(p.stroke) });
      return;
    }
    case 'arc':
      page.drawSvgPath(arcPath(p), { ...svg, ...strokeOptions(p.stroke) });
      return;
    case 'circle':
      page.drawCircle({
        x: p.center[0],
        y: H - p.center[1],
        size: p.radius,
        ...(p.fill ? { color: color(p.fill) } : {}),
        ...(p.stroke ? { borderColor: color(p.stroke.color), borderWidth: p.stroke.width } : {}),
      });
      return;
    case 'text': {
      const font = p.weight === 'bold' ? fonts.bold : fonts.normal;
      const width = font.widthOfTextAtSize(p.text, p.size);
      const shift = p.anchor === 'middle' ? width / 2 : p.anchor === 'end' ? width : 0;
      const rot = ((p.rotate ?? 0) * Math.PI) / 180;
      // Back along the (sheet) baseline by the anchor's share of the width, then into PDF's y-up frame.
      const x = p.at[0] - shift * Math.cos(rot);
      const y = p.at[1] - shift * Math.sin(rot);
      page.drawText(p.text, {
        x,
        y: H - y,
        size: p.size,
        font,
        color: color(p.color ?? [0, 0, 0]),
        ...(p.rotate ? { rotate: degrees(-p.rotate) } : {}),
      });
      return;
    }
  }
}

export async function renderPdf(pages: readonly Page[], meta: PdfMetadata): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts = { normal: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  doc.setTitle(meta.title);
  if (meta.author) doc.setAuthor(meta.author);
  if (meta.subject) doc.setSubject(meta.subject);
  if (meta.keywords) doc.setKeywords([...meta.keywords]);
  doc.setCreator('SafePlan');
  doc.setProducer('SafePlan (pdf-lib)');
  const when = meta.date ?? new Date();
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  for (const p of pages) {
    const page = doc.addPage([p.size[0], p.size[1]]);
    for (const prim of p.primitives) drawPrimitive(page, prim, fonts);
  }
  return doc.save();
}
