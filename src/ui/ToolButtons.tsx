/**
 * The tools of the view on screen (the building's, or the site's in the Site view), each a toggle button with its key
 * in the tooltip; picking one hands the keyboard to the canvas.
 */
import { useEditor, useSession } from '../editor/react.ts';
import { toolsFor } from '../editor/tools/index.ts';
import type { ToolId } from '../editor/tools/types.ts';
import { focusCanvas } from './focusCanvas.ts';

const ICON: Record<ToolId, string> = {
  select: '↖',
  'room-rect': '▭',
  'room-polygon': '⬠',
  door: '◜',
  window: '▤',
  item: '▣',
  'play-area': '▢',
  surface: '▦',
  equipment: '△',
  obstacle: '♣',
  pool: '≋',
  measure: '↔',
  calibrate: '⤢',
};

export function ToolButtons() {
  const editor = useEditor();
  const current = useSession((s) => s.toolId);
  const siteView = useSession((s) => s.siteView);
  return (
    <div className="tool-group" role="toolbar" aria-label={siteView ? 'Site drawing tools' : 'Drawing tools'}>
      {toolsFor(siteView ? 'site' : 'building').map((tool) => (
        <button
          key={tool.id}
          type="button"
          className="tool-button"
          aria-pressed={current === tool.id}
          aria-keyshortcuts={tool.shortcut}
          title={`${tool.label} (${tool.shortcut}) — ${tool.description}`}
          data-testid={`tool-${tool.id}`}
          onClick={() => {
            editor.setTool(tool.id);
            focusCanvas();
          }}
        >
          <span className="tool-icon" aria-hidden="true">
            {ICON[tool.id]}
          </span>
          <span className="tool-label">{tool.label}</span>
          <kbd aria-hidden="true">{tool.shortcut}</kbd>
        </button>
      ))}
    </div>
  );
}
