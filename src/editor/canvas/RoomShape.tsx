/** A room: its inside faces (the gap to the next room is the wall), filled by use, with name, use and usable area. */
import { memo } from 'react';
import { Group, Line, Text } from 'react-konva';
import { ringBBox } from '../../geometry/bbox.ts';
import { ringArea } from '../../geometry/area.ts';
import type { Room } from '../../model/schema.ts';
import { FAIL, FAIL_FILL, INK, ROOM_FILL, WALL_LINE } from './palette.ts';
import { labelPoint } from './labelPoint.ts';

interface Props {
  readonly room: Room;
  readonly scale: number;
  readonly failing: boolean;
  /** Usable square feet from the last report, when the room has any. */
  readonly usableSqFt: number | undefined;
  readonly areaSqFt: number | undefined;
}

const FONT_PX = 12;
const USE: Partial<Record<Room['use'], string>> = { 'child-care': 'child care' };
const AGE: Record<string, string> = { infant: 'infants', toddler: 'toddlers', two: 'twos', preschool: 'preschool', schoolAge: 'school age' };

function label(room: Room, usable: number | undefined, area: number | undefined): string {
  const use = USE[room.use] ?? room.use;
  const ages = room.ages?.length ? ` · ${room.ages.map((a) => AGE[a] ?? a).join(', ')}` : '';
  const space = usable !== undefined && usable > 0 ? `${usable.toFixed(1)} sq ft usable` : area !== undefined ? `${area.toFixed(1)} sq ft` : '';
  return [room.name || room.id, `${use}${ages}`, space].filter(Boolean).join('\n');
}

const areas = new WeakMap<Room['polygon'], number>();
function areaOf(ring: Room['polygon']): number {
  let a = areas.get(ring);
  if (a === undefined) areas.set(ring, (a = ringArea(ring)));
  return a;
}

export const RoomShape = memo(function RoomShape({ room, scale, failing, usableSqFt, areaSqFt }: Props) {
  const points = room.polygon.flat();
  const box = ringBBox(room.polygon);
  // A thin or ragged room has far less room for text than its box: judge by its area as well.
  const side = Math.sqrt(areaOf(room.polygon)) * scale;
  const widthPx = Math.min((box.maxX - box.minX) * scale, side * 1.6);
  const heightPx = Math.min((box.maxY - box.minY) * scale, side);
  const at = labelPoint(room.polygon);
  const font = FONT_PX / scale;
  // Too small on screen for three lines: the name only, or nothing.
  const text = widthPx < 40 || heightPx < 18 ? '' : heightPx < 54 || widthPx < 90 ? room.name || room.id : label(room, usableSqFt, areaSqFt);
  const textWidth = Math.min(widthPx - 8, 220) / scale;
  return (
    <Group listening={false}>
      <Line points={points} closed fill={ROOM_FILL[room.use]} stroke={failing ? FAIL : WALL_LINE} strokeWidth={failing ? 2 : 1.5} strokeScaleEnabled={false} perfectDrawEnabled={false} />
      {failing ? <Line points={points} closed fill={FAIL_FILL} perfectDrawEnabled={false} /> : null}
      {text ? (
        <Text
          text={text}
          x={at[0] - textWidth / 2}
          y={at[1] - (font * 1.25 * text.split('\n').length) / 2}
          width={textWidth}
          align="center"
          fontSize={font}
          lineHeight={1.25}
          fontFamily="system-ui, sans-serif"
          fill={failing ? FAIL : INK}
          wrap="none"
          ellipsis
          perfectDrawEnabled={false}
        />
      ) : null}
    </Group>
  );
});
