import type { Level } from '../../model/schema.ts';
import { LengthField, TextField } from './fields.tsx';
import type { Update } from './types.ts';

interface Props {
  readonly level: Level;
  readonly canRemove: boolean;
  readonly update: Update<Pick<Level, 'name' | 'elevation'>>;
  readonly onRemove: () => void;
}

export function LevelProperties({ level, canRemove, update, onRemove }: Props) {
  const empty = level.rooms.length + level.doors.length + level.windows.length + level.items.length === 0;
  return (
    <>
      <TextField label="Level name" value={level.name} onCommit={(name) => update({ name })} testId="level-name-input" />
      <LengthField
        label="Elevation"
        value={level.elevation}
        allowNegative
        onCommit={(elevation) => elevation !== undefined && update({ elevation })}
        help="Above (+) or below (−) the ground at the main exits; a basement is negative."
        testId="level-elevation"
      />
      {canRemove ? (
        <button type="button" className="button subtle danger" onClick={onRemove} disabled={!empty} title={empty ? 'Remove this level' : 'Only an empty level can be removed'}>
          Remove this level
        </button>
      ) : null}
    </>
  );
}
