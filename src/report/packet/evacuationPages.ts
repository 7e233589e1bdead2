/**
 * Evacuation plans to post in each room used for child care: 087(2)(E) and (F)3 (the route for the drills and special
 * instructions for infants and nonambulatory children, posted in each area used for child care) and 090(2)(B)
 * (contact information and emergency numbers, a diagram of evacuation routes from the room, special instructions).
 * One sheet per child-care room: the level plan with YOU ARE HERE, the primary route (the travel-distance path to
 * the nearest exit), a secondary route to a different exit, the outside meeting place, emergency numbers and the
 * instructions.
 */
import { ringBBox } from '../../geometry/index.ts';
import type { Point } from '../../geometry/types.ts';
import type { RoomInfo } from '../../engine/facility.ts';
import { drawColumn, type Block } from './column.ts';
import { groundLevel, layoutSheet, levelTitle, type PacketContext } from './context.ts';
import { drawNorthArrow, drawScaleBar, MARGIN } from './frame.ts';
import { fitSize, textWidth, truncate } from './metrics.ts';
import { EXIT_MARK_ROOM, labelSpot, levelExtent, toPage, type Placement } from './planDrawing.ts';
import { drawPosterLevel } from './posterLevel.ts';
import { evacuationRoutes, roomsAlong, type EvacuationRoute } from './routes.ts';
import { SHELTER_COLOR } from './roomLabels.ts';
import { shelterRoute, type ShelterPlan } from './shelterRoute.ts';
import { fitScale } from './scale.ts';
import { BLACK, BLUE, DARK, GRAY, GREEN, RED, Sheet, WHITE, stroke } from './sheet.ts';
import type { DrawingScale, Page, PagePoint } from './types.ts';

const HEADER_H = 62;
const INFO_BAND_H = 262; // portrait: two columns under the plan
const INFO_COLUMN_MIN_W = 268; // landscape: one column beside the plan, wider on Tabloid
const FOOTER_H = 26;
const SCALE_BAR_H = 16;
/** A poster draws its plan as large as fits, but never larger than 3/8" = 1'-0". */
const MAX_POSTER_POINTS_PER_INCH = (72 * 3) / 8 / 12;

const infoColumnWidth = (sheetWidth: number) => Math.max(INFO_COLUMN_MIN_W, sheetWidth * 0.28);

export const PRIMARY_STROKE = stroke(3.2, GREEN);
export const SECONDARY_STROKE = stroke(2.4, BLUE, [6, 3]);
/** The tornado route: purple like the shelter's mark on every sheet, dotted so it never reads as a way out. */
export const SHELTER_STROKE = stroke(2.2, SHELTER_COLOR, [1.5, 2.5]);

const ft = (inches: number) => `${(inches / 12).toFixed(0)} ft`;

/** Where a route leaves the level: an exit (outside, or into an exit stair), or an open stair to the level below. */
function exitName(ctx: PacketContext, start: RoomInfo, route: EvacuationRoute): string {
  const d = route.exit;
  if (!d.isExit) {
    // An open stair: the walk goes on down (or up) to the exits of the level toward grade (roomTravel's seeds).
    const stair = [d.from, d.to].find((r) => r?.room.use === 'stair');
    const level = ctx.plan.levels.find((l) => l.id === stair?.room.stair?.to);
    const way = level && level.elevation > d.level.elevation ? 'up' : 'down';
    return `${stair ? stair.room.name : `door ${d.door.id}`}, then ${way} to ${level ? level.name : 'the next level'} and out by its nearest exit`;
  }
  const into = d.to === null ? 'outside' : d.exitFrom === d.from ? d.to.room.name : d.from.room.name;
  return `${d.exitFrom === start ? "this room's " : ''}exit ${d.door.id} (${into})`;
}

export function routeSentence(ctx: PacketContext, start: RoomInfo, route: EvacuationRoute): string {
  const via = route.through.filter((r) => r.room.use !== 'stair' || route.exit.isExit);
  const path = via.length ? `through ${via.map((r) => r.room.name).join(', then ')} to` : 'straight to';
  return `${path} ${exitName(ctx, start, route)}, about ${ft(route.distance)} from the far corner of the room.`;
}

function routeBlocks(ctx: PacketContext, room: RoomInfo, routes: ReturnType<typeof evacuationRoutes>): Block[] {
  const blocks: Block[] = [{ kind: 'heading', text: 'Routes out' }];
  if (routes.primary) blocks.push({ kind: 'key', text: `1  FIRST: ${routeSentence(ctx, room, routes.primary)}`, draw: keyLine(PRIMARY_STROKE, '1') });
  else blocks.push({ kind: 'para', text: 'No exit can be reached from this room on the plan. Correct the plan before posting.', bold: true, color: RED });
  if (routes.secondary) blocks.push({ kind: 'key', text: `2  IF BLOCKED: ${routeSentence(ctx, room, routes.secondary)}`, draw: keyLine(SECONDARY_STROKE, '2') });
  else if (routes.primary) blocks.push({ kind: 'para', text: 'There is no second exit on this level; 500.087(4)(A) asks for two means of egress.', bold: true, color: RED });
  return blocks;
}

const keyLine = (s: typeof PRIMARY_STROKE, n: string) => (sheet: Sheet, x: number, y: number, w: number) => {
  sheet.line([x, y], [x + w - 8, y], s);
  sheet.arrowhead([x, y], [x + w, y], 7, s.color, `key:${n}`);
};

/** Where the shelter is, for the sentence: its name, and its level when not this one. */
function shelterName(ctx: PacketContext, room: RoomInfo, shelter: RoomInfo): string {
  return `${shelter.room.name}${shelter.level !== room.level ? ` (${shelter.level.name})` : ''}`;
}

/** The tornado part of the fire and tornado plan (087(2)(E); the safe place inside of 090(1)(C)2). */
export function tornadoBlocks(ctx: PacketContext, room: RoomInfo, plan: ShelterPlan): Block[] {
  const blocks: Block[] = [{ kind: 'heading', text: 'Tornado: take shelter inside', color: SHELTER_COLOR }];
  const cover = 'Stay away from windows, children down low with heads covered, until the all clear.';
  switch (plan.kind) {
    case 'none':
      blocks.push({ kind: 'blank', label: 'Safe place inside' });
      break;
    case 'here':
      blocks.push({ kind: 'blank', label: 'Safe place inside', value: `this room, ${room.room.name}`, bold: true }, { kind: 'para', text: `Stay in this room: it is the tornado shelter area. ${cover}` });
      break;
    case 'route': {
      const via = roomsAlong(ctx.facility, room, plan.points).filter((r) => r !== plan.shelter);
      const path = via.length ? `through ${via.map((r) => r.room.name).join(', then ')} to` : 'straight to';
      blocks.push(
        { kind: 'blank', label: 'Safe place inside', value: plan.shelter.room.name, bold: true },
        { kind: 'key', text: `T  TORNADO: ${path} ${plan.shelter.room.name}, the tornado shelter area, about ${ft(plan.distance)}. ${cover}`, draw: keyLine(SHELTER_STROKE, 'T') },
      );
      break;
    }
    case 'elsewhere':
      blocks.push(
        { kind: 'blank', label: 'Safe place inside', value: shelterName(ctx, room, plan.shelter), bold: true },
        { kind: 'para', text: `Go to ${shelterName(ctx, room, plan.shelter)}, the tornado shelter area, by the stairs and corridors, not the exits. ${cover}` },
      );
      break;
  }
  return blocks;
}

function meetingBlocks(ctx: PacketContext): Block[] {
  return [
    { kind: 'heading', text: 'Meeting place outside' },
    { kind: 'blank', label: 'Meet at', ...(ctx.meetingPlace ? { value: ctx.meetingPlace.name } : {}), bold: true },
    { kind: 'para', text: 'A predetermined place outside, remote from the building, fire department operations and other groups (087(2)(F)5.C).', small: true },
    { kind: 'blank', label: 'Off-site place 1' },
    { kind: 'blank', label: 'Off-site place 2' },
    { kind: 'para', text: 'Two off-site meeting places, 090(1)(C)4.F.', small: true },
  ];
}

const ALARM_STEPS: readonly string[] = [
  'Sound the alarm at the nearest pull station and call 911 (090(1)(C)4.A-B).',
  'Take the attendance record and the emergency information (090(1)(C)1).',
  'Leave at once: children do not stop for coats or belongings (087(2)(F)5.B).',
  'Follow route 1; if it is blocked, route 2. Close doors behind you (090(1)(C)4.D).',
  'At the meeting place count the children against the attendance record; stay until recalled or dismissed (087(2)(F)5.C-D).',
];

function numbersBlocks(ctx: PacketContext): Block[] {
  const f = ctx.plan.facility;
  return [
    { kind: 'heading', text: 'Emergency numbers', color: RED },
    { kind: 'blank', label: 'Fire, police, ambulance', value: '911', bold: true },
    { kind: 'blank', label: 'Poison control', value: '1-800-222-1222', bold: true },
    { kind: 'blank', label: 'Fire department' },
    { kind: 'blank', label: 'Police department' },
    { kind: 'blank', label: 'Ambulance service' },
    { kind: 'blank', label: 'Local radio station' },
    { kind: 'para', text: `${f.name}${f.address ? `, ${f.address}` : ''}`, bold: true },
    { kind: 'blank', label: 'Facility telephone', ...(f.phone ? { value: f.phone, bold: true } : {}) },
    { kind: 'blank', label: 'Building owner or manager' },
    { kind: 'para', text: 'Posted as 090(2)(B)1 asks, here and beside each telephone.', small: true },
  ];
}

function specialBlocks(room: RoomInfo): Block[] {
  const cribs = room.items.filter((i) => ['crib', 'portable-crib', 'playpen'].includes(i.item.type)).length;
  const infants = room.servesInfantsOrToddlers || cribs > 0;
  const blocks: Block[] = [{ kind: 'heading', text: 'Infants and children who cannot walk' }];
  if (infants) {
    blocks.push({
      kind: 'para',
      text: `Infants and toddlers: put them in the evacuation crib${cribs > 1 ? 's' : ''} (no more than its maker allows) and wheel them out along route 1, or route 2 if 1 is blocked. The room's exit doors are at least 36" wide to pass the largest crib (087(6)). Carry a child who does not fit.`,
    });
  } else {
    blocks.push({ kind: 'para', text: 'No infants are cared for in this room; infant rooms post their own plan.' });
  }
  blocks.push(
    { kind: 'para', text: 'Non-ambulatory children: the assigned staff member carries them or wheels them out in their own chair along the route. Wake sleeping children and take them out as they are.' },
    { kind: 'blank', label: 'Staff assigned' },
    { kind: 'para', text: 'Special instructions required by 087(2)(E), (F)3 and 090(2)(B)3.', small: true },
  );
  return blocks;
}

/** "YOU ARE HERE" on the room, with its name. */
function drawYouAreHere(sheet: Sheet, pl: Placement, room: RoomInfo): void {
  const spot = labelSpot(room.room.polygon);
  const at = toPage(pl, spot.at);
  // As large as the room allows on the sheet, but always readable from a step away.
  const room_w = spot.width * pl.k - 6;
  const size = fitSize('YOU ARE HERE', room_w - 8, 10, 7, 'bold');
  const nameSize = Math.max(5.5, size * 0.75);
  const name = truncate(room.room.name, Math.max(room_w, textWidth('YOU ARE HERE', size, 'bold')), nameSize, 'bold');
  const w = Math.max(textWidth('YOU ARE HERE', size, 'bold'), textWidth(name, nameSize, 'bold')) + 8;
  const h = size + nameSize + 7;
  sheet.rect(at[0] - w / 2, at[1] - h / 2, w, h, { fill: WHITE, fillOpacity: 0.9, stroke: stroke(1, RED) }, 'you-are-here');
  sheet.text([at[0], at[1] - h / 2 + 2.5 + size * 0.85], 'YOU ARE HERE', { size, weight: 'bold', anchor: 'middle', color: RED }, 'you-are-here');
  sheet.text([at[0], at[1] + h / 2 - 3], name, { size: nameSize, weight: 'bold', anchor: 'middle' }, `label:${room.room.id}`);
}

function drawRoute(sheet: Sheet, pl: Placement, route: Pick<EvacuationRoute, 'points'>, s: typeof PRIMARY_STROKE, n: string, tag: string): void {
  const pts = route.points.map((p) => toPage(pl, p));
  if (pts.length < 2) return;
  // Stop short of the tip so the line does not blunt the arrowhead.
  const tip = pts[pts.length - 1]!;
  const prev = pts[pts.length - 2]!;
  const len = Math.hypot(tip[0] - prev[0], tip[1] - prev[1]) || 1;
  const cut = Math.min(len, 7);
  const shaftEnd: PagePoint = [tip[0] - ((tip[0] - prev[0]) / len) * cut, tip[1] - ((tip[1] - prev[1]) / len) * cut];
  sheet.polyline([...pts.slice(0, -1), shaftEnd], s, tag);
  sheet.arrowhead(prev, tip, 9, s.color, tag);
  sheet.circle(pts[0]!, 2.8, { fill: s.color }, `${tag}-start`);
  // The route's number beside its exit.
  sheet.circle(tip, 5.5, { fill: WHITE, stroke: stroke(1, s.color) }, `${tag}-badge`);
  sheet.text([tip[0], tip[1] + 2.6], n, { size: 7.5, weight: 'bold', anchor: 'middle', color: s.color }, `${tag}-badge`);
}

function drawMeetingPlace(sheet: Sheet, at: PagePoint, name: string): void {
  sheet.polygon([[[at[0], at[1] - 8], [at[0] + 7, at[1] + 5], [at[0] - 7, at[1] + 5]]], { fill: GREEN, stroke: stroke(0.8, BLACK) }, 'meeting-place');
  sheet.text([at[0] + 10, at[1] - 1], 'MEETING PLACE', { size: 7, weight: 'bold', color: GREEN }, 'meeting-place');
  sheet.text([at[0] + 10, at[1] + 7], name, { size: 6.5, color: DARK }, 'meeting-place');
}

export function evacuationPage(ctx: PacketContext, room: RoomInfo): Page {
  const level = room.level;
  const routes = evacuationRoutes(ctx.facility, room);
  const shelter = shelterRoute(ctx.facility, room, routes.start);
  const meetingAt = ctx.meetingPlace?.at && level === groundLevel(ctx.plan) ? (ctx.meetingPlace.at as Point) : null;
  const base = levelExtent(ctx.facility, level);
  const extent = meetingAt ? ringBBox([[base.minX, base.minY], [base.maxX, base.maxY], meetingAt]) : base;

  const areaOf = (size: readonly [number, number], orientation: 'portrait' | 'landscape') => {
    const top = MARGIN + HEADER_H + 6;
    // The scale bar sits under the plan.
    const bottom = size[1] - MARGIN - FOOTER_H - (orientation === 'portrait' ? INFO_BAND_H : 0) - 4 - SCALE_BAR_H;
    const right = size[0] - MARGIN - (orientation === 'landscape' ? infoColumnWidth(size[0]) + 10 : 0);
    return { x: MARGIN, y: top, w: right - MARGIN, h: bottom - top };
  };
  const posterScale = (e: readonly [number, number], a: readonly [number, number]): DrawingScale => {
    const s = fitScale(e, a);
    return s.pointsPerInch > MAX_POSTER_POINTS_PER_INCH ? fitScale([1, 1], [MAX_POSTER_POINTS_PER_INCH, MAX_POSTER_POINTS_PER_INCH]) : s;
  };
  const pad = EXIT_MARK_ROOM + (meetingAt ? 40 : 0);
  const layout = layoutSheet(ctx, extent, areaOf, pad, posterScale);
  const [W, H] = layout.size;
  const sheet = new Sheet(W, H);
  const k = layout.scale.pointsPerInch;
  const portrait = layout.orientation === 'portrait';
  // Portrait: the plan goes to the top of its area and the text takes whatever height the plan leaves.
  const origin: PagePoint = portrait ? [layout.origin[0], layout.area.y + pad + 12 - extent.minY * k] : layout.origin;
  const planBottom = portrait ? origin[1] + extent.maxY * k + pad : layout.area.y + layout.area.h;
  const pl: Placement = { origin, k };

  // Header.
  sheet.rect(MARGIN, MARGIN, W - 2 * MARGIN, HEADER_H, { fill: [0.97, 0.9, 0.9], stroke: stroke(1.2, RED) }, 'header');
  const titleSize = fitSize('EMERGENCY EVACUATION PLAN', (W - 2 * MARGIN) * 0.62, 22, 12, 'bold');
  sheet.text([MARGIN + 10, MARGIN + 8 + titleSize], 'EMERGENCY EVACUATION PLAN', { size: titleSize, weight: 'bold', color: RED }, 'title');
  const roomSize = fitSize(room.room.name, (W - 2 * MARGIN) * 0.62, 14, 8, 'bold');
  sheet.text([MARGIN + 10, MARGIN + 14 + titleSize + roomSize], room.room.name, { size: roomSize, weight: 'bold' }, 'room-name');
  const rx = W - MARGIN - 10;
  sheet.text([rx, MARGIN + 16], truncate(ctx.plan.facility.name, (W - 2 * MARGIN) * 0.34, 8, 'bold'), { size: 8, weight: 'bold', anchor: 'end' });
  sheet.text([rx, MARGIN + 27], truncate(levelTitle(level), (W - 2 * MARGIN) * 0.34, 7.5), { size: 7.5, anchor: 'end' });
  sheet.text([rx, MARGIN + 38], 'Fire and tornado evacuation', { size: 7, anchor: 'end', color: DARK });
  sheet.text([rx, MARGIN + 48], '5 CSR 25-500.087(2)(E), (F)3; 500.090(2)(B)', { size: 6.5, anchor: 'end', color: GRAY });

  // The plan.
  drawPosterLevel(sheet, ctx.facility, level, pl, ctx.rooms, room);
  if (shelter.kind === 'route') drawRoute(sheet, pl, shelter, SHELTER_STROKE, 'T', 'route:tornado');
  if (routes.secondary) drawRoute(sheet, pl, routes.secondary, SECONDARY_STROKE, '2', 'route:secondary');
  if (routes.primary) drawRoute(sheet, pl, routes.primary, PRIMARY_STROKE, '1', 'route:primary');
  drawYouAreHere(sheet, pl, room);
  if (meetingAt && ctx.meetingPlace) drawMeetingPlace(sheet, toPage(pl, meetingAt), ctx.meetingPlace.name);
  const area = layout.area;
  drawNorthArrow(sheet, area.x + area.w - 14, area.y + 18, 22);
  // The text.
  const col1: Block[] = [...routeBlocks(ctx, room, routes), ...meetingBlocks(ctx), ...tornadoBlocks(ctx, room, shelter), { kind: 'heading', text: 'When the alarm sounds' }, { kind: 'steps', items: ALARM_STEPS }];
  const col2: Block[] = [...numbersBlocks(ctx), ...specialBlocks(room)];
  const infoTop = portrait ? Math.min(planBottom + SCALE_BAR_H + 6, H - MARGIN - FOOTER_H - INFO_BAND_H + 2) : MARGIN + HEADER_H + 6;
  // The scale bar under the plan, kept above the rule the text starts at.
  drawScaleBar(sheet, area.x + 4, portrait ? Math.min(planBottom + 2, infoTop - SCALE_BAR_H - 2) : planBottom + 2, Math.min(160, area.w / 3), layout.scale);
  if (portrait) {
    const cw = (W - 2 * MARGIN - 14) / 2;
    const h = H - MARGIN - FOOTER_H - infoTop - 2;
    sheet.line([MARGIN, infoTop - 2], [W - MARGIN, infoTop - 2], stroke(0.8, BLACK));
    drawColumn(sheet, MARGIN, infoTop, cw, h, col1, 10, 5.5);
    drawColumn(sheet, MARGIN + cw + 14, infoTop, cw, h, col2, 10, 5.5);
  } else {
    const cw = infoColumnWidth(W);
    const x = W - MARGIN - cw;
    const h = H - MARGIN - FOOTER_H - infoTop;
    sheet.line([x - 6, infoTop], [x - 6, infoTop + h], stroke(0.8, BLACK));
    drawColumn(sheet, x, infoTop, cw, h, [...col1, ...col2], 10, 5);
  }

  // Sign-off.
  const fy = H - MARGIN - FOOTER_H + 12;
  sheet.line([MARGIN, fy - 10], [W - MARGIN, fy - 10], stroke(0.6, GRAY));
  sheet.text([MARGIN, fy + 4], 'Approved by the fire inspector (087(2)(F)3):', { size: 7, color: DARK });
  sheet.line([MARGIN + 150, fy + 5], [MARGIN + 330, fy + 5], stroke(0.5, GRAY));
  sheet.text([MARGIN + 340, fy + 4], 'Date:', { size: 7, color: DARK });
  sheet.line([MARGIN + 362, fy + 5], [Math.min(W - MARGIN, MARGIN + 450), fy + 5], stroke(0.5, GRAY));

  return {
    part: 'evacuation',
    size: layout.size,
    title: `Evacuation plan, ${room.room.name}`,
    primitives: sheet.primitives,
    placement: { scale: layout.scale, origin: layout.origin },
    level: level.id,
    room: room.room.id,
  };
}

/** One plan per room used for child care, level by level. */
export function evacuationPages(ctx: PacketContext): Page[] {
  return ctx.facility.rooms.filter((r) => r.isChildCare).map((r) => evacuationPage(ctx, r));
}

