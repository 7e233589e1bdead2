/** A door: the opening cut through the wall, the leaf drawn open 90° and its swing arc (or a slider, or nothing). */
import { memo } from 'react';
import { Group, Line } from 'react-konva';
import type { Point } from '../../geometry/types.ts';
import { distancePointToRing } from '../../geometry/segments.ts';
import type { Door, Level, Room } from '../../model/schema.ts';
import { doorLeaf, midpoint, normalInto } from '../geom/shapes.ts';
import { arcPoints } from '../tools/overlay.ts';
import { FAIL, INK, ROOM_FILL } from './palette.ts';

interface Props {
  readonly door: Door;
  readonly room: Room | undefined;
  readonly other: Room | undefined;
  readonly failing: boolean;
}

/** The wall behind an exit is drawn this thick when there is no room across to measure it from. */
const OUTSIDE_WALL = 6;

/** Corners of the opening through the wall, from the room's face to the face across (a little into both rooms). */
export function openingCut(door: Door, room: Room, other: Room | undefined): Point[] {
  const inward = normalInto(door.a, door.b, room);
  const depth = other ? Math.min(distancePointToRing(midpoint(door.a, door.b), other.polygon), 24) : OUTSIDE_WALL;
  const out = depth + 0.75;
  const inn = 0.75;
  const at = (p: Point, d: number): Point => [p[0] - inward[0] * d, p[1] - inward[1] * d];
  return [at(door.a, -inn), at(door.b, -inn), at(door.b, out), at(door.a, out)];
}

export const DoorShape = memo(function DoorShape({ door, room, other, failing }: Props) {
  if (!room) return null;
  const level = { rooms: other ? [room, other] : [room] } as unknown as Level;
  const leaf = doorLeaf(door, level);
  const color = failing ? FAIL : INK;
  const cut = openingCut(door, room, other);
  const kind = door.kind ?? 'swing';
  return (
    <Group listening={false}>
      <Line points={cut.flat()} closed fill={ROOM_FILL[room.use]} perfectDrawEnabled={false} />
      {leaf.side ? (
        <>
          <Line points={[...leaf.hinge, ...leaf.open]} stroke={color} strokeWidth={2} strokeScaleEnabled={false} />
          <Line points={arcPoints(leaf.hinge, leaf.open, leaf.free).flat()} stroke={color} strokeWidth={1} strokeScaleEnabled={false} dash={[4, 3]} />
        </>
      ) : null}
      {kind === 'sliding' ? <Line points={[...door.a, ...door.b]} stroke={color} strokeWidth={3} strokeScaleEnabled={false} /> : null}
      {kind === 'folding' || kind === 'overhead' ? <Line points={[...door.a, ...door.b]} stroke={color} strokeWidth={1.5} strokeScaleEnabled={false} dash={[6, 4]} /> : null}
      {door.rooms[1] === 'outside' ? <Line points={[...door.a, ...door.b]} stroke={color} strokeWidth={1} strokeScaleEnabled={false} opacity={0.35} /> : null}
    </Group>
  );
});
