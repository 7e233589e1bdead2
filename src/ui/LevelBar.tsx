/** The levels of the plan as tabs above the canvas, and a button to add one. */
import { freshId } from '../editor/model/ids.ts';
import { useEditor, useDoc, useSession } from '../editor/react.ts';

export function LevelBar() {
  const editor = useEditor();
  const plan = useDoc((s) => s.plan);
  const levelId = useSession((s) => s.levelId);
  if (!plan) return null;
  const current = plan.levels.find((l) => l.id === levelId) ?? plan.levels[0]!;
  const add = () => {
    const id = freshId(plan, 'level');
    const top = Math.max(...plan.levels.map((l) => l.elevation));
    editor.execute([{ op: 'addLevel', value: { id, name: `Level ${plan.levels.length + 1}`, elevation: top + 120, rooms: [], doors: [], windows: [], items: [] } }]);
    editor.setLevel(id);
    editor.notify('Added a level 10 ft above the highest; set its name and elevation in the panel (nothing selected).');
  };
  return (
    <div className="level-bar">
      <div role="tablist" aria-label="Levels">
        {plan.levels.map((level) => (
          <button
            key={level.id}
            type="button"
            role="tab"
            aria-selected={level.id === current.id}
            className="level-tab"
            data-testid={`level-${level.id}`}
            onClick={() => editor.setLevel(level.id)}
          >
            {level.name || level.id}
          </button>
        ))}
      </div>
      <button type="button" className="button subtle small" onClick={add} title="Add a level (a basement or an upper floor)">
        + Level
      </button>
    </div>
  );
}
