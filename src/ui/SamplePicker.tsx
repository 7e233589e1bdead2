import { useId } from 'react';
import type { SampleEntry } from './samples.ts';

interface Props {
  readonly samples: readonly SampleEntry[];
  /** The sample on screen, or null when the open plan is a file of the user's. */
  readonly current: string | null;
  readonly onPick: (name: string) => void;
}

/** Chooses one of the sample facilities. Hidden when there is no sample list. */
export function SamplePicker({ samples, current, onPick }: Props) {
  const id = useId();
  if (samples.length === 0) return null;
  const known = current !== null && samples.some((s) => s.name === current);
  return (
    <div className="sample-picker">
      <label htmlFor={id}>Sample</label>
      <select id={id} data-testid="sample-picker" value={known ? current : ''} onChange={(e) => e.currentTarget.value && onPick(e.currentTarget.value)}>
        {known ? null : <option value="">Choose a sample…</option>}
        {samples.map((sample) => (
          <option key={sample.name} value={sample.name}>
            {sample.title}
          </option>
        ))}
      </select>
    </div>
  );
}
