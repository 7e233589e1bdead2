/**
 * A trace image: a photo or scan of a floor plan (or an aerial view of the yard) shown under the drawing of one level
 * (or of the site), locked, to draw over. It is editor-only state: never written into the plan (the format refuses
 * unknown fields); the app keeps it in the browser, keyed by the plan's file name (store/traces.ts).
 *
 * Placement: the image's top-left corner at (x, y) plan inches, `scale` plan inches per image pixel. Calibrating
 * takes two points on the image and the real distance between them, and rescales about the first point.
 */
import type { Point } from '../geometry/types.ts';

export interface TraceImage {
  /** A data: URL of the PNG or JPEG. */
  readonly src: string;
  /** The file it came from, for the panel. */
  readonly name: string;
  /** Image size in pixels. */
  readonly width: number;
  readonly height: number;
  /** Plan inches of the image's top-left corner. */
  readonly x: number;
  readonly y: number;
  /** Plan inches per image pixel. */
  readonly scale: number;
  /** 0 (invisible) to 1. */
  readonly opacity: number;
  /** Set once two points have been given a real distance. */
  readonly calibrated: boolean;
}

/** The traces of one plan: by the level they lie under (`level:<id>`), or `site` for the Site view. */
export type Traces = Readonly<Record<string, TraceImage>>;

export const DEFAULT_TRACE_OPACITY = 0.5;

export const traceKey = (siteView: boolean, levelId: string | null | undefined): string | null => (siteView ? 'site' : levelId ? `level:${levelId}` : null);

const tidy = (n: number) => Math.round(n * 1e6) / 1e6 + 0;

/** The trace rescaled so that a–b (plan inches, as the image is drawn now) measures `inches`; `a` stays where it is. */
export function calibrateTrace(t: TraceImage, a: Point, b: Point, inches: number): TraceImage | null {
  const measured = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (!(measured > 1e-9) || !(inches > 0)) return null;
  const k = inches / measured;
  return { ...t, scale: tidy(t.scale * k), x: tidy(a[0] - (a[0] - t.x) * k), y: tidy(a[1] - (a[1] - t.y) * k), calibrated: true };
}

/** A new trace filling most of `box` (the part of the plan on screen), before any calibration. */
export function placeTrace(
  image: { src: string; name: string; width: number; height: number },
  box: { minX: number; minY: number; maxX: number; maxY: number },
): TraceImage {
  const w = Math.max(box.maxX - box.minX, 1);
  const h = Math.max(box.maxY - box.minY, 1);
  const scale = tidy(Math.min((w * 0.8) / Math.max(image.width, 1), (h * 0.8) / Math.max(image.height, 1)));
  const x = tidy(box.minX + (w - image.width * scale) / 2);
  const y = tidy(box.minY + (h - image.height * scale) / 2);
  return { ...image, x, y, scale, opacity: DEFAULT_TRACE_OPACITY, calibrated: false };
}

/** The trace's corners' box in plan inches. */
export const traceBox = (t: TraceImage) => ({ minX: t.x, minY: t.y, maxX: t.x + t.width * t.scale, maxY: t.y + t.height * t.scale });
