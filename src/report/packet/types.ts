/**
 * The licensure packet as pages of vector primitives, independent of the output format: the PDF renderer
 * (packet/pdf.ts) and the SVG renderer (svg/svg.ts) draw exactly these, so what a test measures on the page model is
 * what prints.
 *
 * Page coordinates are POINTS (1/72 in), origin at the top-left corner of the sheet, x to the right, y DOWN — the
 * same sense as plan coordinates (x east, y south), so a plan drawn north-up needs no flip. Angles are degrees,
 * measured from +x toward +y (clockwise as seen on the sheet), like the plan's.
 */

export type PagePoint = readonly [x: number, y: number];

/** RGB, each 0..1. */
export type Color = readonly [r: number, g: number, b: number];

export interface Stroke {
  readonly color: Color;
  /** Points. */
  readonly width: number;
  /** Dash pattern in points (on, off, ...); solid when absent. */
  readonly dash?: readonly number[];
}

interface Tagged {
  /** What the primitive draws, for tests and debugging: `room:R1`, `door:D2`, `route:primary`, `scale-bar` ... */
  readonly tag?: string;
}

export interface LinePrimitive extends Tagged {
  readonly kind: 'line';
  readonly from: PagePoint;
  readonly to: PagePoint;
  readonly stroke: Stroke;
}

export interface PolylinePrimitive extends Tagged {
  readonly kind: 'polyline';
  readonly points: readonly PagePoint[];
  readonly stroke: Stroke;
}

export interface PolygonPrimitive extends Tagged {
  readonly kind: 'polygon';
  /** Not closed: the first point is not repeated. Several rings: the first is the outline, the rest holes (even-odd). */
  readonly rings: readonly (readonly PagePoint[])[];
  readonly fill?: Color;
  /** 0..1, default 1. */
  readonly fillOpacity?: number;
  readonly stroke?: Stroke;
}

/** A circular arc (a door swing): from `start` degrees sweeping `sweep` degrees (positive: clockwise on the sheet). */
export interface ArcPrimitive extends Tagged {
  readonly kind: 'arc';
  readonly center: PagePoint;
  readonly radius: number;
  readonly start: number;
  readonly sweep: number;
  readonly stroke: Stroke;
}

export interface CirclePrimitive extends Tagged {
  readonly kind: 'circle';
  readonly center: PagePoint;
  readonly radius: number;
  readonly fill?: Color;
  readonly stroke?: Stroke;
}

export type FontWeight = 'normal' | 'bold';
export type TextAnchor = 'start' | 'middle' | 'end';

/** One line of text; `at` is the baseline point that `anchor` refers to. Text is already WinAnsi-printable. */
export interface TextPrimitive extends Tagged {
  readonly kind: 'text';
  readonly at: PagePoint;
  readonly text: string;
  /** Points. */
  readonly size: number;
  readonly weight: FontWeight;
  readonly anchor: TextAnchor;
  readonly color?: Color;
  /** Degrees, clockwise on the sheet, about `at`. */
  readonly rotate?: number;
}

export type Primitive = LinePrimitive | PolylinePrimitive | PolygonPrimitive | ArcPrimitive | CirclePrimitive | TextPrimitive;

export type PacketPart = 'facility' | 'outdoor' | 'report' | 'evacuation';
export const PACKET_PARTS: readonly PacketPart[] = ['facility', 'outdoor', 'report', 'evacuation'];

export type Paper = 'letter' | 'tabloid';
export type Orientation = 'portrait' | 'landscape';

/** The drawing scale of a page that shows the plan to scale. */
export interface DrawingScale {
  /** Paper inches per foot of plan: 1/8 for `1/8" = 1'-0"`. */
  readonly paperInchesPerFoot: number;
  /** Page points per plan inch (72 × paperInchesPerFoot / 12). */
  readonly pointsPerInch: number;
  /** As stated on the sheet: `1/8" = 1'-0"`. */
  readonly label: string;
  /** One of the standard architectural scales (1/16, 3/32, 1/8, 3/16, 1/4 in = 1 ft). */
  readonly standard: boolean;
}

/** Where plan inches land on the page: page = origin + plan × pointsPerInch. */
export interface PlanPlacement {
  readonly scale: DrawingScale;
  /** Page point of plan (0, 0). */
  readonly origin: PagePoint;
}

export interface Page {
  readonly part: PacketPart;
  /** Width and height in points. */
  readonly size: readonly [width: number, height: number];
  /** A short title for the page (also the SVG <title>). */
  readonly title: string;
  readonly primitives: readonly Primitive[];
  /** For pages that show a plan: how it was placed (facility and outdoor diagrams, evacuation plans). */
  readonly placement?: PlanPlacement;
  /** The level shown, for plan pages. */
  readonly level?: string;
  /** The room an evacuation page is for. */
  readonly room?: string;
}

/** An outside meeting place (087(2)(F)5.C; 090(1)(C)4.F) until the plan format carries one. */
export interface MeetingPlace {
  readonly name: string;
  /** Plan inches, in the frame of the ground level and the site; drawn on the evacuation plans when given. */
  readonly at?: readonly [x: number, y: number];
}

export interface PacketOptions {
  /** Which parts, in the order given; default all four in the order facility, outdoor, report, evacuation. */
  readonly parts?: readonly PacketPart[];
  /** Paper for the diagrams and posters; default letter. The report pages are always Letter portrait. */
  readonly paper?: Paper;
  /** Forced orientation of diagram and poster pages; by default each picks the one that draws its plan largest. */
  readonly orientation?: Orientation;
  readonly preparedBy?: string;
  /** As printed in the title block; default today's date, YYYY-MM-DD. */
  readonly date?: string;
  readonly meetingPlace?: MeetingPlace;
}
