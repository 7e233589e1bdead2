/**
 * The packet as one PDF (pdf-lib): vector lines and shapes, real text in the standard Helvetica fonts (nothing
 * embedded, the text searchable and copyable). Draws the page model exactly; layout decisions live in the pages.
 * pdf-lib holds the document; the content streams are written directly (pdfContent.ts), with the resources all
 * pages share (pdfResources.ts).
 */
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { pageContent } from './pdfContent.ts';
import { PdfResources } from './pdfResources.ts';
import type { Page } from './types.ts';

export interface PdfMetadata {
  readonly title: string;
  readonly author?: string;
  readonly subject?: string;
  readonly keywords?: readonly string[];
  /** Fixes the document dates (reproducible output); now by default. */
  readonly date?: Date;
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
  const resources = new PdfResources(doc.context, fonts);
  for (const p of pages) {
    const page = doc.addPage([p.size[0], p.size[1]]);
    page.node.set(PDFName.of('Resources'), resources.ref);
    page.node.set(PDFName.of('Contents'), resources.stream(pageContent(p, resources)));
  }
  await resources.settled();
  return doc.save();
}
