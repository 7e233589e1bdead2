/**
 * The outdoors (plan-format.md, site), drawn under the building on the level at grade: play areas with their fence,
 * surfaces, equipment, pools and obstacles. Read-only in the editor for now; it gives outdoor findings their context.
 */
import { memo } from 'react';
import { Group, Line, Text } from 'react-konva';
import { rectangle } from '../../geometry/offset.ts';
import type { Site } from '../../model/schema.ts';

const SURFACE_FILL = 'rgba(196, 164, 107, 0.22)';
const PLAY_FILL = 'rgba(104, 170, 98, 0.14)';

export const SiteShapes = memo(function SiteShapes({ site, scale }: { site: Site; scale: number }) {
  const font = 11 / scale;
  return (
    <Group listening={false}>
      {site.playAreas?.map((a) => (
        <Group key={a.id}>
          <Line points={a.polygon.flat()} closed fill={PLAY_FILL} stroke="#4f8a48" strokeWidth={a.fenceHeight > 0 ? 2 : 1} dash={a.fenceHeight > 0 ? [10, 4] : [2, 4]} strokeScaleEnabled={false} perfectDrawEnabled={false} />
          <Text x={a.polygon[0]![0] + 4 / scale} y={a.polygon[0]![1] + 4 / scale} text={`${a.name || a.id}${a.fenceHeight > 0 ? '' : ' (no fence)'}`} fontSize={font} fill="#2f5e2a" />
        </Group>
      ))}
      {site.surfaces?.map((s) => <Line key={s.id} points={s.polygon.flat()} closed fill={SURFACE_FILL} stroke="#a58b5a" strokeWidth={0.75} strokeScaleEnabled={false} perfectDrawEnabled={false} />)}
      {site.pools?.map((p) => <Line key={p.id} points={p.polygon.flat()} closed fill="rgba(80, 160, 220, 0.35)" stroke="#2b78b5" strokeWidth={1} strokeScaleEnabled={false} />)}
      {site.obstacles?.map((o) => <Line key={o.id} points={o.polygon.flat()} closed fill="rgba(90, 90, 90, 0.25)" stroke="#555" strokeWidth={1} strokeScaleEnabled={false} />)}
      {site.equipment?.map((e) => {
        const ring = rectangle(e.at, e.size, e.rotation ?? 0);
        return (
          <Group key={e.id}>
            <Line points={ring.flat()} closed fill="rgba(231, 120, 40, 0.25)" stroke="#b2561a" strokeWidth={1.25} strokeScaleEnabled={false} />
            <Text x={e.at[0] - e.size[0] / 2} y={e.at[1] - font / 2} width={e.size[0]} align="center" text={e.type} fontSize={Math.min(font, e.size[1] / 2)} fill="#8a3f0e" wrap="none" ellipsis />
          </Group>
        );
      })}
    </Group>
  );
});
