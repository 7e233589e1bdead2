/**
 * A room: its inside faces (the gap to the next room is the wall), filled by use; and, drawn after the furniture so
 * it stays readable, its label: name, use and ages, usable area.
 */
import { memo } from 'react';
import { Group, Label, Line, Tag, Text } from 'react-konva';
import { ringArea } from '../../geometry/area.ts';
import { ringBBox } from '../../geometry/bbox.ts';
import type { Room } from '../../model/schema.ts';
import { FAIL, FAIL_FILL, INK, ROOM_FILL, WALL_LINE } from './palette.ts';
import { labelPoint } from './labelPoint.ts';

const FONT_PX = 12;
const USE: Partial<Record<Room['use'], string>> = { 'child-care': 'child care' };
const AGE: Record<string, string> = { infant: 'infants', toddler: 'toddlers', two: 'twos', preschool: 'preschool', schoolAge: 'school age' };

const areas = new WeakMap<Room['polygon'], number>();
function areaOf(ring: Room['polygon']): number {
  let a = areas.get(ring);
  if (a === undefined) areas.set(ring, (a = ringArea(ring)));
  return a;
}

function fullLabel(room: Room, usable: number | undefined, area: number | undefined): string {
  const use = USE[room.use] ?? room.use;
  const ages = room.ages?.length ? ` · ${room.ages.map((a) => AGE[a] ?? a).join(', ')}` : '';
  const space = usable !== undefined && usable > 0 ? `${usable.toFixed(1)} sq ft usable` : area !== undefined ? `${area.toFixed(1)} sq ft` : '';
  return [room.name || room.id, `${use}${ages}`, space].filter(Boolean).join('\n');
}

/** `seeThrough`: the fill faint, so a trace image under the level shows through the rooms drawn over it. */
export const RoomShape = memo(function RoomShape({ room, failing, seeThrough = false }: { room: Room; failing: boolean; seeThrough?: boolean }) {
  const points = room.polygon.flat();
  return (
    <Group listening={false}>
      {seeThrough ? <Line points={points} closed fill={ROOM_FILL[room.use]} opacity={0.3} perfectDrawEnabled={false} /> : null}
      <Line points={points} closed fill={seeThrough ? undefined : ROOM_FILL[room.use]} stroke={failing ? FAIL : WALL_LINE} strokeWidth={failing ? 2 : 1.5} strokeScaleEnabled={false} perfectDrawEnabled={false} />
      {failing ? <Line points={points} closed fill={FAIL_FILL} perfectDrawEnabled={false} /> : null}
    </Group>
  );
});

interface LabelProps {
  readonly room: Room;
  readonly scale: number;
  readonly failing: boolean;
  /** Usable square feet from the last report, when the room has any. */
  readonly usableSqFt: number | undefined;
  readonly areaSqFt: number | undefined;
}

export const RoomLabel = memo(function RoomLabel({ room, scale, failing, usableSqFt, areaSqFt }: LabelProps) {
  const box = ringBBox(room.polygon);
  // A thin or ragged room has far less room for text than its box: judge by its area as well.
  const side = Math.sqrt(areaOf(room.polygon)) * scale;
  const widthPx = Math.min((box.maxX - box.minX) * scale, side * 1.6);
  const heightPx = Math.min((box.maxY - box.minY) * scale, side);
  // Too small on screen for three lines: the name only, or nothing.
  const text = widthPx < 40 || heightPx < 18 ? '' : heightPx < 54 || widthPx < 90 ? room.name || room.id : fullLabel(room, usableSqFt, areaSqFt);
  if (!text) return null;
  const at = labelPoint(room.polygon);
  const font = FONT_PX / scale;
  const lines = text.split('\n').length;
  const textWidth = Math.min(widthPx - 8, 220) / scale;
  const pad = 2 / scale;
  return (
    <Label x={at[0] - textWidth / 2} y={at[1] - (font * 1.25 * lines) / 2} listening={false}>
      <Tag fill="rgba(255, 255, 255, 0.78)" cornerRadius={3 / scale} />
      <Text
        text={text}
        width={textWidth}
        padding={pad}
        align="center"
        fontSize={font}
        lineHeight={1.25}
        fontFamily="system-ui, sans-serif"
        fill={failing ? FAIL : INK}
        wrap="none"
        ellipsis
        perfectDrawEnabled={false}
      />
    </Label>
  );
});
