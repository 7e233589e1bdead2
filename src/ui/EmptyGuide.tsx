/**
 * On an empty level: how to draw the first room, as a card over the top of the canvas. It steps aside while the first
 * room is being drawn, so the card never sits where the next corner goes.
 */
import { useEditor, useSession } from '../editor/react.ts';
import { focusCanvas } from './focusCanvas.ts';

export function EmptyGuide() {
  const editor = useEditor();
  const drawing = useSession((s) => ((s.toolStates[s.toolId] as { name?: string } | undefined)?.name ?? 'idle') !== 'idle');
  const pick = (tool: 'room-rect' | 'room-polygon') => {
    editor.setTool(tool);
    focusCanvas();
  };
  if (drawing) return null;
  return (
    <section className="empty-guide" aria-labelledby="empty-guide-title" data-testid="empty-guide">
      <h2 id="empty-guide-title">Draw your first room</h2>
      <ol>
        <li>
          Press <kbd>R</kbd> and drag a rectangle — or type its size, like <kbd>12' x 10'</kbd>, press <kbd>Enter</kbd> and click where it goes.
        </li>
        <li>
          Draw rooms by their <em>inside</em> faces: beside another room, a room snaps a wall's thickness away (5").
        </li>
        <li>
          Press <kbd>D</kbd> and click a wall for a door. A door on an outside wall is an exit.
        </li>
      </ol>
      <div className="empty-guide-actions">
        <button type="button" className="button primary" onClick={() => pick('room-rect')}>
          Draw a room <kbd>R</kbd>
        </button>
        <button type="button" className="button" onClick={() => pick('room-polygon')}>
          Any shape <kbd>P</kbd>
        </button>
      </div>
    </section>
  );
}
