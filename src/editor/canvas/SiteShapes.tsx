/**
 * The outdoors (plan-format.md, site), in the frame of the level at grade. In the building's views it is drawn under
 * the building, plainly. In the Site view (`detail`) it is what is edited: each piece of equipment with its fall zone
 * (red where the outdoor.fall-zone finding for it fails, its uncovered part hatched), each play area with its size
 * and the children it serves. Drawn in two parts so the faint building can go between: the ground (play areas,
 * surfaces, pools) and what stands on it (obstacles, fall zones, equipment, labels).
 */
import { memo } from 'react';
import { Arrow, Group, Label, Line, Tag, Text } from 'react-konva';
import type { Finding } from '../../checks/types.ts';
import type { Site } from '../../model/schema.ts';
import type { Point } from '../../geometry/types.ts';
import { labelPoint } from './labelPoint.ts';
import { ringBBox } from '../../geometry/bbox.ts';
import { equipmentFallZone, playAreaText } from '../geom/siteFigures.ts';
import { equipmentFootprint } from '../geom/shapes.ts';
import { EQUIPMENT_KINDS, type SurfaceMaterial } from '../siteCatalog.ts';
import { FAIL } from './palette.ts';
import { NOTHING } from './gestureSplit.ts';

export interface SiteProps {
  readonly site: Site;
  readonly scale: number;
  /** The Site view: fall zones, play-area figures, every label. */
  readonly detail: boolean;
  /** Ids with a failing finding (their outline turns red). */
  readonly failing: ReadonlySet<string>;
  /** The outdoor.fall-zone finding of each piece of equipment, by its id. */
  readonly zoneFindings: ReadonlyMap<string, Finding>;
  /** `kind:id` keys not to draw (what a gesture is moving), or, with `only`, the only ones to draw. */
  readonly hidden?: ReadonlySet<string>;
  readonly only?: ReadonlySet<string>;
}

const PLAY_FILL = 'rgba(104, 170, 98, 0.14)';
const PLAY_STROKE = '#4f8a48';
const ZONE = '#d9480f';
const ZONE_PASS = '#2f7d32';
const FAIL_ZONE_FILL = 'rgba(179, 38, 30, 0.10)';
const UNCOVERED_FILL = 'rgba(179, 38, 30, 0.30)';

export const SURFACE_FILL: Readonly<Record<SurfaceMaterial, string>> = {
  sand: 'rgba(233, 208, 140, 0.55)',
  'pea-gravel': 'rgba(185, 178, 160, 0.55)',
  'wood-chips': 'rgba(176, 138, 90, 0.45)',
  'engineered-wood-fiber': 'rgba(196, 154, 108, 0.45)',
  tanbark: 'rgba(141, 110, 74, 0.45)',
  'shredded-rubber': 'rgba(90, 90, 90, 0.40)',
  'rubber-mat': 'rgba(74, 93, 115, 0.40)',
  'poured-rubber': 'rgba(63, 127, 110, 0.40)',
  concrete: 'rgba(190, 190, 190, 0.50)',
  asphalt: 'rgba(80, 80, 80, 0.45)',
  grass: 'rgba(120, 190, 100, 0.35)',
  soil: 'rgba(155, 123, 91, 0.40)',
  carpet: 'rgba(176, 122, 161, 0.40)',
  'artificial-turf': 'rgba(80, 170, 80, 0.40)',
  other: 'rgba(180, 180, 180, 0.45)',
};

let hatch: HTMLCanvasElement | null | undefined;
/** Red diagonal hatching, 8 px apart on screen. */
function hatchPattern(): HTMLCanvasElement | null {
  if (hatch !== undefined) return hatch;
  hatch = null;
  if (typeof document === 'undefined') return hatch;
  const c = document.createElement('canvas');
  c.width = 8;
  c.height = 8;
  const g = c.getContext('2d');
  if (!g) return hatch;
  g.strokeStyle = 'rgba(179, 38, 30, 0.85)';
  g.lineWidth = 1.5;
  g.beginPath();
  for (const o of [-8, 0, 8]) {
    g.moveTo(o, 8);
    g.lineTo(o + 8, 0);
  }
  g.stroke();
  return (hatch = c);
}

function useShown(hidden: ReadonlySet<string> = NOTHING, only?: ReadonlySet<string>) {
  return (kind: string, id: string) => (only ? only.has(`${kind}:${id}`) : !hidden.has(`${kind}:${id}`));
}

/** Play areas, surfaces and pools. */
export const SiteGround = memo(function SiteGround({ site, scale, detail, failing, hidden, only }: SiteProps) {
  const shown = useShown(hidden, only);
  return (
    <Group listening={false} name="site-ground">
      {site.playAreas?.map((a) =>
        shown('playArea', a.id) ? (
          <Line
            key={a.id}
            name="play-area"
            subject={a.id}
            points={a.polygon.flat()}
            closed
            fill={PLAY_FILL}
            stroke={failing.has(a.id) ? FAIL : PLAY_STROKE}
            strokeWidth={a.fenceHeight > 0 ? 2 : 1}
            dash={a.fenceHeight > 0 ? [10, 4] : [2, 4]}
            strokeScaleEnabled={false}
            perfectDrawEnabled={false}
          />
        ) : null,
      )}
      {site.surfaces?.map((s) =>
        shown('surface', s.id) ? (
          <Line
            key={s.id}
            name="surface"
            subject={s.id}
            points={s.polygon.flat()}
            closed
            fill={SURFACE_FILL[s.material]}
            stroke={detail ? '#8a7148' : '#a58b5a'}
            strokeWidth={0.75}
            strokeScaleEnabled={false}
            perfectDrawEnabled={false}
          />
        ) : null,
      )}
      {site.pools?.map((p) =>
        shown('pool', p.id) ? (
          <Line key={p.id} name="pool" subject={p.id} points={p.polygon.flat()} closed fill="rgba(80, 160, 220, 0.35)" stroke={failing.has(p.id) ? FAIL : '#2b78b5'} strokeWidth={p.fenceHeight > 0 ? 2 : 1} strokeScaleEnabled={false} />
        ) : null,
      )}
      {!detail
        ? site.playAreas?.map((a) =>
            shown('playArea', a.id) ? (
              <Text key={`label:${a.id}`} x={a.polygon[0]![0] + 4 / scale} y={a.polygon[0]![1] + 4 / scale} text={`${a.name || a.id}${a.fenceHeight > 0 ? '' : ' (no fence)'}`} fontSize={11 / scale} fill="#2f5e2a" />
            ) : null,
          )
        : null}
    </Group>
  );
});

/** Obstacles, fall zones, equipment, and (in the Site view) labels. */
export const SiteTop = memo(function SiteTop({ site, scale, detail, failing, zoneFindings, hidden, only }: SiteProps) {
  const shown = useShown(hidden, only);
  const font = 11 / scale;
  const pattern = detail ? hatchPattern() : null;
  return (
    <Group listening={false} name="site-top">
      {site.obstacles?.map((o) =>
        shown('obstacle', o.id) ? (
          <Group key={o.id}>
            <Line name="obstacle" subject={o.id} points={o.polygon.flat()} closed fill="rgba(90, 90, 90, 0.25)" stroke="#555" strokeWidth={1} strokeScaleEnabled={false} />
            {detail ? <Text x={labelPoint(o.polygon)[0] - 60 / scale} y={labelPoint(o.polygon)[1] - font / 2} width={120 / scale} align="center" text={o.name || o.id} fontSize={font} fill="#333" wrap="none" ellipsis /> : null}
          </Group>
        ) : null,
      )}
      {detail
        ? site.equipment?.map((e) => {
            if (!shown('equipment', e.id)) return null;
            const zone = equipmentFallZone(e, site);
            // While a gesture moves it (`only`), the last report's finding is about where it was: not shown.
            const finding = only ? undefined : zoneFindings.get(e.id);
            const status = finding?.status ?? 'unknown';
            const fail = status === 'fail';
            const stroke = fail ? FAIL : status === 'pass' ? ZONE_PASS : ZONE;
            const uncovered = fail && finding?.geometry?.type === 'polygon' ? finding.geometry.points : null;
            return (
              <Group key={`zone:${e.id}`}>
                {zone.zone.map((polygon, i) =>
                  polygon.map((ring, j) => (
                    <Line
                      key={`${i}.${j}`}
                      name="fall-zone"
                      subject={e.id}
                      status={status}
                      points={ring.flat()}
                      closed
                      fill={j === 0 ? (fail ? FAIL_ZONE_FILL : 'rgba(217, 72, 15, 0.05)') : undefined}
                      stroke={stroke}
                      strokeWidth={fail ? 2 : 1.25}
                      dash={[8, 5]}
                      strokeScaleEnabled={false}
                      perfectDrawEnabled={false}
                    />
                  )),
                )}
                {uncovered ? (
                  <>
                    <Line name="fall-zone-problem" subject={e.id} points={(uncovered as readonly Point[]).flat()} closed fill={UNCOVERED_FILL} stroke={FAIL} strokeWidth={1} strokeScaleEnabled={false} perfectDrawEnabled={false} />
                    {pattern ? (
                      <Line
                        points={(uncovered as readonly Point[]).flat()}
                        closed
                        fillPatternImage={pattern as unknown as HTMLImageElement}
                        fillPatternRepeat="repeat"
                        fillPatternScaleX={1 / scale}
                        fillPatternScaleY={1 / scale}
                        perfectDrawEnabled={false}
                      />
                    ) : null}
                  </>
                ) : null}
              </Group>
            );
          })
        : null}
      {site.equipment?.map((e) => {
        if (!shown('equipment', e.id)) return null;
        const ring = equipmentFootprint(e);
        const kind = EQUIPMENT_KINDS[e.type];
        const red = failing.has(e.id);
        const exit = e.type === 'slide' && e.exit !== undefined ? ((e.exit * Math.PI) / 180) : null;
        const reach = Math.max(e.size[0], e.size[1]) / 2;
        return (
          <Group key={e.id}>
            <Line name="equipment" subject={e.id} points={ring.flat()} closed fill="rgba(231, 120, 40, 0.30)" stroke={red ? FAIL : '#b2561a'} strokeWidth={1.25} strokeScaleEnabled={false} />
            {exit !== null ? (
              <Arrow points={[e.at[0], e.at[1], e.at[0] + Math.cos(exit) * reach, e.at[1] + Math.sin(exit) * reach]} stroke="#8a3f0e" fill="#8a3f0e" strokeWidth={1.5} strokeScaleEnabled={false} pointerLength={8 / scale} pointerWidth={7 / scale} />
            ) : null}
            <Group x={e.at[0]} y={e.at[1]} rotation={e.rotation ?? 0}>
              <Text x={-e.size[0] / 2} y={-Math.min(font, e.size[1] / 2) / 2} width={e.size[0]} align="center" text={detail ? kind.glyph : e.type} fontSize={Math.min(font, e.size[1] / 2)} fill="#8a3f0e" wrap="none" ellipsis />
            </Group>
          </Group>
        );
      })}
      {detail
        ? site.playAreas?.map((a) => {
            if (!shown('playArea', a.id)) return null;
            // In its top-left corner, clear of the equipment that usually stands in the middle.
            const box = ringBBox(a.polygon);
            const text = `${a.name || a.id}\n${playAreaText(a)}`;
            return (
              <Label key={`label:${a.id}`} x={box.minX + 6 / scale} y={box.minY + 6 / scale} name="play-area-label" subject={a.id}>
                <Tag fill="rgba(255, 255, 255, 0.8)" cornerRadius={3 / scale} />
                <Text text={text} fontSize={font} padding={3 / scale} lineHeight={1.25} fill="#2f5e2a" fontFamily="system-ui, sans-serif" />
              </Label>
            );
          })
        : null}
    </Group>
  );
});
