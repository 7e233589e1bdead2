/**
 * The grid: 6" minor and 1' major lines (10' lines when zoomed far out), drawn in screen space by one shape so its
 * cost does not grow with the plan.
 */
import { Shape } from 'react-konva';
import type { View } from '../view.ts';
import { GRID_MAJOR, GRID_MINOR } from '../geom/snap.ts';

interface Props {
  readonly view: View;
  readonly width: number;
  readonly height: number;
}

const MIN_GAP_PX = 7;

export function GridShape({ view, width, height }: Props) {
  return (
    <Shape
      listening={false}
      perfectDrawEnabled={false}
      sceneFunc={(ctx) => {
        const c = ctx._context;
        const draw = (step: number, color: string) => {
          if (step * view.scale < MIN_GAP_PX) return false;
          c.beginPath();
          const x0 = Math.floor(-view.x / view.scale / step) * step;
          for (let x = x0; x * view.scale + view.x <= width; x += step) {
            const sx = Math.round(x * view.scale + view.x) + 0.5;
            c.moveTo(sx, 0);
            c.lineTo(sx, height);
          }
          const y0 = Math.floor(-view.y / view.scale / step) * step;
          for (let y = y0; y * view.scale + view.y <= height; y += step) {
            const sy = Math.round(y * view.scale + view.y) + 0.5;
            c.moveTo(0, sy);
            c.lineTo(width, sy);
          }
          c.strokeStyle = color;
          c.lineWidth = 1;
          c.stroke();
          return true;
        };
        draw(GRID_MINOR, '#e2e6ec');
        if (!draw(GRID_MAJOR, '#d3d9e1')) draw(120, '#d3d9e1');
      }}
    />
  );
}
