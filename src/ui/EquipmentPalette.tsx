/** The equipment palette, in the side panel while the Equipment tool is on: pick a piece, then click on the site. */
import { useEditor, useSession } from '../editor/react.ts';
import { EQUIPMENT_KINDS, EQUIPMENT_ORDER } from '../editor/siteCatalog.ts';
import type { EquipmentToolState } from '../editor/tools/equipment.ts';
import { focusCanvas } from './focusCanvas.ts';

export function EquipmentPalette() {
  const editor = useEditor();
  const state = useSession((s) => s.toolStates.equipment as EquipmentToolState | undefined);
  const current = state?.type ?? 'swing';
  return (
    <nav className="item-palette card" aria-label="Equipment to place" data-testid="equipment-palette">
      <h2>Place play equipment</h2>
      <div className="palette-group" role="group" aria-label="Outdoor equipment">
        <ul>
          {EQUIPMENT_ORDER.map((type) => {
            const k = EQUIPMENT_KINDS[type];
            return (
              <li key={type}>
                <button
                  type="button"
                  className="palette-item cat-equipment"
                  aria-pressed={current === type}
                  title={`${k.label}: ${k.help}`}
                  data-testid={`equipment-${type}`}
                  onClick={() => {
                    editor.setToolState<EquipmentToolState>('equipment', (s) => ({ ...s, type }));
                    focusCanvas();
                  }}
                >
                  <span className="palette-glyph" aria-hidden="true">
                    {k.glyph}
                  </span>
                  {k.label}
                </button>
              </li>
            );
          })}
        </ul>
      </div>
      <p className="field-help">Q/E turn the next piece. Its fall zone is drawn around it; red where it fails.</p>
    </nav>
  );
}
