/** The report, format version 1 (shared/docs/report-format.md) — a public contract. */
import type { Point } from '../geometry/types.ts';
import type { Finding, Status } from '../checks/types.ts';
import type { Feet, SquareFeet } from '../model/quantities.ts';

export interface CapacityLimit {
  readonly id: string;
  /** Children this limit allows in the whole facility. */
  readonly children: number;
  /** One sentence: how the figure was reached (extension). */
  readonly basis?: string;
}

export interface Capacity {
  readonly licensed: number;
  readonly binding: string | null;
  readonly limits: readonly CapacityLimit[];
  /** What would raise the licensed capacity (extension). */
  readonly raise?: string;
}

export interface RoomRow {
  readonly id: string;
  readonly name: string;
  readonly level: string;
  readonly use?: string;
  readonly areaSqFt: SquareFeet;
  readonly usableSqFt: SquareFeet;
  /** Children the room's usable space allows for the ages it serves (extension). */
  readonly children?: number;
}

export interface TravelRow {
  readonly room: string;
  /** null when no exit can be reached from the room. */
  readonly worstPointFt: Feet | null;
  readonly worstPoint: Point;
  readonly exit: string | null;
}

export interface Report {
  readonly format: 'safeplan.report';
  readonly version: 1;
  readonly summary: Readonly<Record<Status, number>>;
  readonly capacity: Capacity;
  readonly rooms: readonly RoomRow[];
  readonly travel: readonly TravelRow[];
  readonly findings: readonly Finding[];
}
