/** The item palette, in the side panel while the Item tool is on: pick a type, then click in a room. */
import { useEditor, useSession } from '../editor/react.ts';
import { ITEM_KINDS, PALETTE } from '../editor/itemCatalog.ts';
import type { ItemToolState } from '../editor/tools/item.ts';
import { DEFAULT_ITEM_SIZE } from '../model/defaults.ts';
import type { ItemType } from '../model/schema.ts';
import { formatLength } from '../model/units.ts';
import { focusCanvas } from './focusCanvas.ts';

const sizeText = (type: ItemType) => {
  const s = DEFAULT_ITEM_SIZE[type as keyof typeof DEFAULT_ITEM_SIZE];
  return s ? `${formatLength(s[0])} × ${formatLength(s[1])}` : 'wall or ceiling device';
};

export function ItemPalette() {
  const editor = useEditor();
  const state = useSession((s) => s.toolStates.item as ItemToolState | undefined);
  const current = state?.type ?? 'crib';
  return (
    <nav className="item-palette card" aria-label="Items to place" data-testid="item-palette">
      <h2>Place an item</h2>
      {PALETTE.map((group) => (
        <div key={group.title} className="palette-group" role="group" aria-label={group.title}>
          <h3>{group.title}</h3>
          <ul>
            {group.types.map((type) => (
              <li key={type}>
                <button
                  type="button"
                  className={`palette-item cat-${ITEM_KINDS[type].category}`}
                  aria-pressed={current === type}
                  title={`${ITEM_KINDS[type].label}: ${sizeText(type)}`}
                  data-testid={`palette-${type}`}
                  onClick={() => {
                    editor.setToolState<ItemToolState>('item', (s) => ({ ...s, type }));
                    focusCanvas();
                  }}
                >
                  <span className="palette-glyph" aria-hidden="true">
                    {ITEM_KINDS[type].glyph || '▬'}
                  </span>
                  {ITEM_KINDS[type].label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
