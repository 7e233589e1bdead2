/**
 * The interactive layer, redrawn on every pointer move without touching the plan layer: the selection and its
 * handles, what the active tool is drawing, and the geometry of the finding picked in the panel.
 */
import { Circle, Group, Label, Layer, Line, Rect, Tag, Text } from 'react-konva';
import type { ReactNode } from 'react';
import type { Finding } from '../../checks/types.ts';
import type { Level, Site } from '../../model/schema.ts';
import { itemFootprint, objectOutline } from '../geom/shapes.ts';
import { isSiteKind, isSitePolygonKind, refsOf, siteObjectsOf, type RefKey } from '../model/refs.ts';
import type { Overlay } from '../tools/overlay.ts';
import type { View } from '../view.ts';
import { GHOST, HIGHLIGHT, SELECT } from './palette.ts';

interface Props {
  readonly level: Level;
  /** The site, in the Site view (its objects are what can be selected there). */
  readonly site?: Site | undefined;
  readonly view: View;
  readonly selection: readonly RefKey[];
  readonly overlay: Overlay;
  readonly highlight: Finding | null;
  /** What a gesture is moving, drawn here so one canvas is redrawn per frame rather than two. */
  readonly moving?: ReactNode;
}

const HANDLE_PX = 8;

function Selection({ level, site, view, selection }: Pick<Props, 'level' | 'site' | 'view' | 'selection'>) {
  const refs = refsOf(selection);
  const single = refs.length === 1 ? refs[0] : undefined;
  const h = HANDLE_PX / view.scale;
  return (
    <>
      {refs.map((ref) => {
        const key = `${ref.kind}:${ref.id}`;
        if (isSiteKind(ref.kind)) {
          const o = siteObjectsOf(site, ref.kind).find((x) => x.id === ref.id);
          if (!o) return null;
          const ring = objectOutline(ref.kind, o);
          return (
            <Group key={key} name="selection">
              <Line points={ring.flat()} closed stroke={SELECT} strokeWidth={2.5} strokeScaleEnabled={false} fill="rgba(29, 95, 168, 0.06)" />
              {single && isSitePolygonKind(single.kind)
                ? ring.map((p, i) => <Rect key={i} x={p[0] - h / 2} y={p[1] - h / 2} width={h} height={h} fill="#fff" stroke={SELECT} strokeWidth={1.5} strokeScaleEnabled={false} />)
                : null}
            </Group>
          );
        }
        if (ref.kind === 'room') {
          const room = level.rooms.find((r) => r.id === ref.id);
          if (!room) return null;
          return (
            <Group key={key}>
              <Line points={room.polygon.flat()} closed stroke={SELECT} strokeWidth={2.5} strokeScaleEnabled={false} fill="rgba(29, 95, 168, 0.06)" />
              {single?.kind === 'room'
                ? room.polygon.map((p, i) => <Rect key={i} x={p[0] - h / 2} y={p[1] - h / 2} width={h} height={h} fill="#fff" stroke={SELECT} strokeWidth={1.5} strokeScaleEnabled={false} />)
                : null}
            </Group>
          );
        }
        if (ref.kind === 'item') {
          const item = level.items.find((i) => i.id === ref.id);
          return item ? <Line key={key} points={itemFootprint(item).flat()} closed stroke={SELECT} strokeWidth={2.5} strokeScaleEnabled={false} /> : null;
        }
        const o = ref.kind === 'door' ? level.doors.find((d) => d.id === ref.id) : level.windows.find((w) => w.id === ref.id);
        if (!o) return null;
        return (
          <Group key={key}>
            <Line points={[...o.a, ...o.b]} stroke={SELECT} strokeWidth={6} strokeScaleEnabled={false} opacity={0.7} lineCap="round" />
            {/* One selected: its ends are handles that resize it along the wall. */}
            {single ? [o.a, o.b].map((p, i) => <Rect key={i} x={p[0] - h / 2} y={p[1] - h / 2} width={h} height={h} fill="#fff" stroke={SELECT} strokeWidth={1.5} strokeScaleEnabled={false} />) : null}
          </Group>
        );
      })}
    </>
  );
}

function ToolShapes({ overlay, view }: Pick<Props, 'overlay' | 'view'>) {
  const px = 1 / view.scale;
  return (
    <>
      {overlay.map((s, i) => {
        switch (s.type) {
          case 'polygon':
            return (
              <Line
                key={i}
                points={s.points.flat()}
                closed
                stroke={s.style === 'invalid' ? '#b3261e' : GHOST}
                strokeWidth={1.5}
                strokeScaleEnabled={false}
                dash={s.style === 'brush' ? [5, 4] : undefined}
                fill={s.style === 'brush' ? 'rgba(29, 95, 168, 0.08)' : s.style === 'invalid' ? 'rgba(179, 38, 30, 0.12)' : 'rgba(29, 95, 168, 0.12)'}
              />
            );
          case 'polyline':
            return <Line key={i} points={s.points.flat()} stroke={s.style === 'measure' ? HIGHLIGHT : GHOST} strokeWidth={2} strokeScaleEnabled={false} dash={s.style === 'measure' ? [8, 4] : undefined} />;
          case 'snap':
            return s.kind === 'vertex' ? (
              <Circle key={i} x={s.at[0]} y={s.at[1]} radius={5 * px} stroke={HIGHLIGHT} strokeWidth={2} strokeScaleEnabled={false} />
            ) : (
              // On a neighbour's wall line: the cross in the snap colour, so the user sees the wall took the point.
              <Group key={i} x={s.at[0]} y={s.at[1]}>
                <Line points={[-6 * px, 0, 6 * px, 0]} stroke={s.kind === 'wall' ? HIGHLIGHT : GHOST} strokeWidth={s.kind === 'wall' ? 2 : 1} strokeScaleEnabled={false} />
                <Line points={[0, -6 * px, 0, 6 * px]} stroke={s.kind === 'wall' ? HIGHLIGHT : GHOST} strokeWidth={s.kind === 'wall' ? 2 : 1} strokeScaleEnabled={false} />
              </Group>
            );
          case 'dimension':
            // Centred on its point: a pointer of no height puts the tag's bottom middle there, so lift it by half.
            return (
              <Label key={i} x={s.at[0]} y={s.at[1] + 9 * px} name="dimension">
                <Tag fill="rgba(255, 255, 255, 0.92)" stroke="rgba(28, 36, 48, 0.35)" strokeWidth={1} strokeScaleEnabled={false} cornerRadius={3 * px} pointerDirection="down" pointerWidth={0} pointerHeight={0} />
                <Text text={s.text} fontSize={11 * px} padding={3 * px} fill="#1c2430" fontFamily="system-ui, sans-serif" />
              </Label>
            );
          case 'label':
            return (
              <Label key={i} x={s.at[0]} y={s.at[1]}>
                <Tag fill="rgba(28, 36, 48, 0.85)" cornerRadius={3 * px} pointerDirection="down" pointerWidth={6 * px} pointerHeight={4 * px} />
                <Text text={s.text} fontSize={12 * px} padding={4 * px} fill="#fff" fontFamily="system-ui, sans-serif" />
              </Label>
            );
        }
      })}
    </>
  );
}

function Highlight({ finding, view }: { finding: Finding; view: View }) {
  const g = finding.geometry;
  if (!g) return null;
  const pts = g.points.flat();
  switch (g.type) {
    case 'polygon':
      return <Line points={pts} closed stroke={HIGHLIGHT} strokeWidth={3} strokeScaleEnabled={false} fill="rgba(217, 72, 15, 0.15)" dash={[10, 5]} />;
    case 'point':
      return <Circle x={g.points[0][0]} y={g.points[0][1]} radius={10 / view.scale} stroke={HIGHLIGHT} strokeWidth={3} strokeScaleEnabled={false} />;
    default:
      return (
        <>
          <Line points={pts} stroke="#fff" strokeWidth={6} strokeScaleEnabled={false} lineCap="round" lineJoin="round" />
          <Line points={pts} stroke={HIGHLIGHT} strokeWidth={3} strokeScaleEnabled={false} lineCap="round" lineJoin="round" />
          <Circle x={g.points[0][0]} y={g.points[0][1]} radius={4 / view.scale} fill={HIGHLIGHT} />
        </>
      );
  }
}

export function OverlayLayer({ level, site, view, selection, overlay, highlight, moving }: Props) {
  return (
    <Layer listening={false} x={view.x} y={view.y} scaleX={view.scale} scaleY={view.scale}>
      {moving}
      {highlight && (!highlight.level || highlight.level === level.id) ? <Highlight finding={highlight} view={view} /> : null}
      <Selection level={level} site={site} view={view} selection={selection} />
      <ToolShapes overlay={overlay} view={view} />
    </Layer>
  );
}
