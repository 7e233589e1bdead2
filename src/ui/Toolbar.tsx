import { OpenFileButton } from './OpenFileButton.tsx';
import { SamplePicker } from './SamplePicker.tsx';
import type { SampleEntry } from './samples.ts';

interface Props {
  readonly samples: readonly SampleEntry[];
  readonly currentSample: string | null;
  readonly onPickSample: (name: string) => void;
  readonly onOpenFile: (name: string, text: string) => void;
}

/** The top bar: the product's name and the ways to open a plan. */
export function Toolbar({ samples, currentSample, onPickSample, onOpenFile }: Props) {
  return (
    <header className="toolbar">
      <span className="brand" aria-label="SafePlan">
        Safe<span>Plan</span>
      </span>
      <nav className="toolbar-actions" aria-label="Open a plan">
        <SamplePicker samples={samples} current={currentSample} onPick={onPickSample} />
        <OpenFileButton onOpen={onOpenFile} />
      </nav>
    </header>
  );
}
