/** A window: the wall cut away along a–b with the glazing drawn as a line in the middle of the wall. */
import { memo } from 'react';
import { Group, Line } from 'react-konva';
import type { Point } from '../../geometry/types.ts';
import type { Room, Window } from '../../model/schema.ts';
import { normalInto } from '../geom/shapes.ts';
import { FAIL, INK } from './palette.ts';

interface Props {
  readonly window: Window;
  readonly room: Room | undefined;
  readonly failing: boolean;
}

const DEPTH = 6;

export const WindowShape = memo(function WindowShape({ window: w, room, failing }: Props) {
  if (!room) return null;
  const inward = normalInto(w.a, w.b, room);
  const at = (p: Point, d: number): Point => [p[0] - inward[0] * d, p[1] - inward[1] * d];
  const box = [at(w.a, 0), at(w.b, 0), at(w.b, DEPTH), at(w.a, DEPTH)];
  const color = failing ? FAIL : INK;
  return (
    <Group listening={false}>
      <Line points={box.flat()} closed fill="#ffffff" stroke={color} strokeWidth={1} strokeScaleEnabled={false} perfectDrawEnabled={false} />
      <Line points={[...at(w.a, DEPTH / 2), ...at(w.b, DEPTH / 2)]} stroke={color} strokeWidth={1.5} strokeScaleEnabled={false} />
    </Group>
  );
});
