/**
 * The static layer: the level's rooms, doors, windows and items. It does not listen for events (hit testing is done
 * on the plan, see geom/hit.ts) and its children are memoised on their plan objects, so an edit re-renders only what
 * changed. With `only`, it draws just those objects (the moving layer of a gesture); with `hidden`, all but those.
 */
import { memo } from 'react';
import { Group, Layer } from 'react-konva';
import type { Finding } from '../../checks/types.ts';
import type { Level, Site } from '../../model/schema.ts';
import { SiteGround, SiteTop } from './SiteShapes.tsx';
import { DoorShape } from './DoorShape.tsx';
import { ItemShape } from './ItemShape.tsx';
import { RoomLabel, RoomShape } from './RoomShape.tsx';
import { WindowShape } from './WindowShape.tsx';
import type { View } from '../view.ts';
import { NOTHING } from './gestureSplit.ts';

export interface RoomFigures {
  readonly usableSqFt: number;
  readonly areaSqFt: number;
}

interface Props {
  readonly level: Level;
  readonly view: View;
  /** Ids of rooms, doors, windows and items with a failing finding. */
  readonly failing: ReadonlySet<string>;
  readonly figures: ReadonlyMap<string, RoomFigures>;
  /** `kind:id` keys not to draw. */
  readonly hidden?: ReadonlySet<string>;
  /** When given, draw only these `kind:id` keys. */
  readonly only?: ReadonlySet<string>;
  /** The outdoors, drawn under the building (on the level at grade). */
  readonly site?: Site | undefined;
  /** Rooms drawn see-through, so a trace image under the level shows. */
  readonly seeThrough?: boolean;
}

interface LayerProps extends Props {
  /** The Site view: the site is edited, the building drawn faintly for orientation. */
  readonly siteView?: boolean;
  readonly zoneFindings?: ReadonlyMap<string, Finding>;
  /** `kind:id` keys of site objects not to draw (what a gesture moves). */
  readonly siteHidden?: ReadonlySet<string>;
}

const NO_FINDINGS: ReadonlyMap<string, Finding> = new Map();
/** How strongly the building shows behind the Site view. */
export const FAINT_BUILDING = 0.3;

/** The level's shapes, in plan inches (the caller's layer carries the view transform). */
export const PlanShapes = memo(function PlanShapes({ level, view, failing, figures, hidden = NOTHING, only, seeThrough = false }: Props) {
  const rooms = new Map(level.rooms.map((r) => [r.id, r]));
  const shown = (kind: string, id: string) => (only ? only.has(`${kind}:${id}`) : !hidden.has(`${kind}:${id}`));
  return (
    <Group listening={false}>
      {level.rooms.map((room) => (shown('room', room.id) ? <RoomShape key={room.id} room={room} failing={failing.has(room.id)} seeThrough={seeThrough} /> : null))}
      {level.windows.map((w) => (shown('window', w.id) ? <WindowShape key={w.id} window={w} room={rooms.get(w.room)} failing={failing.has(w.id)} /> : null))}
      {level.doors.map((d) =>
        shown('door', d.id) ? <DoorShape key={d.id} door={d} room={rooms.get(d.rooms[0])} other={rooms.get(d.rooms[1])} failing={failing.has(d.id)} /> : null,
      )}
      {level.items.map((item) => (shown('item', item.id) ? <ItemShape key={item.id} item={item} scale={view.scale} failing={failing.has(item.id)} /> : null))}
      {level.rooms.map((room) => {
        if (!shown('room', room.id)) return null;
        const f = figures.get(room.id);
        return <RoomLabel key={`label:${room.id}`} room={room} scale={view.scale} failing={failing.has(room.id)} usableSqFt={f?.usableSqFt} areaSqFt={f?.areaSqFt} />;
      })}
    </Group>
  );
});

export const PlanLayer = memo(function PlanLayer({ siteView = false, zoneFindings = NO_FINDINGS, siteHidden = NOTHING, ...props }: LayerProps) {
  const { view, site, failing } = props;
  const siteProps = site ? { site, scale: view.scale, detail: siteView, failing, zoneFindings, hidden: siteHidden } : null;
  if (siteView) {
    return (
      <Layer listening={false} x={view.x} y={view.y} scaleX={view.scale} scaleY={view.scale} name="plan-layer">
        {siteProps ? <SiteGround {...siteProps} /> : null}
        <Group opacity={FAINT_BUILDING} name="faint-building">
          <PlanShapes {...props} hidden={NOTHING} />
        </Group>
        {siteProps ? <SiteTop {...siteProps} /> : null}
      </Layer>
    );
  }
  return (
    <Layer listening={false} x={view.x} y={view.y} scaleX={view.scale} scaleY={view.scale} name="plan-layer">
      {siteProps ? (
        <>
          <SiteGround {...siteProps} />
          <SiteTop {...siteProps} />
        </>
      ) : null}
      <PlanShapes {...props} />
    </Layer>
  );
});
