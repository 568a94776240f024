import { useId } from 'react';
import { showMoney } from '../../forms/show-money';
import { useAppStore } from '../../store/store-context';
import { checkSummary, checkTitle } from './check-words';

interface ChecksListProps {
  title: string;
  ids: readonly string[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  emptyText: string;
}

/** Open, or closed and cancelled, checks: number, where from, table, and the core's total. */
export function ChecksList({ title, ids, selectedId, onSelect, emptyText }: ChecksListProps) {
  const byId = useAppStore((state) => state.checks.byId);
  const headingId = useId();
  return (
    <section className="card checks-list" aria-labelledby={headingId}>
      <h2 id={headingId} className="checks-list-title">
        {title} <span className="checks-list-count">{ids.length}</span>
      </h2>
      {ids.length === 0 ? (
        <p className="checks-list-empty">{emptyText}</p>
      ) : (
        <ul>
          {ids.map((id) => {
            const check = byId[id];
            if (!check) return null;
            return (
              <li key={id}>
                <button
                  type="button"
                  className="checks-list-row"
                  aria-current={id === selectedId ? 'true' : undefined}
                  aria-label={`${checkTitle(check)}, ${checkSummary(check)}, ${check.status}`}
                  onClick={() => onSelect(id)}
                >
                  <span className="checks-list-number">{checkTitle(check)}</span>
                  <span className="checks-list-meta">{checkSummary(check)}</span>
                  <span className="checks-list-total">{showMoney(check.total, check.currency)}</span>
                  {check.status !== 'open' ? (
                    <span className={`check-status check-status-${check.status}`}>
                      {check.status === 'closed' ? 'Closed' : 'Cancelled'}
                    </span>
                  ) : null}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
