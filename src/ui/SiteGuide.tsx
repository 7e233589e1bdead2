/** On an empty site: how to draw the play yard, as a card over the top of the canvas. */
import { useEditor } from '../editor/react.ts';
import { focusCanvas } from './focusCanvas.ts';

export function SiteGuide() {
  const editor = useEditor();
  const pick = (tool: 'play-area' | 'equipment') => {
    editor.setTool(tool);
    focusCanvas();
  };
  return (
    <section className="empty-guide" aria-labelledby="site-guide-title" data-testid="site-guide">
      <h2 id="site-guide-title">Draw the outdoor play area</h2>
      <ol>
        <li>
          Press <kbd>A</kbd> and drag the fenced play area — or type its size, like <kbd>40' x 50'</kbd>, press <kbd>Enter</kbd> and click where it goes. The building is drawn faintly for orientation.
        </li>
        <li>
          Press <kbd>G</kbd>, pick a swing, slide or climber and click where it stands: its fall zone is drawn around it, red where it fails.
        </li>
        <li>
          Press <kbd>S</kbd> to draw the resilient surface under it (sand, wood chips, rubber …).
        </li>
      </ol>
      <div className="empty-guide-actions">
        <button type="button" className="button primary" onClick={() => pick('play-area')}>
          Draw a play area <kbd>A</kbd>
        </button>
        <button type="button" className="button" onClick={() => pick('equipment')}>
          Place equipment <kbd>G</kbd>
        </button>
      </div>
    </section>
  );
}
