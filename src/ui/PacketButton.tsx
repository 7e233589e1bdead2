/**
 * One click from a drawn plan to the licensure packet (500.042(4)(A)-(B) diagrams, the capacity worksheet and
 * report, the evacuation posters of 500.087(2)(E)): built in the page with the same code as
 * `safeplan report --pdf`, handed to the browser as a download.
 */
import { useState } from 'react';
import { useDoc } from '../editor/react.ts';
import { validatePlan } from '../model/validate.ts';
import { buildPacket } from '../report/packet/index.ts';
import { downloadBlob } from '../store/saveFile.ts';

export function PacketButton() {
  const plan = useDoc((s) => s.plan);
  const fileName = useDoc((s) => s.fileName);
  const [state, setState] = useState<{ busy: boolean; problem: string | null }>({ busy: false, problem: null });

  const make = async () => {
    if (!plan) return;
    const checked = validatePlan(plan);
    if (!checked.ok) {
      setState({ busy: false, problem: `Fix the plan first: ${checked.errors[0]!.path}: ${checked.errors[0]!.message}` });
      return;
    }
    setState({ busy: true, problem: null });
    // Let the button show its busy state before the engine and the PDF take the main thread.
    await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      const bytes = await buildPacket(checked.value).pdf();
      downloadBlob(new Blob([bytes as BlobPart], { type: 'application/pdf' }), `${(fileName ?? 'plan').replace(/\.json$/i, '')}-packet.pdf`);
      setState({ busy: false, problem: null });
    } catch (e) {
      setState({ busy: false, problem: `The packet could not be made: ${e instanceof Error ? e.message : String(e)}` });
    }
  };

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={make}
        disabled={!plan || state.busy}
        title="Download the licensure packet: facility and outdoor diagrams, capacity worksheet and report, evacuation posters (PDF)"
        data-testid="packet-pdf"
      >
        {state.busy ? 'Preparing…' : 'Packet (PDF)'}
      </button>
      {state.problem ? (
        <span role="alert" className="packet-problem" data-testid="packet-problem">
          {state.problem}
        </span>
      ) : null}
    </>
  );
}
