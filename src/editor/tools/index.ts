/** Every tool, in toolbar order. */
import { doorTool, windowTool } from './opening.ts';
import { itemTool } from './item.ts';
import { measureTool } from './measure.ts';
import { roomPolygonTool } from './roomPolygon.ts';
import { roomRectTool } from './roomRect.ts';
import { selectTool } from './select.ts';
import type { AnyTool, ToolId } from './types.ts';

export const TOOLS: readonly AnyTool[] = [selectTool, roomRectTool, roomPolygonTool, doorTool, windowTool, itemTool, measureTool];

export const TOOL_BY_ID: Readonly<Record<ToolId, AnyTool>> = Object.fromEntries(TOOLS.map((t) => [t.id, t])) as Record<ToolId, AnyTool>;

/** `v` → select. */
export const TOOL_BY_KEY: ReadonlyMap<string, ToolId> = new Map(TOOLS.map((t) => [t.shortcut.toLowerCase(), t.id]));

export type { ToolId } from './types.ts';
