/**
 * The resources every page and block of the packet's PDF draws with, in one Resources dictionary they all point to
 * (ISO 32000-1 §7.8.3): the two standard fonts as F1 and F2, a graphics state per fill opacity, and the Form XObject
 * of each shared block (sharedRuns.ts), made the first time a page calls it. Every stream is compressed by the
 * platform's zlib (deflate.ts), beside the JavaScript that writes the next one.
 */
import { PDFName, type PDFContext, type PDFDict, type PDFFont, type PDFRef } from 'pdf-lib';
import { deflate } from './deflate.ts';
import { blockContent, type ContentFont, type ContentResources } from './pdfContent.ts';
import { blockAt, type Block } from './sharedRuns.ts';
import type { Primitive } from './types.ts';

/** A stream dictionary as pdf-lib takes it. */
type StreamDict = NonNullable<Parameters<PDFContext['stream']>[1]>;

/** A string operand in literal form (§7.3.4.2), from the font's own encoding of the text. */
function literal(hex: string): string {
  let out = '(';
  for (let i = 1; i < hex.length - 1; i += 2) {
    const code = parseInt(hex.slice(i, i + 2), 16);
    if (code === 0x28 || code === 0x29 || code === 0x5c) out += `\\${String.fromCharCode(code)}`;
    else if (code >= 32 && code <= 126) out += String.fromCharCode(code);
    else out += `\\${code.toString(8).padStart(3, '0')}`;
  }
  return `${out})`;
}

function contentFont(key: string, font: PDFFont): ContentFont {
  // Posters repeat their texts hundreds of times: each is encoded and measured once.
  const known = new Map<string, { readonly operand: string; readonly width: number }>();
  const of = (text: string) => known.get(text) ?? known.set(text, { operand: literal(font.encodeText(text).toString()), width: font.widthOfTextAtSize(text, 1000) }).get(text)!;
  return { key, encode: (text) => of(text).operand, widthOfTextAtSize: (text, size) => (of(text).width * size) / 1000 };
}

export class PdfResources implements ContentResources {
  readonly fonts: { readonly normal: ContentFont; readonly bold: ContentFont };
  readonly ref: PDFRef;
  private readonly dict: PDFDict;
  private readonly states = new Map<number, string>();
  private readonly forms = new Map<readonly Primitive[], Map<number, string>>();
  private readonly pending: Promise<void>[] = [];

  constructor(
    private readonly context: PDFContext,
    fonts: { readonly normal: PDFFont; readonly bold: PDFFont },
  ) {
    this.fonts = { normal: contentFont('F1', fonts.normal), bold: contentFont('F2', fonts.bold) };
    this.dict = context.obj({ Font: { F1: fonts.normal.ref, F2: fonts.bold.ref }, ExtGState: {}, XObject: {} });
    this.ref = context.register(this.dict);
  }

  private entry(kind: 'ExtGState' | 'XObject'): PDFDict {
    return this.dict.lookup(PDFName.of(kind)) as PDFDict;
  }

  fillOpacity(ca: number): string {
    const known = this.states.get(ca);
    if (known) return known;
    const name = `GS${this.states.size + 1}`;
    this.entry('ExtGState').set(PDFName.of(name), this.context.register(this.context.obj({ Type: 'ExtGState', ca })));
    this.states.set(ca, name);
    return name;
  }

  block(primitives: readonly Primitive[], i: number): { readonly block: Block; readonly name: string } | null {
    const block = blockAt(primitives, i);
    if (!block) return null;
    const byStart = this.forms.get(block.run) ?? this.forms.set(block.run, new Map()).get(block.run)!;
    let name = byStart.get(block.start);
    if (!name) {
      name = `X${this.entry('XObject').keys().length + 1}`;
      // The block draws in the y-down frame of the page calling it; the box is generous, the page clips.
      const bbox = [-1e5, -1e5, 1e5, 1e5];
      const ref = this.stream(blockContent(block, this), { Type: 'XObject', Subtype: 'Form', BBox: bbox, Resources: this.ref });
      this.entry('XObject').set(PDFName.of(name), ref);
      byStart.set(block.start, name);
    }
    return { block, name };
  }

  /** A compressed stream, its object number given now and its bytes when compressed (see settled). */
  stream(content: string, dict: StreamDict = {}): PDFRef {
    const ref = this.context.nextRef();
    const packed = deflate(content);
    const put = (bytes: Uint8Array) => this.context.assign(ref, this.context.stream(bytes, { ...dict, Filter: 'FlateDecode' }));
    if (packed) this.pending.push(packed.then(put));
    else this.context.assign(ref, this.context.flateStream(content, dict));
    return ref;
  }

  /** Every stream compressed and in the document. */
  async settled(): Promise<void> {
    await Promise.all(this.pending);
  }
}
