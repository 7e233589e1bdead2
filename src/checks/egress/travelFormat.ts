/** Shared wording and limits of the three travel distance checks, 500.087(8). */
import type { DoorInfo, Facility } from '../../engine/facility.ts';
import { formatLength } from '../../model/units.ts';

/** 087(8): sprinklered buildings may add 50 ft to (A) and (B); (C) has no allowance. */
export function travelLimitFeet(facility: Facility, base: number, sprinklerAllowance: boolean): { feet: number; why: string } {
  const sprinklered = facility.plan.facility.sprinklered && sprinklerAllowance;
  return { feet: sprinklered ? base + 50 : base, why: sprinklered ? `${base + 50}' with the sprinkler allowance` : `${base}'` };
}

/** The end of a level's walk: an exit, or the door of an open stair that leads on to one. */
export const exitLabel = (door: DoorInfo): string => (door.isExit ? `exit ${door.door.id}` : `the nearest exit by way of stair door ${door.door.id}`);

export const feetText = (inches: number): string => formatLength(Math.round(inches), { precision: 2 });
export const toFeet = (inches: number): number => Math.round((inches / 12) * 100) / 100;
