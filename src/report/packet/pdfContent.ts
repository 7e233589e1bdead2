/**
 * A page of the model as a PDF content stream, written directly (ISO 32000-1 §8, §9): the operators pdf-lib's
 * drawing calls would give, without building an object per number. A 300-page packet of a 200-room plan holds some
 * millions of numbers; pdf-lib's drawSvgPath parsed each path back from text and boxed every number, which made the
 * PDF take longer than laying the pages out.
 *
 * The whole page is drawn in its own y-down frame (`1 0 0 1 0 H cm 1 0 0 -1 0 0 cm`, as pdf-lib set it for every
 * path), so paths take the page points of the model unchanged: the same geometry the SVG renderer writes (path.ts,
 * in PDF syntax). Text is set with a text matrix that flips it upright again, `[cos sin sin -cos x y]`, which with
 * the frame is pdf-lib's `[cos -sin sin cos x H-y]` (rotation `-rotate` in PDF's y-up sense).
 *
 * Paths are remembered per primitive, and a run of primitives that many pages share is called as a block
 * (sharedRuns.ts): drawn in the same frame, as the block inherits the page's.
 */
import { num, pdfArc, pdfPolyline, pdfRings } from './path.ts';
import type { Block } from './sharedRuns.ts';
import type { Color, Page, Primitive, Stroke } from './types.ts';

/** What the writer needs of a font: its resource name, its text in the font's encoding, and its width. */
export interface ContentFont {
  readonly key: string;
  /** The text as a PDF string operand, in the font's encoding. */
  encode(text: string): string;
  widthOfTextAtSize(text: string, size: number): number;
}

export interface ContentResources {
  readonly fonts: { readonly normal: ContentFont; readonly bold: ContentFont };
  /** The resource name of a graphics state with this fill opacity (ca), made on first asking. */
  fillOpacity(opacity: number): string;
  /** The shared block that starts at `primitives[i]`, with the resource name of its Form XObject; else null. */
  block(primitives: readonly Primitive[], i: number): { readonly block: Block; readonly name: string } | null;
}

const paths = new WeakMap<Primitive, string>();

/** The path operators of a shape primitive. */
function pathOf(p: Exclude<Primitive, { kind: 'text' | 'line' }>): string {
  const known = paths.get(p);
  if (known !== undefined) return known;
  let path: string;
  if (p.kind === 'polyline') path = pdfPolyline(p.points);
  else if (p.kind === 'polygon') path = pdfRings(p.rings);
  else if (p.kind === 'arc') path = pdfArc(p);
  else path = pdfArc({ center: p.center, radius: p.radius, start: 0, sweep: 360 });
  paths.set(p, path);
  return path;
}

const colorOperands = (c: Color) => `${num(c[0])} ${num(c[1])} ${num(c[2])}`;

/**
 * Graphics state as last set, so each primitive sets only what differs from the one before: the colour, width and
 * dash of a run of room outlines are written once.
 */
class State {
  // A page starts from the defaults (§8.4.1: black, 1 pt, solid); a block from whatever the page had set: unknown.
  constructor(
    private stroke = '0 0 0',
    private fill = '0 0 0',
    private width = '1',
    private dash = '[] 0',
  ) {}

  setStroke(out: string[], s: Stroke): void {
    const c = colorOperands(s.color);
    if (c !== this.stroke) out.push(`${(this.stroke = c)} RG`);
    const w = num(s.width);
    if (w !== this.width) out.push(`${(this.width = w)} w`);
    const d = s.dash?.length ? `[${s.dash.map(num).join(' ')}] 0` : '[] 0';
    if (d !== this.dash) out.push(`${(this.dash = d)} d`);
  }

  setFill(out: string[], c: Color): void {
    const f = colorOperands(c);
    if (f !== this.fill) out.push(`${(this.fill = f)} rg`);
  }
}

function draw(out: string[], state: State, p: Primitive, res: ContentResources): void {
  switch (p.kind) {
    case 'line':
      state.setStroke(out, p.stroke);
      out.push(`${num(p.from[0])} ${num(p.from[1])} m ${num(p.to[0])} ${num(p.to[1])} l S`);
      return;
    case 'polyline':
      state.setStroke(out, p.stroke);
      out.push(`${pathOf(p)} S`);
      return;
    case 'polygon': {
      if (!p.fill && !p.stroke) return;
      const path = pathOf(p);
      // A translucent fill in its own q…Q, so the opacity stays with it; the outline after, at full strength.
      if (p.fill && p.fillOpacity !== undefined && p.fillOpacity < 1) out.push(`q /${res.fillOpacity(p.fillOpacity)} gs ${colorOperands(p.fill)} rg ${path} f Q`);
      else if (p.fill) {
        state.setFill(out, p.fill);
        out.push(`${path} f`);
      }
      if (p.stroke) {
        state.setStroke(out, p.stroke);
        out.push(`${path} S`);
      }
      return;
    }
    case 'arc':
      state.setStroke(out, p.stroke);
      out.push(`${pathOf(p)} S`);
      return;
    case 'circle': {
      if (!p.fill && !p.stroke) return;
      const path = pathOf(p);
      if (p.fill) state.setFill(out, p.fill);
      // Solid, as pdf-lib drew circles.
      if (p.stroke) state.setStroke(out, { color: p.stroke.color, width: p.stroke.width });
      out.push(`${path} h ${p.fill && p.stroke ? 'B' : p.fill ? 'f' : 'S'}`);
      return;
    }
    case 'text': {
      const font = p.weight === 'bold' ? res.fonts.bold : res.fonts.normal;
      const width = font.widthOfTextAtSize(p.text, p.size);
      const shift = p.anchor === 'middle' ? width / 2 : p.anchor === 'end' ? width : 0;
      const rot = ((p.rotate ?? 0) * Math.PI) / 180;
      const [cos, sin] = [Math.cos(rot), Math.sin(rot)];
      // Back along the (sheet) baseline by the anchor's share of the width.
      const x = p.at[0] - shift * cos;
      const y = p.at[1] - shift * sin;
      state.setFill(out, p.color ?? [0, 0, 0]);
      const matrix = p.rotate ? `${num(cos)} ${num(sin)} ${num(sin)} ${num(-cos)}` : '1 0 0 -1';
      out.push(`BT /${font.key} ${num(p.size)} Tf ${matrix} ${num(x)} ${num(y)} Tm ${font.encode(p.text)} Tj ET`);
      return;
    }
  }
}

function drawAll(out: string[], state: State, primitives: readonly Primitive[], res: ContentResources, blocks: boolean): void {
  for (let i = 0; i < primitives.length; ) {
    const shared = blocks ? res.block(primitives, i) : null;
    if (shared) {
      // Do saves and restores the graphics state around the form (§8.10.1): the page's state is as it was.
      out.push(`/${shared.name} Do`);
      i += shared.block.length;
      continue;
    }
    draw(out, state, primitives[i]!, res);
    i++;
  }
}

/** The content stream of a page: its primitives in order, in the page's y-down frame. */
export function pageContent(page: Page, res: ContentResources): string {
  const out: string[] = [`1 0 0 1 0 ${num(page.size[1])} cm`, '1 0 0 -1 0 0 cm'];
  drawAll(out, new State(), page.primitives, res, true);
  return out.join('\n');
}

/** The content stream of a shared block's Form XObject, in the frame of the page that calls it. */
export function blockContent(block: Block, res: ContentResources): string {
  const out: string[] = [];
  drawAll(out, new State('', '', '', ''), block.run.slice(block.start, block.start + block.length), res, false);
  return out.join('\n');
}
