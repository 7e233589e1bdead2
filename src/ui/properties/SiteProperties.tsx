/** The panels of the site's objects: every field of plan-format.md's `site`, each change one undo step. */
import type { Finding } from '../../checks/types.ts';
import { CRITICAL_HEIGHTS, RATED_UNITARY, UNACCEPTABLE } from '../../engine/outdoor/surfacing.ts';
import { multiPolygonArea } from '../../geometry/area.ts';
import { EQUIPMENT_TYPES, SURFACE_MATERIALS, type Equipment, type PlayArea, type Site, type Surface } from '../../model/schema.ts';
import { formatLength } from '../../model/units.ts';
import { normalizeDegrees } from '../../editor/model/commands.ts';
import type { Obstacle, Pool } from '../../editor/model/refs.ts';
import { equipmentFallZone, playAreaText } from '../../editor/geom/siteFigures.ts';
import { defaultSurfaceDepth, EQUIPMENT_KINDS, SURFACE_LABEL, type SurfaceMaterial } from '../../editor/siteCatalog.ts';
import { CheckField, LengthField, NumberField, SelectField, TextField } from './fields.tsx';
import type { Update } from './types.ts';

const ft = (inches: number) => `${(Math.round((inches / 12) * 10) / 10).toLocaleString('en-US')} ft`;
const sqft = (n: number) => `${n.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} sq ft`;

export function PlayAreaProperties({ area, update }: { area: PlayArea; update: Update<PlayArea> }) {
  return (
    <>
      <p className="figures" data-testid="play-area-figures">
        {playAreaText(area)}
      </p>
      <TextField label="Name" value={area.name} onCommit={(name) => update({ name })} testId="play-area-name" />
      <LengthField
        label="Fence height"
        value={area.fenceHeight}
        onCommit={(fenceHeight) => fenceHeight !== undefined && update({ fenceHeight })}
        help={`0 means no fence. New facilities need at least ${formatLength(42)}.`}
        testId="play-area-fence"
      />
      <CheckField label="Used only by school-age children" checked={area.schoolAgeOnly ?? false} onChange={(on) => update({ schoolAgeOnly: on || undefined })} help="Such an area needs no fence." />
      <CheckField
        label="Used only by infants and toddlers"
        checked={area.infantToddler ?? false}
        onChange={(on) => update({ infantToddler: on || undefined })}
        help="Equipment in it has 3 ft fall zones around it (6 ft otherwise)."
        testId="play-area-infant-toddler"
      />
    </>
  );
}

function materialHelp(m: SurfaceMaterial): string {
  if (UNACCEPTABLE.has(m)) return 'Not acceptable under play equipment (500.082(6)(A)8).';
  if (RATED_UNITARY.has(m)) return "Acceptable on the product's ASTM F1292 rating, to be verified for the fall height.";
  const row = CRITICAL_HEIGHTS[m];
  if (row) return `Protects to ${ft(row.criticalHeight)} at ${formatLength(row.depth)} deep (${row.source}).`;
  return 'For the inspector to judge.';
}

export function SurfaceProperties({ surface, update }: { surface: Surface; update: Update<Surface> }) {
  const tableDepth = defaultSurfaceDepth(surface.material);
  return (
    <>
      <SelectField
        label="Material"
        value={surface.material}
        choices={SURFACE_MATERIALS.map((m) => ({ value: m, label: SURFACE_LABEL[m] }))}
        onChange={(material) => {
          if (!material) return;
          // A loose fill drawn without a depth gets its table depth; a unitary surface keeps whatever it had.
          const depth = surface.depth ?? defaultSurfaceDepth(material);
          update({ material, depth });
        }}
        help={materialHelp(surface.material)}
        testId="surface-material"
      />
      <LengthField
        label="Depth (compressed)"
        value={surface.depth}
        optional
        placeholder={tableDepth !== undefined ? `Not given (${formatLength(tableDepth)} assumed)` : 'Not given'}
        onCommit={(depth) => update({ depth })}
        help="Loose fill settles about 25%: 12 in installed is about 9 in compressed."
        testId="surface-depth"
      />
    </>
  );
}

const STATUS_WORD: Record<string, string> = { fail: 'fails', warn: 'passes with a warning', pass: 'passes', verify: 'to verify', 'n/a': 'not applicable' };

export function EquipmentProperties({ equipment: e, site, finding, update }: { equipment: Equipment; site: Site | undefined; finding: Finding | undefined; update: Update<Equipment> }) {
  const zone = equipmentFallZone(e, site);
  const area = multiPolygonArea(zone.zone) / 144;
  const swing = e.type === 'swing' || e.type === 'tire-swing';
  const setSize = (i: 0 | 1) => (v: number | undefined) => {
    if (v === undefined) return;
    const next: [number, number] = [e.size[0], e.size[1]];
    next[i] = v;
    update({ size: next });
  };
  return (
    <>
      <p className="figures" data-testid="fall-zone-figures">
        Fall zone {sqft(area)}: {zone.description}
        {zone.needsSurfacing ? ` Fall height ${ft(zone.fallHeight)}.` : ''}
        {finding ? (
          <>
            {' '}
            <strong data-testid="fall-zone-status" data-status={finding.status}>
              outdoor.fall-zone {STATUS_WORD[finding.status] ?? finding.status}
            </strong>
          </>
        ) : null}
      </p>
      <SelectField
        label="Type"
        value={e.type}
        choices={EQUIPMENT_TYPES.map((t) => ({ value: t, label: EQUIPMENT_KINDS[t].label }))}
        testId="equipment-type"
        onChange={(type) => {
          if (!type) return;
          const k = EQUIPMENT_KINDS[type];
          const isSwing = type === 'swing' || type === 'tire-swing';
          update({
            type,
            pivotHeight: isSwing ? (e.pivotHeight ?? k.pivotHeight) : undefined,
            exit: type === 'slide' ? (e.exit ?? normalizeDegrees((e.rotation ?? 0) + (k.exitFromRotation ?? 0))) : undefined,
          });
        }}
      />
      <div className="field-pair">
        <LengthField label="Centre, from the left" value={e.at[0]} allowNegative onCommit={(x) => x !== undefined && update({ at: [x, e.at[1]] })} testId="equipment-x" />
        <LengthField label="Centre, from the top" value={e.at[1]} allowNegative onCommit={(y) => y !== undefined && update({ at: [e.at[0], y] })} testId="equipment-y" />
      </div>
      <LengthField label="Width" value={e.size[0]} min={1} onCommit={setSize(0)} help={swing ? 'Along the beam.' : undefined} testId="equipment-width" />
      <LengthField label="Depth" value={e.size[1]} min={1} onCommit={setSize(1)} testId="equipment-depth" />
      <NumberField
        label="Rotation (degrees)"
        value={e.rotation}
        optional
        min={-360}
        max={360}
        placeholder="0"
        onCommit={(rotation) => {
          // A slide's exit is an angle of the plan: it turns with the slide.
          const by = (rotation ?? 0) - (e.rotation ?? 0);
          update({ rotation: rotation || undefined, ...(e.exit !== undefined ? { exit: normalizeDegrees(e.exit + by) } : {}) });
        }}
        help="Q and E turn it 15° on the plan (Shift: 90°)."
      />
      <LengthField
        label={swing ? 'Seat height' : 'Highest play surface'}
        value={e.height}
        onCommit={(height) => height !== undefined && update({ height })}
        help={swing ? 'The seat, or the highest part a child uses.' : 'The highest designated play surface or fall height; 0 for ground-level equipment. At most 6 ft.'}
        testId="equipment-height"
      />
      {swing ? (
        <LengthField
          label="Pivot (beam) height"
          value={e.pivotHeight}
          optional
          placeholder="Not given"
          onCommit={(pivotHeight) => update({ pivotHeight })}
          help="Sets the front and rear fall zone (twice this) and the fall height."
          testId="equipment-pivot"
        />
      ) : null}
      {e.type === 'slide' ? (
        <NumberField
          label="Exit direction (degrees)"
          value={e.exit}
          optional
          min={-360}
          max={360}
          placeholder="Along the slide"
          onCommit={(exit) => update({ exit: exit === undefined ? undefined : normalizeDegrees(exit) })}
          help="Where a child leaves the chute, clockwise from east: 0 east, 90 south, 180 west, 270 north."
          testId="equipment-exit"
        />
      ) : null}
    </>
  );
}

export function PoolProperties({ pool, update }: { pool: Pool; update: Update<Pool> }) {
  return (
    <>
      <LengthField label="Depth" value={pool.depth} onCommit={(depth) => depth !== undefined && update({ depth })} testId="pool-depth" />
      <LengthField label="Fence height" value={pool.fenceHeight} onCommit={(fenceHeight) => fenceHeight !== undefined && update({ fenceHeight })} help={`0 means no fence; at least ${formatLength(42)} with a locked gate for new facilities.`} testId="pool-fence" />
      <CheckField label="Locked gate" checked={pool.lockedGate} onChange={(lockedGate) => update({ lockedGate })} testId="pool-gate" />
    </>
  );
}

export function ObstacleProperties({ obstacle, update }: { obstacle: Obstacle; update: Update<Obstacle> }) {
  return <TextField label="Name" value={obstacle.name} onCommit={(name) => update({ name })} help="A tree, a shed, a wall: a fall zone must keep clear of it." testId="obstacle-name" />;
}

/** With nothing selected in the Site view: what is drawn, and the play space it adds up to. */
export function SiteSummary({ site }: { site: Site | undefined }) {
  const areas = site?.playAreas ?? [];
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  return (
    <>
      <p className="figures" data-testid="site-summary">
        {count(areas.length, 'play area')} · {count(site?.surfaces?.length ?? 0, 'surface')} · {count(site?.equipment?.length ?? 0, 'piece', 'pieces')} of equipment ·{' '}
        {count(site?.pools?.length ?? 0, 'pool')} · {count(site?.obstacles?.length ?? 0, 'obstacle')}
      </p>
      {areas.length ? (
        <ul className="figures site-areas">
          {areas.map((a) => (
            <li key={a.id}>
              <strong>{a.name || a.id}</strong>: {playAreaText(a)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="field-help">Draw the play yard with the Play area tool (A), then its surfaces (S) and equipment (G).</p>
      )}
    </>
  );
}
