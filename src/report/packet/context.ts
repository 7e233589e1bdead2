/** What every page of the packet reads: the plan, its facility analysis, its report, and the resolved options. */
import type { Facility } from '../../engine/facility.ts';
import type { Level, Plan } from '../../model/schema.ts';
import type { Report, RoomRow } from '../types.ts';
import { MARGIN, drawBorder, drawTitleBlock, type TitleInfo } from './frame.ts';
import { pickScale, sheetSize } from './scale.ts';
import type { Sheet } from './sheet.ts';
import type { DrawingScale, MeetingPlace, Orientation, PagePoint, Paper } from './types.ts';
import type { BBox } from '../../geometry/types.ts';

export interface PacketContext {
  readonly plan: Plan;
  readonly facility: Facility;
  readonly report: Report;
  readonly rooms: ReadonlyMap<string, RoomRow>;
  readonly paper: Paper;
  readonly orientation?: Orientation;
  readonly date: string;
  readonly preparedBy?: string;
  readonly meetingPlace?: MeetingPlace;
}

export function facilityFacts(plan: Plan): string {
  const f = plan.facility;
  return [
    f.kind === 'center' ? 'Child care center' : 'Group child care home',
    f.licensing === 'new' ? 'new licence' : 'existing licence',
    f.sprinklered ? 'sprinklered' : 'not sprinklered',
    ...(f.nighttime ? ['nighttime care'] : []),
  ].join(', ');
}

/** The facility's address and telephone for a title block (500.090(2)(B)1.A asks for both on what is posted). */
export const contactOf = (plan: Plan): { address?: string; phone?: string } => ({
  ...(plan.facility.address ? { address: plan.facility.address } : {}),
  ...(plan.facility.phone ? { phone: plan.facility.phone } : {}),
});

export const levelTitle = (level: Level): string => `${level.name} (${level.id})`;

/** The level the site is drawn against: elevation 0 (plan-format.md, site), else the first. */
export const groundLevel = (plan: Plan): Level => plan.levels.find((l) => l.elevation === 0) ?? plan.levels[0]!;

export interface SheetLayout {
  readonly orientation: Orientation;
  readonly size: readonly [number, number];
  readonly scale: DrawingScale;
  /** Plan inches → page: page = origin + plan × scale.pointsPerInch. */
  readonly origin: PagePoint;
  /** The drawing area, page points. */
  readonly area: { readonly x: number; readonly y: number; readonly w: number; readonly h: number };
}

/**
 * The orientation (unless forced) and scale that draw `extent` largest in the drawing area `areaOf(size)` leaves,
 * the drawing centred in it. `pad` points are kept free around the drawing (labels outside the building).
 */
export function layoutSheet(
  ctx: PacketContext,
  extent: BBox,
  areaOf: (size: readonly [number, number], orientation: Orientation) => { x: number; y: number; w: number; h: number },
  pad: number,
  scaleFor: (extent: readonly [number, number], area: readonly [number, number]) => DrawingScale = pickScale,
): SheetLayout {
  const ew = Math.max(extent.maxX - extent.minX, 1);
  const eh = Math.max(extent.maxY - extent.minY, 1);
  const orientations: Orientation[] = ctx.orientation ? [ctx.orientation] : ew >= eh ? ['landscape', 'portrait'] : ['portrait', 'landscape'];
  let best: SheetLayout | null = null;
  for (const orientation of orientations) {
    const size = sheetSize(ctx.paper, orientation);
    const area = areaOf(size, orientation);
    const scale = scaleFor([ew, eh], [area.w - 2 * pad, area.h - 2 * pad]);
    if (best && scale.pointsPerInch <= best.scale.pointsPerInch + 1e-9) continue;
    const k = scale.pointsPerInch;
    const origin: PagePoint = [area.x + (area.w - ew * k) / 2 - extent.minX * k, area.y + (area.h - eh * k) / 2 - extent.minY * k];
    best = { orientation, size, scale, origin, area };
  }
  return best!;
}

/** The standard drawing-sheet frame: border and title block (80 pt) along the bottom. */
export const TITLE_BLOCK_HEIGHT = 80;

export function drawSheetFrame(sheet: Sheet, info: TitleInfo, scale: DrawingScale | null): void {
  drawBorder(sheet);
  drawTitleBlock(sheet, MARGIN, sheet.height - MARGIN - TITLE_BLOCK_HEIGHT, sheet.width - 2 * MARGIN, TITLE_BLOCK_HEIGHT, info, scale);
}
