/**
 * The property panel: the selected object's plan-format fields, or — with nothing selected — the facility and the
 * level on screen (in the Site view: what the site holds), with the trace image under it. Every change is one undo step.
 */
import { useMemo } from 'react';
import { useEditor, useDoc, useSession } from '../../editor/react.ts';
import type { Patch } from '../../editor/model/commands.ts';
import { locate, parseRefKey, type ObjectRef, type Obstacle, type Pool, type SiteObject } from '../../editor/model/refs.ts';
import { withAttached } from '../../editor/geom/attached.ts';
import { ITEM_KINDS } from '../../editor/itemCatalog.ts';
import { EQUIPMENT_KINDS, SITE_TITLE, SURFACE_LABEL } from '../../editor/siteCatalog.ts';
import type { Finding } from '../../checks/types.ts';
import type { Door, Equipment, Item, PlayArea, Room, Surface, Window } from '../../model/schema.ts';
import type { RoomRow } from '../../report/types.ts';
import { TracePanel } from '../TracePanel.tsx';
import { EquipmentProperties, ObstacleProperties, PlayAreaProperties, PoolProperties, SiteSummary, SurfaceProperties } from './SiteProperties.tsx';
import { DoorProperties } from './DoorProperties.tsx';
import { FacilityProperties } from './FacilityProperties.tsx';
import { ItemProperties } from './ItemProperties.tsx';
import { LevelProperties } from './LevelProperties.tsx';
import { RoomProperties } from './RoomProperties.tsx';
import { WindowProperties } from './WindowProperties.tsx';

interface Props {
  readonly rooms: readonly RoomRow[];
  /** The report's findings (the fall-zone finding of the selected equipment is shown with it). */
  readonly findings?: readonly Finding[];
}

const TITLE = { room: 'Room', door: 'Door', window: 'Window', item: 'Item', ...SITE_TITLE } as const;
const NO_FINDINGS: readonly Finding[] = [];

function siteHeading(kind: keyof typeof SITE_TITLE, o: SiteObject): string {
  switch (kind) {
    case 'playArea':
      return (o as PlayArea).name || o.id;
    case 'obstacle':
      return (o as Obstacle).name || o.id;
    case 'equipment':
      return `${EQUIPMENT_KINDS[(o as Equipment).type].label} ${o.id}`;
    case 'surface':
      return `${SURFACE_LABEL[(o as Surface).material]} ${o.id}`;
    case 'pool':
      return o.id;
  }
}

export function PropertiesPanel({ rooms, findings = NO_FINDINGS }: Props) {
  const editor = useEditor();
  const selection = useSession((s) => s.selection);
  const levelId = useSession((s) => s.levelId);
  const siteView = useSession((s) => s.siteView);
  const site = useDoc((s) => s.plan?.site);
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
    const update = (patch: Patch<Room | Door | Window | Item | SiteObject>) => editor.execute([{ op: 'update', ref, patch }]);
    const o = selected;
    const heading =
      ref.kind === 'item'
        ? ITEM_KINDS[(o as Item).type].label
        : ref.kind === 'room'
          ? (o as Room).name || o.id
          : ref.kind === 'door' || ref.kind === 'window'
            ? `${TITLE[ref.kind]} ${o.id}`
            : siteHeading(ref.kind, o as SiteObject);
    const zoneFinding = ref.kind === 'equipment' ? findings.find((f) => f.id === 'outdoor.fall-zone' && f.subject === o.id) : undefined;
    return (
      <section aria-labelledby="props-title" className="properties" key={selection[0]} data-testid={`properties-${ref.kind}`}>
        <h2 id="props-title">
          <span className="kind">{TITLE[ref.kind]}</span> {heading}
        </h2>
        {ref.kind === 'room' ? <RoomProperties room={o as Room} row={rooms.find((r) => r.id === o.id)} update={update} levels={levels} levelId={level.id} /> : null}
        {ref.kind === 'door' && selectedLevel ? <DoorProperties door={o as Door} level={selectedLevel} update={update} /> : null}
        {ref.kind === 'window' && selectedLevel ? <WindowProperties window={o as Window} level={selectedLevel} update={update} /> : null}
        {ref.kind === 'item' ? <ItemProperties item={o as Item} update={update} /> : null}
        {ref.kind === 'playArea' ? <PlayAreaProperties area={o as PlayArea} update={update} /> : null}
        {ref.kind === 'surface' ? <SurfaceProperties surface={o as Surface} update={update} /> : null}
        {ref.kind === 'equipment' ? <EquipmentProperties equipment={o as Equipment} site={site} finding={zoneFinding} update={update} /> : null}
        {ref.kind === 'pool' ? <PoolProperties pool={o as Pool} update={update} /> : null}
        {ref.kind === 'obstacle' ? <ObstacleProperties obstacle={o as Obstacle} update={update} /> : null}
        <p className="field-help">Delete removes it{ref.kind === 'room' ? ' with its doors, windows and items' : ''}; Ctrl+Z brings it back.</p>
      </section>
    );
  }

  if (siteView) {
    return (
      <section aria-labelledby="props-title" className="properties" data-testid="properties-site">
        <h2 id="props-title">Site</h2>
        <p className="field-help">The outdoors, in the frame of the ground floor (drawn faintly). Select something to edit it.</p>
        <SiteSummary site={site} />
        <TracePanel />
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
      <TracePanel />
    </section>
  );
}
