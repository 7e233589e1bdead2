/**
 * Planar geometry types. Coordinates are plan inches: x grows east, y grows south (screen axes).
 * Nothing here knows about longitude/latitude — turf's geodesic measures must never touch these.
 */
export type Point = readonly [x: number, y: number];
/** A closed ring given without repeating its first vertex. Either winding. */
export type Ring = readonly Point[];
/** First ring is the outer boundary, the rest are holes. */
export type Polygon = readonly Ring[];
export type MultiPolygon = readonly Polygon[];

export interface Segment {
  readonly a: Point;
  readonly b: Point;
}

export interface BBox {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}
