/**
 * The property panel: the selected object's plan-format fields, or — with nothing selected — the facility and the
 * level on screen. Every change is one undo step.
 */
import { useEditor, useDoc, useSession } from '../../editor/react.ts';
import type { Patch } from '../../editor/model/commands.ts';
import { locate, parseRefKey, type ObjectRef } from '../../editor/model/refs.ts';
import { withAttached } from '../../editor/geom/attached.ts';
import { ITEM_KINDS } from '../../editor/itemCatalog.ts';
import type { Door, Item, Room, Window } from '../../model/schema.ts';
import type { RoomRow } from '../../report/types.ts';
import { DoorProperties } from './DoorProperties.tsx';
import { FacilityProperties } from './FacilityProperties.tsx';
import { ItemProperties } from './ItemProperties.tsx';
import { LevelProperties } from './LevelProperties.tsx';
import { RoomProperties } from './RoomProperties.tsx';
import { WindowProperties } from './WindowProperties.tsx';

interface Props {
  readonly rooms: readonly RoomRow[];
}

const TITLE = { room: 'Room', door: 'Door', window: 'Window', item: 'Item' } as const;

export function PropertiesPanel({ rooms }: Props) {
  const editor = useEditor();
  const plan = useDoc((s) => s.plan);
  const selection = useSession((s) => s.selection);
  const levelId = useSession((s) => s.levelId);
  if (!plan) return null;
  const level = plan.levels.find((l) => l.id === levelId) ?? plan.levels[0]!;

  if (selection.length > 1) {
    const refs = selection.map(parseRefKey).filter((r): r is ObjectRef => r !== null);
    return (
      <section aria-labelledby="props-title" className="properties">
        <h2 id="props-title">{selection.length} objects selected</h2>
        <p className="field-help">Drag to move them together; Shift-click to add or remove one.</p>
        <button type="button" className="button subtle danger" onClick={() => {
          editor.execute([{ op: 'remove', refs: withAttached(level, refs, 'remove') }]);
          editor.select([]);
        }}>
          Delete them
        </button>
      </section>
    );
  }

  const ref = selection.length === 1 ? parseRefKey(selection[0]!) : null;
  const found = ref ? locate(plan, ref) : undefined;
  if (ref && found) {
    const update = (patch: Patch<Room | Door | Window | Item>) => editor.execute([{ op: 'update', ref, patch }]);
    const o = found.value;
    const heading = ref.kind === 'item' ? ITEM_KINDS[(o as Item).type].label : ref.kind === 'room' ? (o as Room).name || o.id : `${TITLE[ref.kind]} ${o.id}`;
    return (
      <section aria-labelledby="props-title" className="properties" key={selection[0]} data-testid={`properties-${ref.kind}`}>
        <h2 id="props-title">
          <span className="kind">{TITLE[ref.kind]}</span> {heading}
        </h2>
        {ref.kind === 'room' ? <RoomProperties room={o as Room} row={rooms.find((r) => r.id === o.id)} update={update} /> : null}
        {ref.kind === 'door' ? <DoorProperties door={o as Door} level={found.level} update={update} /> : null}
        {ref.kind === 'window' ? <WindowProperties window={o as Window} level={found.level} update={update} /> : null}
        {ref.kind === 'item' ? <ItemProperties item={o as Item} update={update} /> : null}
        <p className="field-help">Delete removes it{ref.kind === 'room' ? ' with its doors, windows and items' : ''}; Ctrl+Z brings it back.</p>
      </section>
    );
  }

  return (
    <section aria-labelledby="props-title" className="properties" data-testid="properties-facility">
      <h2 id="props-title">Facility</h2>
      <FacilityProperties facility={plan.facility} update={(patch) => editor.execute([{ op: 'facility', patch }])} />
      <h2 className="subhead">Level: {level.name || level.id}</h2>
      <LevelProperties
        key={level.id}
        level={level}
        canRemove={plan.levels.length > 1}
        update={(patch) => editor.execute([{ op: 'updateLevel', id: level.id, patch }])}
        onRemove={() => {
          editor.execute([{ op: 'removeLevel', id: level.id }]);
          editor.setLevel(plan.levels.find((l) => l.id !== level.id)!.id);
        }}
      />
    </section>
  );
}
