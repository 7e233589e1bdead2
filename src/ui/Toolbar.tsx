/**
 * The top of the window: the product, the facility, the file actions (new, sample, open, save) on the first row;
 * the tools, undo/redo and zoom on the second.
 */
import { useEditor, useDoc, useSession } from '../editor/react.ts';
import { FacilityHeading } from './FacilityHeading.tsx';
import { OpenFileButton } from './OpenFileButton.tsx';
import { PacketButton } from './PacketButton.tsx';
import { SamplePicker } from './SamplePicker.tsx';
import { ToolButtons } from './ToolButtons.tsx';
import type { SampleEntry } from './samples.ts';

interface Props {
  readonly samples: readonly SampleEntry[];
  readonly currentSample: string | null;
  readonly onPickSample: (name: string) => void;
  readonly onOpenFile: (name: string, text: string) => void;
  readonly onNew: () => void;
  readonly onSave: () => void;
}

export function Toolbar({ samples, currentSample, onPickSample, onOpenFile, onNew, onSave }: Props) {
  const editor = useEditor();
  const facility = useDoc((s) => s.plan?.facility ?? null);
  const fileName = useDoc((s) => s.fileName);
  const canUndo = useDoc((s) => s.history.past.length > 0);
  const canRedo = useDoc((s) => s.history.future.length > 0);
  const scale = useSession((s) => s.view.scale);
  const helpOpen = useSession((s) => s.helpOpen);
  return (
    <header className="app-header">
      <div className="appbar">
        <span className="brand" aria-label="SafePlan">
          Safe<span>Plan</span>
        </span>
        {facility ? <FacilityHeading facility={facility} fileName={fileName} /> : <span className="facility-heading" />}
        <nav className="toolbar-actions" aria-label="Plan file">
          <button type="button" className="button" onClick={onNew} title="Start a new, empty plan" data-testid="new-plan">
            New plan
          </button>
          <SamplePicker samples={samples} current={currentSample} onPick={onPickSample} />
          <OpenFileButton onOpen={onOpenFile} />
          <button type="button" className="button" onClick={onSave} disabled={!facility} title="Download the plan as a .json file (Ctrl+S)" aria-keyshortcuts="Control+S" data-testid="save-plan">
            Save .json
          </button>
          <PacketButton />
        </nav>
      </div>
      <div className="toolbar" role="toolbar" aria-label="Editor">
        <ToolButtons />
        <div className="tool-group" role="group" aria-label="History">
          <button type="button" className="tool-button" onClick={() => editor.undo()} disabled={!canUndo} title="Undo (Ctrl+Z)" aria-keyshortcuts="Control+Z" data-testid="undo">
            <span className="tool-icon" aria-hidden="true">↶</span>
            <span className="tool-label">Undo</span>
          </button>
          <button type="button" className="tool-button" onClick={() => editor.redo()} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)" aria-keyshortcuts="Control+Shift+Z" data-testid="redo">
            <span className="tool-icon" aria-hidden="true">↷</span>
            <span className="tool-label">Redo</span>
          </button>
        </div>
        <div className="tool-group" role="group" aria-label="View">
          <button type="button" className="tool-button icon-only" onClick={() => editor.zoomBy(1 / 1.25)} title="Zoom out (−)" aria-label="Zoom out">
            −
          </button>
          <span className="zoom-level" aria-live="off" data-testid="zoom-level">
            {Math.round(scale * 100)}%
          </span>
          <button type="button" className="tool-button icon-only" onClick={() => editor.zoomBy(1.25)} title="Zoom in (+)" aria-label="Zoom in">
            +
          </button>
          <button type="button" className="tool-button" onClick={() => editor.fit()} title="Fit the plan in the window (0)" data-testid="fit">
            Fit
          </button>
          <button
            type="button"
            className="tool-button"
            aria-pressed={helpOpen}
            onClick={() => editor.session.setState({ helpOpen: !helpOpen })}
            title="Keyboard shortcuts (?)"
            aria-keyshortcuts="?"
            data-testid="help"
          >
            ?
          </button>
        </div>
      </div>
    </header>
  );
}
