import { capacityModel } from '../../engine/capacity.ts';
import { enrolledTotal, enrollmentOf } from '../../engine/careAges.ts';
import { MIN_PLAY_AREA, playAreaCapacity, SHARE_OUTSIDE_AT_ONCE, SQ_FT_PER_CHILD_OUTSIDE } from '../../engine/playArea.ts';
import { atLeast, finding, sqft } from '../finding.ts';
import type { Check } from '../types.ts';

/** 500.082(6)(A)2: 75 sq ft of fenced play area per child outside, room for a third of the capacity, at least 750 sq ft. */
export const outdoorArea: Check = {
  id: 'outdoor.area',
  citation: '5 CSR 25-500.082(6)(A)2',
  title: 'Outdoor play area size',
  run(facility) {
    const play = playAreaCapacity(facility);
    if (!play) {
      return [finding(this, {
        status: 'verify',
        limit: MIN_PLAY_AREA,
        unit: 'sq ft',
        message: 'No outdoor play area is drawn; a fenced play area of at least 750 sq ft on or next to the property is required — draw it for the outdoor diagram (500.042(4)(B)).',
      })];
    }
    const e = enrollmentOf(facility);
    const children = Math.max(capacityModel(facility).licensed, e ? enrolledTotal(e) : 0);
    const atOnce = Math.ceil(children / SHARE_OUTSIDE_AT_ONCE);
    const required = Math.max(MIN_PLAY_AREA, atOnce * SQ_FT_PER_CHILD_OUTSIDE);
    const areas = facility.plan.site?.playAreas ?? [];
    return [finding(this, {
      status: atLeast(play.areaSqFt, required),
      subject: areas.length === 1 ? areas[0]!.id : null,
      measured: play.areaSqFt,
      limit: required,
      unit: 'sq ft',
      geometry: areas.length === 1 ? { type: 'polygon', points: areas[0]!.polygon } : null,
      message: `${sqft(play.areaSqFt)} of play area for ${atOnce} children outside at once (a third of ${children}) needs ${sqft(required)} at 75 sq ft each, never under 750; it holds ${play.atOnce} at once.`,
    })];
  },
};
