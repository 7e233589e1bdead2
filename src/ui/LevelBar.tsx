/** The levels of the plan as tabs above the canvas, then the Site (the outdoors), and a button to add a level. */
import { freshId } from '../editor/model/ids.ts';
import { useEditor, useDoc, useSession } from '../editor/react.ts';
import { focusCanvas } from './focusCanvas.ts';
import { ToolOptions } from './ToolOptions.tsx';

export function LevelBar() {
  const editor = useEditor();
  // Ids and names only: the bar does not follow every move of a room.
  const key = useDoc((s) => JSON.stringify(s.plan?.levels.map((l) => [l.id, l.name || l.id]) ?? []));
  const levels = JSON.parse(key) as [string, string][];
  const levelId = useSession((s) => s.levelId);
  const siteView = useSession((s) => s.siteView);
  if (levels.length === 0) return null;
  const current = levels.find(([id]) => id === levelId)?.[0] ?? levels[0]![0];
  const add = () => {
    const plan = editor.plan;
    if (!plan) return;
    const id = freshId(plan, 'level');
    const top = Math.max(...plan.levels.map((l) => l.elevation));
    editor.execute([{ op: 'addLevel', value: { id, name: `Level ${plan.levels.length + 1}`, elevation: top + 120, rooms: [], doors: [], windows: [], items: [] } }]);
    editor.setLevel(id);
    editor.notify('Added a level 10 ft above the highest; set its name and elevation in the panel (nothing selected).');
  };
  return (
    <div className="level-bar">
      <div role="tablist" aria-label="Levels and site">
        {levels.map(([id, name]) => (
          <button key={id} type="button" role="tab" aria-selected={!siteView && id === current} className="level-tab" data-testid={`level-${id}`} onClick={() => editor.setLevel(id)}>
            {name}
          </button>
        ))}
        <button
          type="button"
          role="tab"
          aria-selected={siteView}
          className="level-tab site-tab"
          data-testid="level-site"
          title="The outdoors: play areas, surfaces, equipment and their fall zones, in the frame of the ground floor"
          onClick={() => {
            editor.showSite(true);
            focusCanvas();
          }}
        >
          Site
        </button>
      </div>
      {!siteView ? (
        <button type="button" className="button subtle small" onClick={add} title="Add a level (a basement or an upper floor)">
          + Level
        </button>
      ) : null}
      <ToolOptions />
    </div>
  );
}
