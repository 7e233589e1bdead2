/** Every tool, in toolbar order: the building's, then the site's; Select and Measure work in both views. */
import { calibrateTool } from './calibrate.ts';
import { equipmentTool } from './equipment.ts';
import { doorTool, windowTool } from './opening.ts';
import { itemTool } from './item.ts';
import { measureTool } from './measure.ts';
import { roomPolygonTool } from './roomPolygon.ts';
import { roomRectTool } from './roomRect.ts';
import { selectTool } from './select.ts';
import { obstacleTool, playAreaTool, poolTool, surfaceTool } from './siteShape.ts';
import type { AnyTool, ToolId, ToolSpace } from './types.ts';

const building = (t: AnyTool): AnyTool => ({ ...t, space: 'building' });

export const TOOLS: readonly AnyTool[] = [
  selectTool,
  building(roomRectTool),
  building(roomPolygonTool),
  building(doorTool),
  building(windowTool),
  building(itemTool),
  playAreaTool,
  surfaceTool,
  equipmentTool,
  obstacleTool,
  poolTool,
  measureTool,
  calibrateTool,
];

export const TOOL_BY_ID: Readonly<Record<ToolId, AnyTool>> = Object.fromEntries(TOOLS.map((t) => [t.id, t])) as Record<ToolId, AnyTool>;

/** `v` → select. Every key picks one tool in either view (a site tool from a building view switches to the site). */
export const TOOL_BY_KEY: ReadonlyMap<string, ToolId> = new Map(TOOLS.filter((t) => t.shortcut).map((t) => [t.shortcut.toLowerCase(), t.id]));

/** The toolbar's tools for a view. */
export const toolsFor = (space: ToolSpace): readonly AnyTool[] => TOOLS.filter((t) => !t.hidden && (t.space === undefined || t.space === space));

export type { ToolId } from './types.ts';
