import type { Capacity } from '../report/types.ts';
import { formatChildren } from './format.ts';

interface Props {
  readonly capacity: Capacity;
  /** The plan changed and the figure is being recomputed. */
  readonly stale?: boolean;
}

/** The licensed capacity and the limit that sets it, always in view; every limit and what would raise it, folded. */
export function CapacityCard({ capacity, stale }: Props) {
  const binding = capacity.limits.find((limit) => limit.id === capacity.binding);
  return (
    <section className={`card capacity${stale ? ' stale' : ''}`} aria-labelledby="capacity-title" data-testid="capacity" aria-busy={stale || undefined}>
      <div className="capacity-head">
        <h2 id="capacity-title">Capacity</h2>
        <p className="capacity-figure">
          <span className="capacity-number" data-testid="capacity-licensed">
            {formatChildren(capacity.licensed)}
          </span>
          <span className="capacity-unit">{capacity.licensed === 1 ? 'child' : 'children'}</span>
        </p>
      </div>
      {capacity.binding ? (
        <p className="capacity-binding">
          Set by <code data-testid="capacity-binding">{capacity.binding}</code>
          {binding?.basis ? <span data-testid="capacity-binding-basis">: {binding.basis}</span> : null}
        </p>
      ) : (
        <p className="capacity-binding" data-testid="capacity-binding">
          No limit applies.
        </p>
      )}
      {capacity.limits.length > 0 || capacity.raise ? (
        <details className="capacity-more">
          <summary>Every limit{capacity.raise ? ' and how to raise it' : ''}</summary>
          {capacity.raise ? (
            <p className="capacity-raise" data-testid="capacity-raise">
              <strong>To raise it:</strong> {capacity.raise}
            </p>
          ) : null}
          <ul className="limit-list">
            {capacity.limits.map((limit) => (
              <li
                key={limit.id}
                className={limit.id === capacity.binding ? 'limit binding' : 'limit'}
                data-testid={`capacity-limit-${limit.id}`}
                aria-current={limit.id === capacity.binding ? 'true' : undefined}
              >
                <span className="limit-head">
                  <code>{limit.id}</code>
                  <span className="limit-children" data-testid="capacity-limit-children">
                    {formatChildren(limit.children)}
                  </span>
                </span>
                {limit.basis ? <span className="limit-basis">{limit.basis}</span> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
