/**
 * The camera: `scale` screen pixels per plan inch, and where plan (0, 0) sits on screen. Screen = plan × scale + offset.
 * Editor-only state: never written into the plan.
 */
import type { BBox, Point } from '../geometry/types.ts';

export interface View {
  readonly scale: number;
  readonly x: number;
  readonly y: number;
}

export const MIN_SCALE = 0.05; // a 1,000 ft building fits a small window
export const MAX_SCALE = 20; // an inch is 20 px
export const DEFAULT_VIEW: View = { scale: 1, x: 40, y: 40 };

export const clampScale = (s: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));

export const toPlan = (v: View, screen: Point): Point => [(screen[0] - v.x) / v.scale, (screen[1] - v.y) / v.scale];
export const toScreen = (v: View, p: Point): Point => [p[0] * v.scale + v.x, p[1] * v.scale + v.y];

/** Zoom by `factor` keeping the plan point under `screen` where it is. */
export function zoomAt(v: View, screen: Point, factor: number): View {
  const scale = clampScale(v.scale * factor);
  const k = scale / v.scale;
  return { scale, x: screen[0] - (screen[0] - v.x) * k, y: screen[1] - (screen[1] - v.y) * k };
}

export const panBy = (v: View, dx: number, dy: number): View => ({ ...v, x: v.x + dx, y: v.y + dy });

/** The view that shows `box` centred in a `width` × `height` viewport with `padding` pixels around it. */
export function fitBox(box: BBox, width: number, height: number, padding = 48, maxScale = 4): View {
  const w = Math.max(box.maxX - box.minX, 1);
  const h = Math.max(box.maxY - box.minY, 1);
  const scale = clampScale(Math.min((width - 2 * padding) / w, (height - 2 * padding) / h, maxScale));
  return {
    scale,
    x: width / 2 - ((box.minX + box.maxX) / 2) * scale,
    y: height / 2 - ((box.minY + box.maxY) / 2) * scale,
  };
}

/** Zoom steps for keyboard + / − and the buttons. */
export const ZOOM_STEP = 1.25;
