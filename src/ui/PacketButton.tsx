/**
 * One click from a drawn plan to the licensure packet (500.042(4)(A)-(B) diagrams, the capacity worksheet and
 * report, the evacuation posters of 500.087(2)(E)): built in the packet worker with the same code as
 * `safeplan report --pdf`, handed to the browser as a download — the parts, paper and orientation last chosen in
 * the packet dialog (▾ beside it), where single pages are exported as PNG or SVG and the packet is printed.
 */
import { useState } from 'react';
import { useDoc } from '../editor/react.ts';
import { downloadBlob } from '../store/saveFile.ts';
import { loadChoice, saveChoice, type PacketChoice } from './packet/choices.ts';
import { PacketDialog } from './packet/PacketDialog.tsx';
import { fileStem } from './packet/fileStem.ts';
import { packetClient } from '../worker/packetClient.ts';

export function PacketButton() {
  const plan = useDoc((s) => s.plan);
  const fileName = useDoc((s) => s.fileName);
  const [state, setState] = useState<{ busy: boolean; problem: string | null }>({ busy: false, problem: null });
  const [choice, setChoice] = useState<PacketChoice>(() => loadChoice());
  const [dialogOpen, setDialogOpen] = useState(false);

  const choose = (next: PacketChoice) => {
    setChoice(next);
    saveChoice(next);
  };

  const make = async () => {
    if (!plan) return;
    setState({ busy: true, problem: null });
    try {
      // In the packet worker: the page stays responsive while a large plan's packet is laid out and written.
      const prepared = await packetClient().prepare(plan, choice);
      if ('problem' in prepared) {
        setState({ busy: false, problem: prepared.problem });
        return;
      }
      const bytes = await prepared.packet.pdf();
      downloadBlob(new Blob([bytes as BlobPart], { type: 'application/pdf' }), `${fileStem(fileName)}-packet.pdf`);
      setState({ busy: false, problem: null });
    } catch (e) {
      setState({ busy: false, problem: `The packet could not be made: ${e instanceof Error ? e.message : String(e)}` });
    }
  };

  return (
    <>
      <span className="packet-split">
        <button
          type="button"
          className="button"
          onClick={make}
          disabled={!plan || state.busy}
          title="Download the licensure packet: facility and outdoor diagrams, capacity worksheet and report, evacuation posters (PDF), as last chosen in the packet options"
          data-testid="packet-pdf"
        >
          {state.busy ? 'Preparing…' : 'Packet (PDF)'}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setDialogOpen(true)}
          disabled={!plan}
          aria-haspopup="dialog"
          aria-expanded={dialogOpen}
          aria-label="Packet options: parts, paper, print, single pages as PNG or SVG"
          title="Packet options: parts, paper, print, single pages as PNG or SVG"
          data-testid="packet-options"
        >
          ▾
        </button>
      </span>
      {state.problem ? (
        <span role="alert" className="packet-problem" data-testid="packet-problem">
          {state.problem}
        </span>
      ) : null}
      {plan ? <PacketDialog open={dialogOpen} plan={plan} fileName={fileName} choice={choice} onChoice={choose} onClose={() => setDialogOpen(false)} /> : null}
    </>
  );
}
