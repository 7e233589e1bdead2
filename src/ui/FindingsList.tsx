import type { Finding, Status } from '../checks/types.ts';
import type { PlanError } from '../model/result.ts';
import { STATUS_LABEL, STATUS_ORDER, statusSlug } from './format.ts';

interface Props {
  readonly findings: readonly Finding[];
  /** Why the plan as drawn cannot be checked (the findings below are then for the last plan that could). */
  readonly problems?: readonly PlanError[];
  readonly highlighted?: Finding | null;
  /** Selects, frames and draws what the finding is about. */
  readonly onPick?: (finding: Finding) => void;
  readonly onPickProblem?: (problem: PlanError) => void;
}

/** Statuses that need the provider's attention start open; passes and n/a start folded away. */
const OPEN_BY_DEFAULT: ReadonlySet<Status> = new Set(['fail', 'warn', 'verify']);

/** The findings, grouped by status in the order that needs work first; each group folds. */
export function FindingsList({ findings, problems = [], highlighted, onPick, onPickProblem }: Props) {
  const groups = STATUS_ORDER.map((status) => ({ status, items: findings.filter((f) => f.status === status) }));
  return (
    <section className="findings" aria-labelledby="findings-title">
      <h2 id="findings-title" className="visually-hidden">
        Findings
      </h2>
      {problems.length > 0 ? (
        <div className="plan-problems" role="alert" data-testid="plan-problems">
          <h3>The plan as drawn cannot be checked</h3>
          <p>Fix {problems.length === 1 ? 'this problem' : `these ${problems.length} problems`}; the findings below are for the last plan that could be.</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                <button type="button" className="link-button" onClick={() => onPickProblem?.(p)}>
                  {p.path ? <code>{p.path}</code> : null} {p.message}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ul className="status-summary" aria-label="Findings by status">
        {groups.map(({ status, items }) => (
          <li key={status} className={`status-badge status-${statusSlug(status)}`} data-testid={`summary-${statusSlug(status)}`}>
            {STATUS_LABEL[status]}: <strong>{items.length}</strong>
          </li>
        ))}
      </ul>
      {findings.length === 0 ? <p>No findings.</p> : null}
      {groups
        .filter(({ items }) => items.length > 0)
        .map(({ status, items }) => (
          <details key={status} className={`finding-group status-${statusSlug(status)}`} open={OPEN_BY_DEFAULT.has(status)} data-testid={`findings-${statusSlug(status)}`}>
            <summary>
              <h3>
                {STATUS_LABEL[status]} <span className="count">({items.length})</span>
              </h3>
            </summary>
            <ul className="finding-list">
              {items.map((finding, i) => (
                <li key={`${finding.id}:${finding.subject ?? ''}:${i}`} className="finding" data-testid="finding" data-check={finding.id} data-subject={finding.subject ?? undefined}>
                  <button
                    type="button"
                    className="finding-button"
                    aria-current={highlighted === finding ? 'true' : undefined}
                    title={finding.subject || finding.geometry ? 'Show it on the plan' : undefined}
                    onClick={() => onPick?.(finding)}
                  >
                    <span className="finding-citation">
                      <cite>{finding.citation}</cite> <code className="finding-id">{finding.id}</code>
                    </span>
                    <span className="finding-message">{finding.message}</span>
                  </button>
                </li>
              ))}
            </ul>
          </details>
        ))}
    </section>
  );
}
