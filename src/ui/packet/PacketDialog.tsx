/**
 * The packet dialog: which parts go in the packet (the `--parts` of `safeplan report`), paper and orientation, who
 * prepared it; then the PDF, printing, or any single page as PNG or SVG. A modal <dialog>: focus stays in it, Esc
 * closes it, and the editor's single-key shortcuts stay out of it.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Plan } from '../../model/schema.ts';
import { pageFileName } from '../../report/packet/fileNames.ts';
import { PACKET_PARTS } from '../../report/packet/types.ts';
import { PAPER_NAMES } from '../../report/packet/scale.ts';
import { downloadBlob } from '../../store/saveFile.ts';
import { packetClient, type PreparedPacket, type PreparedResult } from '../../worker/packetClient.ts';
import { PART_LABELS, withPart, type PacketChoice } from './choices.ts';
import { PNG_DPI, svgToPng } from './pageImage.ts';
import { fileStem } from './fileStem.ts';
import { printPages } from './printPages.ts';
import './packet.css';

interface Props {
  readonly open: boolean;
  readonly plan: Plan;
  readonly fileName: string | null;
  readonly choice: PacketChoice;
  readonly onChoice: (choice: PacketChoice) => void;
  readonly onClose: () => void;
}

/** "Letter landscape, 1/16" = 1'-0"" — what the page list says of a page. */
function pageMeta(packet: PreparedPacket, i: number): string {
  const page = packet.pages[i]!;
  const [w, h] = page.size;
  const paper = Math.max(w, h) >= 1200 ? 'Tabloid' : 'Letter';
  const scale = page.placement ? `, ${page.placement.scale.label}` : '';
  return `${paper} ${w > h ? 'landscape' : 'portrait'}${scale}`;
}

export function PacketDialog({ open, plan, fileName, choice, onChoice, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [prepared, setPrepared] = useState<PreparedResult | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // Lay the pages out again when the plan or the choice changes. The packet worker does it (a 200-room plan takes
  // seconds), so the page stays responsive; an answer for a plan or choice since replaced is dropped.
  useEffect(() => {
    if (!open) return;
    let current = true;
    setPrepared(null);
    packetClient()
      .prepare(plan, choice)
      .then(
        (r) => current && setPrepared(r),
        (e: unknown) => current && setPrepared({ problem: `The packet could not be made: ${e instanceof Error ? e.message : String(e)}` }),
      );
    return () => {
      current = false;
    };
  }, [open, plan, choice]);

  const packet = prepared && 'packet' in prepared ? prepared.packet : null;
  const problem = prepared && 'problem' in prepared ? prepared.problem : null;
  const stem = fileStem(fileName);

  // The buttons are disabled while a job runs, which takes the focus from the one pressed and leaves it outside the
  // dialog, where Esc no longer reaches it: it goes back when the job is done.
  const focusBack = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (busy) return;
    const el = focusBack.current;
    focusBack.current = null;
    const dialog = ref.current;
    if (el?.isConnected && dialog?.open && !dialog.contains(document.activeElement)) el.focus();
  }, [busy]);

  const run = async (what: string, job: () => Promise<void> | void) => {
    focusBack.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setBusy(true);
    setStatus(`${what}…`);
    try {
      await job();
      setStatus(`${what}: done.`);
    } catch (e) {
      setStatus(`${what} failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const downloadPdf = () =>
    run('Making the PDF', async () => {
      if (!packet) return;
      const bytes = await packet.pdf();
      downloadBlob(new Blob([bytes as BlobPart], { type: 'application/pdf' }), `${stem}-packet.pdf`);
    });
  const print = () =>
    run('Printing', async () => {
      if (!packet) return;
      const svgs = await packet.svg(packet.pages.map((_, i) => i));
      printPages(packet.pages.map((p, i) => ({ size: p.size, title: p.title, svg: svgs[i]! })));
    });
  const pageSvgFile = (i: number) =>
    run(`Page ${i + 1} as SVG`, async () => {
      if (!packet) return;
      const [svg] = await packet.svg([i]);
      downloadBlob(new Blob([svg!], { type: 'image/svg+xml' }), `${stem}-${pageFileName(packet.pages[i]!, i, packet.pages.length, 'svg')}`);
    });
  const pagePngFile = (i: number) =>
    run(`Page ${i + 1} as PNG`, async () => {
      if (!packet) return;
      const page = packet.pages[i]!;
      const [svg] = await packet.svg([i]);
      downloadBlob(await svgToPng(svg!, page.size, PNG_DPI), `${stem}-${pageFileName(page, i, packet.pages.length, 'png')}`);
    });

  // The editor listens for its single-key shortcuts on the window; keys typed in the dialog are the dialog's.
  const keepKeys = (e: KeyboardEvent) => e.stopPropagation();
  const ready = packet !== null && !busy;

  return (
    <dialog ref={ref} className="packet-dialog" aria-labelledby={titleId} onClose={onClose} onKeyDown={keepKeys} data-testid="packet-dialog">
      <div className="packet-frame">
        <header>
          <h2 id={titleId}>Licensure packet</h2>
          <button type="button" className="button subtle small" onClick={onClose} data-testid="packet-close">
            Close
          </button>
        </header>
        <div className="packet-body">
          <fieldset>
            <legend>Parts</legend>
            {PACKET_PARTS.map((part) => (
              <label key={part} className="choice">
                <input type="checkbox" checked={choice.parts.includes(part)} onChange={(e) => onChoice(withPart(choice, part, e.currentTarget.checked))} data-testid={`packet-part-${part}`} />
                <span>
                  {PART_LABELS[part].label} <small>({PART_LABELS[part].rule})</small>
                </span>
              </label>
            ))}
          </fieldset>
          <div className="packet-row">
            <fieldset>
              <legend>Paper</legend>
              {(['letter', 'tabloid'] as const).map((paper) => (
                <label key={paper} className="choice">
                  <input type="radio" name="packet-paper" checked={choice.paper === paper} onChange={() => onChoice({ ...choice, paper })} data-testid={`packet-paper-${paper}`} />
                  {PAPER_NAMES[paper]}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>Orientation</legend>
              <select value={choice.orientation} onChange={(e) => onChoice({ ...choice, orientation: e.currentTarget.value as PacketChoice['orientation'] })} aria-label="Orientation of the diagrams and posters" data-testid="packet-orientation">
                <option value="auto">Each sheet as it draws largest</option>
                <option value="portrait">Portrait</option>
                <option value="landscape">Landscape</option>
              </select>
            </fieldset>
            <fieldset>
              <legend>Prepared by</legend>
              <input
                type="text"
                defaultValue={choice.preparedBy}
                placeholder="Name for the title blocks"
                aria-label="Prepared by"
                onBlur={(e) => e.currentTarget.value !== choice.preparedBy && onChoice({ ...choice, preparedBy: e.currentTarget.value })}
                onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
                data-testid="packet-prepared-by"
              />
            </fieldset>
          </div>
          <h3>Pages</h3>
          {problem ? (
            <p role="alert" data-testid="packet-dialog-problem">
              {problem}
            </p>
          ) : !packet ? (
            <p aria-live="polite">Laying out the pages…</p>
          ) : (
            <ol className="packet-pages" data-testid="packet-pages" aria-label="Pages of the packet">
              {packet.pages.map((page, i) => (
                <li key={i} data-testid="packet-page">
                  <span className="page-no">{i + 1}</span>
                  <span>
                    {page.title}
                    <span className="page-meta">{pageMeta(packet, i)}</span>
                  </span>
                  <span className="page-actions">
                    <button type="button" className="button subtle small" disabled={!ready} onClick={() => pagePngFile(i)} aria-label={`Page ${i + 1}, ${page.title}: download as PNG`} data-testid={`page-png-${i}`}>
                      PNG
                    </button>
                    <button type="button" className="button subtle small" disabled={!ready} onClick={() => pageSvgFile(i)} aria-label={`Page ${i + 1}, ${page.title}: download as SVG`} data-testid={`page-svg-${i}`}>
                      SVG
                    </button>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
        <footer>
          <p className="packet-status" aria-live="polite" data-testid="packet-status">
            {status || (packet ? `${packet.pages.length} pages. PNG at ${PNG_DPI} dpi.` : '')}
          </p>
          <button type="button" className="button subtle" disabled={!ready} onClick={print} data-testid="packet-print">
            Print…
          </button>
          <button type="button" className="button" disabled={!ready} onClick={downloadPdf} data-testid="packet-dialog-pdf">
            Download PDF
          </button>
        </footer>
      </div>
    </dialog>
  );
}
