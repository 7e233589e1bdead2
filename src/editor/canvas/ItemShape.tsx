/** An item: its footprint with a short label; a device is a small round symbol with its letters. */
import { memo } from 'react';
import { Circle, Group, Line, Text } from 'react-konva';
import { isDevice, itemSize } from '../../model/defaults.ts';
import type { Item } from '../../model/schema.ts';
import { ITEM_KINDS } from '../itemCatalog.ts';
import { itemFootprint, DEVICE_SYMBOL } from '../geom/shapes.ts';
import { FAIL, FAIL_FILL, ITEM_FILL, ITEM_STROKE } from './palette.ts';

interface Props {
  readonly item: Item;
  readonly scale: number;
  readonly failing: boolean;
}

export const ItemShape = memo(function ItemShape({ item, scale, failing }: Props) {
  const kind = ITEM_KINDS[item.type];
  const stroke = failing ? FAIL : ITEM_STROKE[kind.category];
  const fill = failing ? FAIL_FILL : ITEM_FILL[kind.category];
  if (isDevice(item.type)) {
    const r = Math.max(DEVICE_SYMBOL / 2, 6 / scale);
    const font = Math.min(r * 1.1, 11 / scale);
    return (
      <Group listening={false} x={item.at[0]} y={item.at[1]}>
        <Circle radius={r} fill={fill} stroke={stroke} strokeWidth={1.5} strokeScaleEnabled={false} perfectDrawEnabled={false} />
        {r * scale >= 6 ? (
          <Text text={kind.glyph} x={-r} y={-font / 2} width={2 * r} align="center" fontSize={font} fontStyle="bold" fill={stroke} perfectDrawEnabled={false} />
        ) : null}
      </Group>
    );
  }
  const size = itemSize(item)!;
  const font = Math.min(size[1] * 0.3, size[0] / Math.max(kind.glyph.length * 0.62, 1), 11 / scale);
  const showText = kind.glyph && font * scale >= 6;
  return (
    <Group listening={false}>
      <Line points={itemFootprint(item).flat()} closed fill={fill} stroke={stroke} strokeWidth={1.25} strokeScaleEnabled={false} perfectDrawEnabled={false} />
      {item.stacked ? <Line points={itemFootprint({ ...item, size: [size[0] * 0.8, size[1] * 0.8] }).flat()} closed stroke={stroke} strokeWidth={1} strokeScaleEnabled={false} dash={[3, 2]} /> : null}
      {showText ? (
        <Group x={item.at[0]} y={item.at[1]} rotation={item.rotation ?? 0}>
          <Text text={kind.glyph} x={-size[0] / 2} y={-font / 2} width={size[0]} align="center" fontSize={font} fill={stroke} perfectDrawEnabled={false} />
        </Group>
      ) : null}
    </Group>
  );
});
