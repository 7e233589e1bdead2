import type { PlanError } from '../model/result.ts';

interface Props {
  readonly fileName: string | null;
  readonly errors: readonly PlanError[];
  readonly planStillOpen: string | null;
  readonly onDismiss: () => void;
}

/** The problems of a refused file, each with its JSON path. The plan on screen is not touched by a refusal. */
export function PlanErrors({ fileName, errors, planStillOpen, onDismiss }: Props) {
  if (errors.length === 0) return null;
  return (
    <section className="alert" role="alert" aria-labelledby="plan-errors-title" data-testid="plan-errors">
      <div className="alert-head">
        <h2 id="plan-errors-title">
          {fileName ? <>Could not open <span className="file-name">{fileName}</span></> : 'Could not open the file'}
        </h2>
        <button type="button" className="button subtle" onClick={onDismiss} aria-label="Dismiss the errors">
          Dismiss
        </button>
      </div>
      <p>
        {errors.length === 1 ? 'It has 1 problem' : `It has ${errors.length} problems`}; nothing was loaded from it.
        {planStillOpen ? <> <span className="file-name">{planStillOpen}</span> is still open.</> : null}
      </p>
      <ul className="error-list">
        {errors.map((error, i) => (
          <li key={i} data-testid="plan-error">
            {error.path ? <code className="error-path">{error.path}</code> : null}
            {error.path ? ': ' : null}
            <span>{error.message}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
