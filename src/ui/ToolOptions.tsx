/**
 * A small field for the active tool, beside the level tabs: the room's size for the Room tool, the width of new doors
 * and windows. Typing on the canvas does the same (it fills the tool's measurements box); this field is there for
 * those who would rather click into a box, and for screen readers.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { useEditor, useSession } from '../editor/react.ts';
import { formatLength } from '../model/units.ts';
import type { ToolId } from '../editor/tools/types.ts';
import { focusCanvas } from './focusCanvas.ts';

const FIELDS: Partial<Record<ToolId, { label: string; placeholder: string; help: string }>> = {
  'room-rect': { label: 'Size', placeholder: "12' x 10'", help: 'Width x depth; Enter, then click where its top-left corner goes' },
  door: { label: 'Door width', placeholder: '36"', help: 'Clear width of the doors you place next' },
  window: { label: 'Window width', placeholder: '36"', help: 'Width of the windows you place next' },
};

export function ToolOptions() {
  const editor = useEditor();
  const toolId = useSession((s) => s.toolId);
  const width = useSession((s) => (s.toolStates[toolId] as { width?: number } | undefined)?.width);
  const [text, setText] = useState('');
  const id = useId();
  const field = FIELDS[toolId];
  if (!field) return null;
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') {
      setText('');
      focusCanvas();
      return;
    }
    if (e.key !== 'Enter' || !text.trim()) return;
    e.preventDefault();
    // The tool reads the text exactly as if it had been typed on the canvas.
    editor.setToolState<{ typed: string }>(toolId, (s) => ({ ...s, typed: text.trim() }));
    editor.keyDown({ key: 'Enter', shift: false, alt: false, ctrl: false });
    setText('');
    focusCanvas();
  };
  return (
    <div className="tool-options" data-testid="tool-options">
      <label htmlFor={id}>{field.label}</label>
      <input
        id={id}
        type="text"
        value={text}
        placeholder={width !== undefined ? formatLength(width) : field.placeholder}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        title={field.help}
        aria-describedby={`${id}-help`}
        data-testid="tool-option-input"
      />
      <span id={`${id}-help`} className="tool-options-help">
        {field.help}
      </span>
    </div>
  );
}
