/**
 * The property panel: the selected object's plan-format fields, or — with nothing selected — the facility and the
 * level on screen. Every change is one undo step.
 */
import { useMemo } from 'react';
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
  const selection = useSession((s) => s.selection);
  const levelId = useSession((s) => s.levelId);
  const ref = selection.length === 1 ? parseRefKey(selection[0]!) : null;
  // Narrow subscriptions: the selected object, or the facility and the level; not the whole plan, which a drag
  // replaces every frame.
  const selected = useDoc((s) => (s.plan && ref ? locate(s.plan, ref) : undefined)?.value);
  const selectedLevel = useDoc((s) => (s.plan && ref && (ref.kind === 'door' || ref.kind === 'window') ? locate(s.plan, ref)?.level : undefined));
  const levelsKey = useDoc((s) => JSON.stringify(s.plan?.levels.map((l) => ({ id: l.id, name: l.name })) ?? []));
  const levels = useMemo(() => JSON.parse(levelsKey) as { id: string; name: string }[], [levelsKey]);
  const facility = useDoc((s) => s.plan?.facility);
  const level = useDoc((s) => s.plan?.levels.find((l) => l.id === levelId) ?? s.plan?.levels[0]);
  const levelCount = useDoc((s) => s.plan?.levels.length ?? 0);
  if (!facility || !level) return null;

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

  if (ref && selected) {
    const update = (patch: Patch<Room | Door | Window | Item>) => editor.execute([{ op: 'update', ref, patch }]);
    const o = selected;
    const heading = ref.kind === 'item' ? ITEM_KINDS[(o as Item).type].label : ref.kind === 'room' ? (o as Room).name || o.id : `${TITLE[ref.kind]} ${o.id}`;
    return (
      <section aria-labelledby="props-title" className="properties" key={selection[0]} data-testid={`properties-${ref.kind}`}>
        <h2 id="props-title">
          <span className="kind">{TITLE[ref.kind]}</span> {heading}
        </h2>
        {ref.kind === 'room' ? <RoomProperties room={o as Room} row={rooms.find((r) => r.id === o.id)} update={update} levels={levels} levelId={level.id} /> : null}
        {ref.kind === 'door' && selectedLevel ? <DoorProperties door={o as Door} level={selectedLevel} update={update} /> : null}
        {ref.kind === 'window' && selectedLevel ? <WindowProperties window={o as Window} level={selectedLevel} update={update} /> : null}
        {ref.kind === 'item' ? <ItemProperties item={o as Item} update={update} /> : null}
        <p className="field-help">Delete removes it{ref.kind === 'room' ? ' with its doors, windows and items' : ''}; Ctrl+Z brings it back.</p>
      </section>
    );
  }

  return (
    <section aria-labelledby="props-title" className="properties" data-testid="properties-facility">
      <h2 id="props-title">Facility</h2>
      <FacilityProperties facility={facility} update={(patch) => editor.execute([{ op: 'facility', patch }])} />
      <h2 className="subhead">Level: {level.name || level.id}</h2>
      <LevelProperties
        key={level.id}
        level={level}
        canRemove={levelCount > 1}
        update={(patch) => editor.execute([{ op: 'updateLevel', id: level.id, patch }])}
        onRemove={() => {
          editor.execute([{ op: 'removeLevel', id: level.id }]);
          const next = editor.plan?.levels.find((l) => l.id !== level.id);
          if (next) editor.setLevel(next.id);
        }}
      />
    </section>
  );
}
