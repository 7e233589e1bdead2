import type { Finding, Status } from '../checks/types.ts';
import { STATUS_LABEL, STATUS_ORDER, statusSlug } from './format.ts';

interface Props {
  readonly findings: readonly Finding[];
}

/** Statuses that need the provider's attention start open; passes and n/a start folded away. */
const OPEN_BY_DEFAULT: ReadonlySet<Status> = new Set(['fail', 'warn', 'verify']);

/** The findings, grouped by status in the order that needs work first; each group folds. */
export function FindingsList({ findings }: Props) {
  const groups = STATUS_ORDER.map((status) => ({ status, items: findings.filter((f) => f.status === status) }));
  return (
    <section className="card findings" aria-labelledby="findings-title">
      <h2 id="findings-title">Findings</h2>
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
          <details
            key={status}
            className={`finding-group status-${statusSlug(status)}`}
            open={OPEN_BY_DEFAULT.has(status)}
            data-testid={`findings-${statusSlug(status)}`}
          >
            <summary>
              <h3>
                {STATUS_LABEL[status]} <span className="count">({items.length})</span>
              </h3>
            </summary>
            <ul className="finding-list">
              {items.map((finding, i) => (
                <li key={`${finding.id}:${finding.subject ?? ''}:${i}`} className="finding" data-testid="finding" data-check={finding.id}>
                  <span className="finding-citation">
                    <cite>{finding.citation}</cite> <code className="finding-id">{finding.id}</code>
                  </span>
                  <span className="finding-message">{finding.message}</span>
                </li>
              ))}
            </ul>
          </details>
        ))}
    </section>
  );
}
