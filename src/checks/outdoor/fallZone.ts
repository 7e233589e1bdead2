import { union } from '../../geometry/index.ts';
import type { MultiPolygon } from '../../geometry/types.ts';
import { equipmentLabel, equipmentZones, zoneConflicts, type EquipmentZone, type ZoneConflict } from '../../engine/outdoor/site.ts';
import { areaOf, largestRing, outside, overlap } from '../../engine/outdoor/measure.ts';
import { surfaceCoverage, type Coverage } from '../../engine/outdoor/surfacing.ts';
import { toSquareFeet } from '../../model/quantities.ts';
import { finding, sqft } from '../finding.ts';
import type { Check, Finding, Status } from '../types.ts';
import type { Facility } from '../../engine/facility.ts';
import { ContentCache } from '../../engine/egress/reuse.ts';
import { groupedNumber } from '../../model/numbers.ts';

const ft = (inches: number) => `${groupedNumber(Math.round((inches / 12) * 10) / 10, 0, 1)} ft`;
const sqftOf = (mp: MultiPolygon) => sqft(toSquareFeet(areaOf(mp)));

interface Problem {
  readonly text: string;
  readonly region: MultiPolygon | null;
}

function conflictText(z: EquipmentZone, c: ZoneConflict): Problem | null {
  if (c.kind === 'restricted') {
    if (c.owner === z) {
      return { text: `its ${c.owner.fallZone.restrictedName ?? 'no-overlap zone'} overlaps the fall zone of the ${equipmentLabel(c.other.equipment)} by ${sqftOf(c.region)}, which the handbook never allows`, region: c.region };
    }
    if (c.other === z) {
      return { text: `its fall zone reaches ${sqftOf(c.region)} into the ${c.owner.fallZone.restrictedName ?? 'no-overlap zone'} of the ${equipmentLabel(c.owner.equipment)}, which no other zone may overlap`, region: c.region };
    }
    return null;
  }
  if (c.a !== z && c.b !== z) return null;
  const other = c.a === z ? c.b : c.a;
  return {
    text: `its fall zone overlaps that of the ${equipmentLabel(other.equipment)}, which stands ${ft(c.gap)} away; overlapping zones need the pieces at least ${ft(c.required)} apart (${c.required > 72 ? 'a play surface is over 30 in' : 'both play surfaces are 30 in or lower'}, CPSC Pub. 325)`,
    region: c.region,
  };
}

/**
 * 500.082(6)(A)5-8 and 500.092(3)(D): the fall zone of each piece of outdoor equipment (measured after CPSC Pub. 325,
 * see engine/outdoor/fallZone.ts) lies inside its play area, is covered by an acceptable resilient surface deep
 * enough for its fall height, holds no obstacle, and meets its neighbours' zones only as the handbook allows.
 */
const bySite = new ContentCache<Finding[]>(16);

export const outdoorFallZone: Check & { findings(facility: Facility): Finding[] } = {
  id: 'outdoor.fall-zone',
  citation: '5 CSR 25-500.082(6)(A)5-8, 500.092(3)(D)',
  title: 'Fall zones of outdoor equipment',
  run(facility) {
    // The findings depend on the site alone, and the site's polygon work costs more than every indoor check of
    // space together: an edit indoors (the common case in the editor) reuses them.
    const key = JSON.stringify(facility.plan.site ?? null);
    const known = bySite.get(key);
    if (known) return known;
    const found = this.findings(facility);
    bySite.set(key, found);
    return found;
  },
  findings(facility: Facility): Finding[] {
    const site = facility.plan.site;
    if (!site) return [finding(this, { status: 'n/a', message: 'No outdoor site is drawn, so there is no outdoor equipment to check.' })];
    const zones = equipmentZones(facility);
    if (zones.length === 0) return [finding(this, { status: 'n/a', message: 'No outdoor play equipment is drawn.' })];
    const conflicts = zoneConflicts(facility);
    const obstacles = [
      ...(site.obstacles ?? []).map((o) => ({ name: `the ${o.name || 'obstacle'} (${o.id})`, shape: [[o.polygon]] as MultiPolygon })),
      ...(site.pools ?? []).map((p) => ({ name: `the pool ${p.id}`, shape: [[p.polygon]] as MultiPolygon })),
    ];

    return zones.map((z): Finding => {
      const { equipment: e, fallZone: fz } = z;
      const label = equipmentLabel(e);
      const problems: Problem[] = [];

      // Inside the play area it stands in (its fence).
      if (z.playAreas.length === 0) {
        problems.push({ text: 'it stands outside every drawn play area', region: [[fz.footprint]] });
      } else {
        const beyond = outside(fz.zone, union(...z.playAreas.map((a): MultiPolygon => [[a.polygon]])));
        if (beyond.length) problems.push({ text: `${sqftOf(beyond)} of its fall zone lies outside the play area "${z.playAreas.map((a) => a.name || a.id).join('", "')}"`, region: beyond });
      }

      // Resilient surfacing deep enough for the fall height.
      let coverage: Coverage | null = null;
      if (fz.needsSurfacing) {
        coverage = surfaceCoverage(fz.zone, site.surfaces ?? [], fz.fallHeight);
        if (coverage.uncovered.length) {
          problems.unshift({
            text: `${sqftOf(coverage.uncovered)} of it is not covered by a resilient surface good for its ${ft(fz.fallHeight)} fall height (CPSC Pub. 325 Table 2) — ${coverage.shortfalls.join('; ')}`,
            region: coverage.uncovered,
          });
        }
      }

      // No obstacle in the zone.
      for (const o of obstacles) {
        const hit = overlap(fz.zone, o.shape);
        if (hit.length) problems.push({ text: `it contains ${o.name}`, region: hit });
      }

      // Overlap with other zones only as allowed.
      for (const c of conflicts) {
        const p = conflictText(z, c);
        if (p) problems.push(p);
      }

      const uncoveredArea = coverage ? toSquareFeet(areaOf(coverage.uncovered)) : null;
      const common = { subject: e.id, measured: uncoveredArea, limit: fz.needsSurfacing ? 0 : null, unit: fz.needsSurfacing ? 'sq ft' : null };
      if (problems.length) {
        const shown = problems.find((p) => p.region && p.region.length)?.region ?? fz.zone;
        const ring = largestRing(shown);
        return finding(this, {
          ...common,
          status: 'fail',
          geometry: ring ? { type: 'polygon', points: ring } : null,
          message: `The fall zone of the ${label} — ${fz.description.replace(/\.$/, '')} — fails: ${problems.map((p) => p.text).join('; ')}.`,
        });
      }

      const notes = [...fz.assumptions, ...(coverage?.notes ?? [])];
      const status: Status = coverage?.unknown.length ? 'verify' : notes.length || coverage?.assumed.length ? 'warn' : 'pass';
      const surfaced = fz.needsSurfacing ? `is covered by resilient surfacing good for its ${ft(fz.fallHeight)} fall height (CPSC Pub. 325 Table 2)` : 'needs no resilient surface (ground-level equipment, CPSC Pub. 325)';
      const zoneRing = largestRing(fz.zone);
      return finding(this, {
        ...common,
        status,
        geometry: zoneRing ? { type: 'polygon', points: zoneRing } : null,
        message: `The fall zone of the ${label} — ${fz.description.replace(/\.$/, '')} — lies inside its play area, ${surfaced}, holds no obstacle and keeps clear of other equipment${notes.length ? `; but ${notes.join('; ')}` : ''}.`,
      });
    });
  },
};
