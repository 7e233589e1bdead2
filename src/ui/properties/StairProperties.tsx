/** A stair room's details (plan-format.md, Room.stair): where it leads, its steps, handrails and enclosure. */
import type { Level, Room } from '../../model/schema.ts';
import { CheckField, LengthField, SelectField } from './fields.tsx';

type Stair = NonNullable<Room['stair']>;

interface Props {
  readonly room: Room;
  readonly levels: readonly Pick<Level, 'id' | 'name'>[];
  readonly levelId: string;
  readonly update: (stair: Stair | undefined) => void;
}

/** A common residential stair: what the fields start from until measured. */
export function defaultStair(to: string): Stair {
  return { to, width: 36, riser: 7, tread: 11, headroom: 80, handrails: 'one', handrailHeight: 36, enclosed: false, outside: false };
}

export function StairProperties({ room, levels, levelId, update }: Props) {
  const others = levels.filter((l) => l.id !== levelId);
  const stair = room.stair;
  if (!stair) {
    return (
      <div className="field-group">
        <p className="field-help">{others.length ? 'The stair’s details are not given yet.' : 'Add the level the stair leads to (+ Level), then its details.'}</p>
        {others.length ? (
          <button type="button" className="button subtle small" onClick={() => update(defaultStair(others[0]!.id))}>
            Add stair details
          </button>
        ) : null}
      </div>
    );
  }
  const set = (patch: Partial<Stair>) => update({ ...stair, ...patch });
  const length = (label: string, key: 'width' | 'riser' | 'tread' | 'headroom' | 'handrailHeight') => (
    <LengthField label={label} value={stair[key]} min={key === 'handrailHeight' ? 0 : 0.01} onCommit={(v) => v !== undefined && set({ [key]: v })} />
  );
  return (
    <fieldset className="field-group" data-testid="stair-details">
      <legend>Stair</legend>
      <SelectField label="Leads to" value={stair.to} choices={others.map((l) => ({ value: l.id, label: l.name || l.id }))} onChange={(to) => to && set({ to })} />
      {length('Clear width', 'width')}
      {length('Riser height', 'riser')}
      {length('Tread depth', 'tread')}
      {length('Headroom', 'headroom')}
      <SelectField
        label="Handrails"
        value={stair.handrails}
        choices={[
          { value: 'both', label: 'Both sides' },
          { value: 'one', label: 'One side' },
          { value: 'none', label: 'None' },
        ]}
        onChange={(handrails) => handrails && set({ handrails })}
      />
      {length('Handrail height', 'handrailHeight')}
      <CheckField label="Enclosed exit stair (fire-separated)" checked={stair.enclosed} onChange={(enclosed) => set({ enclosed })} />
      <CheckField label="Exterior stair" checked={stair.outside} onChange={(outside) => set({ outside })} />
      <button type="button" className="button subtle small" onClick={() => update(undefined)}>
        Remove stair details
      </button>
    </fieldset>
  );
}
