import type { Level, Room } from '../../model/schema.ts';
import { StairProperties } from './StairProperties.tsx';
import { formatSqFt } from '../format.ts';
import type { RoomRow } from '../../report/types.ts';
import { AGE_CHOICES, FLOOR_CHOICES, RESTROOM_CHOICES, USE_CHOICES } from './choices.ts';
import { CheckField, LengthField, MultiCheckField, NumberField, SelectField, TextField } from './fields.tsx';
import type { Update } from './types.ts';

interface Props {
  readonly room: Room;
  readonly row: RoomRow | undefined;
  readonly update: Update<Room>;
  /** The plan's levels and the room's own, for a stair's "leads to". */
  readonly levels: readonly Pick<Level, 'id' | 'name'>[];
  readonly levelId: string;
}

export function RoomProperties({ room, row, update, levels, levelId }: Props) {
  const childCare = room.use === 'child-care';
  return (
    <>
      {row ? (
        <p className="figures" data-testid="room-figures">
          {formatSqFt(row.areaSqFt)} sq ft floor · <strong>{formatSqFt(row.usableSqFt)} sq ft usable</strong>
          {row.children !== undefined ? ` · room for ${row.children}` : ''}
        </p>
      ) : null}
      <TextField label="Name" value={room.name} onCommit={(name) => update({ name })} testId="room-name-input" />
      <SelectField
        label="Use"
        value={room.use}
        choices={USE_CHOICES}
        testId="room-use"
        // Ages belong to child-care rooms and stair details to stairs (the format refuses them elsewhere).
        onChange={(use) => use && update({ use, ages: use === 'child-care' ? room.ages : undefined, stair: use === 'stair' ? room.stair : undefined })}
      />
      <MultiCheckField
        label="Ages cared for here"
        value={room.ages ?? []}
        choices={AGE_CHOICES}
        disabled={!childCare}
        testId="room-ages"
        help={childCare ? undefined : 'Only child-care rooms list ages.'}
        onChange={(ages) => update({ ages: ages.length ? ages : undefined })}
      />
      <CheckField label="Children nap or sleep here" checked={room.sleeping ?? false} onChange={(on) => update({ sleeping: on || undefined })} help="A room with a crib, playpen or cot counts as sleeping either way." />
      <LengthField label="Ceiling height" value={room.ceilingHeight} optional placeholder={`8' 0" (default)`} min={1} onCommit={(ceilingHeight) => update({ ceilingHeight })} testId="room-ceiling" />
      <SelectField label="Floor" value={room.floor} choices={FLOOR_CHOICES} unsetLabel="Not given" onChange={(floor) => update({ floor })} />
      <CheckField label="New or altered space" checked={room.altered ?? false} onChange={(on) => update({ altered: on || undefined })} help="The new-construction limits apply to this room even for an existing license." />
      <NumberField label="Fire barrier (minutes)" value={room.fireRating} optional integer min={0} onCommit={(fireRating) => update({ fireRating })} />
      <CheckField label="Sprinkler head off the domestic supply" checked={room.sprinklerHead ?? false} onChange={(on) => update({ sprinklerHead: on || undefined })} />
      <CheckField
        label="Tornado shelter area"
        checked={room.tornadoShelter ?? false}
        onChange={(on) => update({ tornadoShelter: on || undefined })}
        help="The safe place inside where children and staff wait out a tornado (500.090(1)(C)2); marked on the diagram and the posters."
        testId="room-tornado-shelter"
      />
      {room.use === 'stair' ? <StairProperties room={room} levels={levels} levelId={levelId} update={(stair) => update({ stair })} /> : null}
      {room.use === 'bathroom' ? <SelectField label="Bathroom for" value={room.restroomFor} choices={RESTROOM_CHOICES} unsetLabel="Not given" onChange={(restroomFor) => update({ restroomFor })} /> : null}
    </>
  );
}
