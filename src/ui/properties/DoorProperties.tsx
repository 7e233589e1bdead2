import type { Point } from '../../geometry/types.ts';
import { doorHasLevelDischarge } from '../../model/defaults.ts';
import type { Door, Level } from '../../model/schema.ts';
import { formatLength } from '../../model/units.ts';
import { resizeOnWall, type AnyOpening, type OpeningKind } from '../../editor/geom/openingOnWall.ts';
import { DOOR_KIND_CHOICES, LOCK_CHOICES } from './choices.ts';
import { CheckField, LengthField, NumberField, SelectField, TriStateField } from './fields.tsx';
import type { Update } from './types.ts';

interface Props {
  readonly door: Door;
  readonly level: Level;
  readonly update: Update<Door>;
}

const width = (a: Point, b: Point) => Math.hypot(b[0] - a[0], b[1] - a[1]);

/** Why the opening cannot be `w` wide on its wall, as a sentence for under the field, or null. */
export function widthProblem(level: Level, kind: OpeningKind, o: AnyOpening, w: number): string | null {
  const fitted = resizeOnWall(level, kind, o, w);
  return fitted.ok ? null : `It does not fit: ${fitted.message}.`;
}

/** Jambs `w` apart on the same wall (about the same middle, slid clear of a corner); as before when it cannot fit. */
export function jambsOnWall(level: Level, kind: OpeningKind, o: AnyOpening, w: number): { a: [number, number]; b: [number, number] } {
  const fitted = resizeOnWall(level, kind, o, w);
  return fitted.ok ? { a: fitted.a, b: fitted.b } : jambsForWidth(o.a, o.b, w);
}

/** New jambs `w` apart about the same middle, along the same line. */
export function jambsForWidth(a: Point, b: Point, w: number): { a: [number, number]; b: [number, number] } {
  const len = width(a, b) || 1;
  const ux = (b[0] - a[0]) / len;
  const uy = (b[1] - a[1]) / len;
  const mx = (a[0] + b[0]) / 2;
  const my = (a[1] + b[1]) / 2;
  const r = (n: number) => Math.round(n * 1000) / 1000 + 0;
  return { a: [r(mx - (ux * w) / 2), r(my - (uy * w) / 2)], b: [r(mx + (ux * w) / 2), r(my + (uy * w) / 2)] };
}

export function DoorProperties({ door, level, update }: Props) {
  const name = (id: string) => (id === 'outside' ? 'Outside' : id === 'none' ? 'Does not swing' : (level.rooms.find((r) => r.id === id)?.name ?? id));
  const exit = door.rooms[1] === 'outside';
  const swingChoices = [door.rooms[0], door.rooms[1], 'none'].map((v) => ({ value: v, label: v === 'none' ? 'Does not swing' : `Into ${name(v)}` }));
  return (
    <>
      <p className="figures" data-testid="door-sides">
        {name(door.rooms[0])} ↔ {name(door.rooms[1])}
        {exit ? ' · an exit' : ''}
      </p>
      <LengthField
        label="Clear width"
        value={width(door.a, door.b)}
        min={1}
        check={(w) => widthProblem(level, 'door', door, w)}
        onCommit={(w) => w && update(jambsOnWall(level, 'door', door, w))}
        help={`Measured between the jambs; ${formatLength(36)} is the default. It stays on its wall, slid clear of the corners.`}
        testId="door-width"
      />
      <SelectField label="Swings" value={door.swing} choices={swingChoices} onChange={(swing) => swing && update({ swing })} help="F flips it on the plan." />
      <SelectField label="Kind" value={door.kind} choices={DOOR_KIND_CHOICES} unsetLabel="Swing (default)" onChange={(kind) => update({ kind: kind === 'swing' ? undefined : kind })} />
      <SelectField label="Hinge" value={door.hinge ?? 'a'} choices={[{ value: 'a', label: 'First jamb' }, { value: 'b', label: 'Second jamb' }]} onChange={(h) => update({ hinge: h === 'b' ? 'b' : undefined })} help="H flips it on the plan." />
      {exit ? (
        <TriStateField label="Ground outside level with the floor" value={door.levelDischarge} defaultValue={doorHasLevelDischarge({}, level)} onChange={(levelDischarge) => update({ levelDischarge })} testId="door-level-discharge" />
      ) : null}
      <CheckField label="Lighted exit sign" checked={door.exitSign ?? false} onChange={(on) => update({ exitSign: on || undefined })} testId="door-exit-sign" />
      <CheckField label="Panic hardware" checked={door.panicHardware ?? false} onChange={(on) => update({ panicHardware: on || undefined })} />
      <CheckField label="Self-closing" checked={door.selfClosing ?? false} onChange={(on) => update({ selfClosing: on || undefined })} />
      <CheckField label="Clear glass leaf" checked={door.glass ?? false} onChange={(on) => update({ glass: on || undefined })} />
      <SelectField label="Lock" value={door.lock} choices={LOCK_CHOICES} unsetLabel="Not given" onChange={(lock) => update({ lock })} />
      <LengthField label="Latch height" value={door.latchHeight} optional placeholder="Not given" onCommit={(latchHeight) => update({ latchHeight })} />
      <NumberField label="Fire rating (minutes)" value={door.fireRating} optional integer min={0} onCommit={(fireRating) => update({ fireRating })} />
    </>
  );
}
