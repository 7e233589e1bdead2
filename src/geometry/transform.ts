import type { MultiPolygon, Point, Polygon, Ring } from './types.ts';

/*
 * Rotation convention: positive degrees turn CLOCKWISE on screen (y grows down), using the
 * standard matrix x' = x·cos − y·sin, y' = x·sin + y·cos. Quarter turns use exact cos/sin:
 * Math.cos(π/2) is 6e-17, which would knock axis-aligned rooms off their exact grid and turn
 * shared walls into slivers in the boolean ops.
 */
export function cosSinDeg(deg: number): readonly [cos: number, sin: number] {
  const r = ((deg % 360) + 360) % 360;
  if (r === 0) return [1, 0];
  if (r === 90) return [0, 1];
  if (r === 180) return [-1, 0];
  if (r === 270) return [0, -1];
  const rad = (deg * Math.PI) / 180;
  return [Math.cos(rad), Math.sin(rad)];
}

export function translatePoint(p: Point, dx: number, dy: number): Point {
  return [p[0] + dx, p[1] + dy];
}

export function translateRing(ring: Ring, dx: number, dy: number): Ring {
  return ring.map((p) => translatePoint(p, dx, dy));
}

export function translatePolygon(polygon: Polygon, dx: number, dy: number): Polygon {
  return polygon.map((ring) => translateRing(ring, dx, dy));
}

export function translateMultiPolygon(mp: MultiPolygon, dx: number, dy: number): MultiPolygon {
  return mp.map((polygon) => translatePolygon(polygon, dx, dy));
}

export function rotatePoint(p: Point, deg: number, about: Point = [0, 0]): Point {
  const [c, s] = cosSinDeg(deg);
  const dx = p[0] - about[0];
  const dy = p[1] - about[1];
  return [about[0] + dx * c - dy * s, about[1] + dx * s + dy * c];
}

export function rotateRing(ring: Ring, deg: number, about: Point = [0, 0]): Ring {
  return ring.map((p) => rotatePoint(p, deg, about));
}

export function rotatePolygon(polygon: Polygon, deg: number, about: Point = [0, 0]): Polygon {
  return polygon.map((ring) => rotateRing(ring, deg, about));
}

export function rotateMultiPolygon(mp: MultiPolygon, deg: number, about: Point = [0, 0]): MultiPolygon {
  return mp.map((polygon) => rotatePolygon(polygon, deg, about));
}
