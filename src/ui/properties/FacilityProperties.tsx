import { AGE_BANDS, type Enrollment, type Facility } from '../../model/schema.ts';
import { AGE_LABEL } from './choices.ts';
import { CheckField, NumberField, OptionalTextField, SelectField, TextField } from './fields.tsx';
import type { Update } from './types.ts';

interface Props {
  readonly facility: Facility;
  readonly update: Update<Facility>;
}

export function FacilityProperties({ facility, update }: Props) {
  const enrollment = facility.enrollment ?? {};
  const setBand = (band: keyof Enrollment) => (n: number | undefined) => {
    const next: Record<string, number> = {};
    for (const b of AGE_BANDS) {
      const v = b === band ? n : enrollment[b];
      if (v !== undefined) next[b] = v;
    }
    update({ enrollment: Object.keys(next).length ? next : undefined });
  };
  return (
    <>
      <TextField label="Facility name" value={facility.name} onCommit={(name) => update({ name })} testId="facility-name-input" />
      <OptionalTextField label="Address" value={facility.address} onCommit={(address) => update({ address })} />
      <OptionalTextField
        label="Telephone"
        value={facility.phone}
        onCommit={(phone) => update({ phone })}
        placeholder="573-555-0100"
        help="Printed on the packet and the posted evacuation plans (500.090(2)(B)1.A)."
        testId="facility-phone"
      />
      <SelectField
        label="Kind"
        value={facility.kind}
        choices={[
          { value: 'center', label: 'Child care center' },
          { value: 'group-home', label: 'Group child care home (at most 20)' },
        ]}
        onChange={(kind) => kind && update({ kind })}
      />
      <SelectField
        label="Licensing"
        value={facility.licensing}
        choices={[
          { value: 'new', label: 'New (current limits everywhere)' },
          { value: 'existing', label: 'Existing (older limits, except altered rooms)' },
        ]}
        onChange={(licensing) => licensing && update({ licensing })}
      />
      <CheckField label="Whole building sprinklered" checked={facility.sprinklered} onChange={(sprinklered) => update({ sprinklered })} testId="facility-sprinklered" />
      <CheckField label="Nighttime care" checked={facility.nighttime} onChange={(nighttime) => update({ nighttime })} />
      <fieldset className="field-group">
        <legend>Planned enrollment</legend>
        <p className="field-help">Children by age band. Leave all blank to see what the space allows.</p>
        {AGE_BANDS.map((band) => (
          <NumberField key={band} label={AGE_LABEL[band]} value={enrollment[band]} optional integer min={0} onCommit={setBand(band)} testId={`enrollment-${band}`} />
        ))}
      </fieldset>
    </>
  );
}
