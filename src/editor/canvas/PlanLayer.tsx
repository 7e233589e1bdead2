/**
 * The static layer: the level's rooms, doors, windows and items. It does not listen for events (hit testing is done
 * on the plan, see geom/hit.ts) and its children are memoised on their plan objects, so a drag re-renders only what
 * moves.
 */
import { memo } from 'react';
import { Layer } from 'react-konva';
import type { Level } from '../../model/schema.ts';
import { DoorShape } from './DoorShape.tsx';
import { ItemShape } from './ItemShape.tsx';
import { RoomShape } from './RoomShape.tsx';
import { WindowShape } from './WindowShape.tsx';
import type { View } from '../view.ts';

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
}

export const PlanLayer = memo(function PlanLayer({ level, view, failing, figures }: Props) {
  const rooms = new Map(level.rooms.map((r) => [r.id, r]));
  return (
    <Layer listening={false} x={view.x} y={view.y} scaleX={view.scale} scaleY={view.scale}>
      {level.rooms.map((room) => {
        const f = figures.get(room.id);
        return <RoomShape key={room.id} room={room} scale={view.scale} failing={failing.has(room.id)} usableSqFt={f?.usableSqFt} areaSqFt={f?.areaSqFt} />;
      })}
      {level.windows.map((w) => (
        <WindowShape key={w.id} window={w} room={rooms.get(w.room)} failing={failing.has(w.id)} />
      ))}
      {level.doors.map((d) => (
        <DoorShape key={d.id} door={d} room={rooms.get(d.rooms[0])} other={rooms.get(d.rooms[1])} failing={failing.has(d.id)} />
      ))}
      {level.items.map((item) => (
        <ItemShape key={item.id} item={item} scale={view.scale} failing={failing.has(item.id)} />
      ))}
    </Layer>
  );
});
