/** The keyboard shortcuts (?): every tool and every editing and view key. */
import { useEditor, useSession } from '../editor/react.ts';
import { TOOLS } from '../editor/tools/index.ts';

const KEYS: readonly (readonly [string, string])[] = [
  ['Ctrl+Z / Ctrl+Shift+Z', 'Undo / redo (Ctrl+Y redoes too)'],
  ['Esc', 'Cancel what is in progress (a drag is put back), then back to Select'],
  ['Delete, Backspace', 'Delete the selection (a room goes with its doors, windows and items)'],
  ['Ctrl+D', 'Duplicate the selection (a door or window: beside it on the same wall)'],
  ['Ctrl+A', 'Select everything on this level'],
  ['Q / E', 'Turn the selected item or equipment 15° (Shift: 90°)'],
  ['Shift+R', 'Turn the selected rooms 90° about their centre, with their doors, windows and items'],
  ['Double-click an edge', 'Select tool: add a corner to the selected room or outline there'],
  ['Delete, Backspace on a corner', 'Select tool: remove the corner under the pointer (or the one just dragged) of the selected room or outline; its doors and windows move onto the wall that is left'],
  ['Drag a door or window', 'Select tool: it slides along its wall (dragged well onto another wall, it moves there); drag an end of the selected one to resize it'],
  ['F / H', 'Flip the selected door’s swing / hinge'],
  ['Arrow keys', 'Nudge the selection 6" (Shift: 2\', Alt: 1"); a door or window slides along its wall. With nothing selected, or with Ctrl: pan'],
  ['Alt (held)', 'No snapping (grid, corners, walls, 15° angles) while drawing or moving'],
  ['Wall (beside the Room tools)', 'The wall rooms snap to leave between them: 5" interior (default), 8" exterior, or none'],
  ['Typing 12\' x 10\' Enter', 'Room tool: a room of that size; Polygon: a wall of that length, or 12\' @ 90 for that length at that angle (0° right, 90° up); Door/Window: the width; Play area, Surface, Obstacle, Pool: that size'],
  ['+ / −, wheel', 'Zoom in / out'],
  ['0', 'Fit the plan in the window'],
  ['Space + drag, middle drag, two fingers, arrows', 'Pan (two fingers pinch to zoom)'],
  ['Ctrl+S / Ctrl+O', 'Save the plan as .json / open a plan file'],
  ['?', 'Show or hide this list'],
];

export function HelpPanel() {
  const editor = useEditor();
  const open = useSession((s) => s.helpOpen);
  if (!open) return null;
  return (
    <section className="help-panel" role="dialog" aria-modal="false" aria-labelledby="help-title" data-testid="help-panel">
      <div className="help-head">
        <h2 id="help-title">Keyboard shortcuts</h2>
        <button type="button" className="button subtle" onClick={() => editor.session.setState({ helpOpen: false })} aria-label="Close the shortcuts">
          Close
        </button>
      </div>
      <p className="field-help">The Site tab shows the outdoors (play areas, surfaces, equipment with their fall zones) over the ground floor; a site tool's key switches to it.</p>
      <h3>Tools</h3>
      <dl className="keys">
        {TOOLS.filter((t) => !t.hidden).map((t) => (
          <div key={t.id}>
            <dt>
              <kbd>{t.shortcut}</kbd>
            </dt>
            <dd>
              <strong>{t.label}.</strong> {t.description}
            </dd>
          </div>
        ))}
      </dl>
      <h3>Editing and view</h3>
      <dl className="keys">
        {KEYS.map(([k, what]) => (
          <div key={k}>
            <dt>
              <kbd>{k}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
