/**
 * A small field for the active tool, beside the level tabs: the wall thickness rooms snap to leave between them (the
 * room tools), the size for the Room tool and the site's outline tools,
 * the width of new doors and windows, the real distance when calibrating a trace image; the material of a new
 * surface and the name of a new obstacle. Typing on the canvas does the same (it fills the tool's measurements box);
 * this field is there for those who would rather click into a box, and for screen readers.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { SURFACE_MATERIALS } from '../model/schema.ts';
import { useEditor, useSession } from '../editor/react.ts';
import { WALL_CHOICES } from '../editor/session.ts';
import { OBSTACLE_NAMES, SURFACE_LABEL } from '../editor/siteCatalog.ts';
import { formatLength } from '../model/units.ts';
import type { ToolId } from '../editor/tools/types.ts';
import { focusCanvas } from './focusCanvas.ts';

const SIZE = (noun: string, example: string) => ({ label: 'Size', placeholder: example, help: `Width x depth; Enter, then click where the ${noun}'s top-left corner goes` });

const FIELDS: Partial<Record<ToolId, { label: string; placeholder: string; help: string }>> = {
  'room-rect': { label: 'Size', placeholder: "12' x 10'", help: 'Width x depth; Enter, then click where its top-left corner goes' },
  door: { label: 'Door width', placeholder: '36"', help: 'Clear width of the doors you place next' },
  window: { label: 'Window width', placeholder: '36"', help: 'Width of the windows you place next' },
  'play-area': SIZE('play area', "40' x 50'"),
  surface: SIZE('surface', "20' x 30'"),
  obstacle: SIZE('obstacle', "4' x 4'"),
  pool: SIZE('pool', "15' x 30'"),
  calibrate: { label: 'Real distance', placeholder: `24' 6"`, help: 'The real distance between the two points you clicked on the image' },
};

const PRESETS: Partial<Record<ToolId, { label: string; choices: readonly { value: string; label: string }[]; testId: string }>> = {
  surface: { label: 'Material', choices: SURFACE_MATERIALS.map((m) => ({ value: m, label: SURFACE_LABEL[m] })), testId: 'tool-option-material' },
  obstacle: { label: 'What', choices: OBSTACLE_NAMES.map((n) => ({ value: n, label: n })), testId: 'tool-option-obstacle' },
};

function Preset({ toolId }: { toolId: ToolId }) {
  const editor = useEditor();
  const preset = useSession((s) => (s.toolStates[toolId] as { preset?: string } | undefined)?.preset);
  const id = useId();
  const p = PRESETS[toolId];
  if (!p) return null;
  return (
    <>
      <label htmlFor={id}>{p.label}</label>
      <select
        id={id}
        value={preset ?? p.choices[0]!.value}
        data-testid={p.testId}
        onChange={(e) => {
          const value = e.currentTarget.value;
          editor.setToolState<{ preset: string }>(toolId, (s) => ({ ...s, preset: value }));
        }}
      >
        {p.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </>
  );
}

/** The room tools snap a room to its neighbours' walls at this thickness (Select's moves use it too). */
const WALL_TOOLS: ReadonlySet<ToolId> = new Set<ToolId>(['room-rect', 'room-polygon']);

function WallChoice() {
  const editor = useEditor();
  const wall = useSession((s) => s.wallThickness);
  const id = useId();
  return (
    <>
      <label htmlFor={id}>Wall</label>
      <select
        id={id}
        value={String(wall)}
        data-testid="tool-option-wall"
        title="Rooms drawn or moved beside another room snap to leave this much wall between their inside faces"
        onChange={(e) => editor.session.setState({ wallThickness: Number(e.currentTarget.value) })}
      >
        {WALL_CHOICES.map((c) => (
          <option key={c.inches} value={String(c.inches)}>
            {c.label}
          </option>
        ))}
      </select>
    </>
  );
}

export function ToolOptions() {
  const editor = useEditor();
  const toolId = useSession((s) => s.toolId);
  const width = useSession((s) => (s.toolStates[toolId] as { width?: number } | undefined)?.width);
  const stateName = useSession((s) => (s.toolStates[toolId] as { name?: string } | undefined)?.name);
  const [text, setText] = useState('');
  const id = useId();
  const field = toolId === 'calibrate' && stateName !== 'distance' ? undefined : FIELDS[toolId];
  if (!field && !PRESETS[toolId] && !WALL_TOOLS.has(toolId)) return null;
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
      {WALL_TOOLS.has(toolId) ? <WallChoice /> : null}
      <Preset toolId={toolId} />
      {field ? (
        <>
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
        </>
      ) : null}
    </div>
  );
}
