import type { Facility } from '../model/schema.ts';

interface Props {
  readonly facility: Facility;
  readonly fileName: string | null;
}

const KIND: Record<Facility['kind'], string> = { center: 'Child care center', 'group-home': 'Group child care home' };

/** The facility's name and the few facts that change which rules apply. */
export function FacilityHeading({ facility, fileName }: Props) {
  const facts = [
    KIND[facility.kind],
    facility.licensing === 'new' ? 'new licensing' : 'existing licensing',
    facility.sprinklered ? 'sprinklered' : 'not sprinklered',
    facility.nighttime ? 'nighttime care' : null,
  ].filter((fact): fact is string => fact !== null);
  return (
    <div className="facility-heading">
      <h1 data-testid="facility-name">{facility.name || 'Untitled facility'}</h1>
      <p className="facility-facts">
        {facts.join(' · ')}
        {fileName ? (
          <>
            {' · '}
            <span className="file-name" data-testid="file-name">
              {fileName}
            </span>
          </>
        ) : null}
      </p>
    </div>
  );
}
