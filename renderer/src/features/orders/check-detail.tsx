import { useId, useState } from 'react';
import type { Check } from '../../../../shared/domain/checks';
import { formatDecimal } from '../../forms/locale-number';
import { percentSpec } from '../../forms/percent';
import { showMoney } from '../../forms/show-money';
import { userLocale } from '../../forms/user-locale';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useAppStore } from '../../store/store-context';
import { AddItemDialog } from './add-item-dialog';
import { CancelCheckDialog } from './cancel-check-dialog';
import { ChangeTableDialog } from './change-table-dialog';
import { StoreTimeText } from '../../time/store-time-text';
import { checkSummary, checkTitle } from './check-words';
import { CheckLines } from './check-lines';

type Open = 'none' | 'add' | 'table' | 'close' | 'cancel';

/** One check: its lines and the core's totals, and what can still be done to it. */
export function CheckDetail({ check }: { check: Check }) {
  const closeCheck = useAppStore((state) => state.closeCheck);
  const removeLine = useAppStore((state) => state.removeCheckLine);
  const [open, setOpen] = useState<Open>('none');
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const title = checkTitle(check);
  const isOpen = check.status === 'open';
  const done = (): void => setOpen('none');

  return (
    <section className="card check-detail" aria-labelledby={headingId}>
      <header className="check-detail-head">
        <div>
          <h2 id={headingId}>{title}</h2>
          <p className="check-detail-meta">
            {checkSummary(check)} · opened <StoreTimeText at={check.openedAt} />
          </p>
        </div>
        {isOpen ? null : (
          <span className={`check-status check-status-${check.status}`}>
            {check.status === 'closed' ? 'Closed' : 'Cancelled'}
          </span>
        )}
      </header>
      {check.status === 'cancelled' ? (
        <p className="inline-message inline-message-warning check-detail-note">
          Cancelled {check.cancelledAt ? <StoreTimeText at={check.cancelledAt} /> : null} by {check.cancelledBy}:{' '}
          {check.cancelReason}
        </p>
      ) : null}
      {check.status === 'closed' ? (
        <p className="check-detail-note field-hint">
          Closed {check.closedAt ? <StoreTimeText at={check.closedAt} /> : null}.
        </p>
      ) : null}
      {check.notes ? <p className="check-detail-note field-hint">Notes: {check.notes}</p> : null}
      {error ? (
        <p className="inline-message inline-message-error check-detail-note" role="alert">
          {error}
        </p>
      ) : null}
      <CheckLines
        check={check}
        onRemove={
          isOpen
            ? async (line) => {
                setError(null);
                const result = await removeLine(check.id, line.id);
                if (!result.ok) setError(`Could not remove ${line.name}: ${result.error.message}`);
              }
            : null
        }
      />
      <dl className="check-totals" aria-label={`${title} totals`}>
        <div>
          <dt>Subtotal</dt>
          <dd>{showMoney(check.subtotal, check.currency)}</dd>
        </div>
        <div>
          <dt>
            Tax ({formatDecimal(check.taxRateBps, percentSpec(userLocale(), 'tax rate'))} %
            {check.taxIncluded ? ', included' : ''})
          </dt>
          <dd>{showMoney(check.tax, check.currency)}</dd>
        </div>
        <div className="check-totals-total">
          <dt>Total</dt>
          <dd>{showMoney(check.total, check.currency)}</dd>
        </div>
      </dl>
      {isOpen ? (
        <footer className="check-detail-actions">
          <button type="button" className="button button-primary" onClick={() => setOpen('add')}>
            Add item
          </button>
          <button type="button" className="button" onClick={() => setOpen('table')}>
            Change table
          </button>
          <span className="check-detail-spacer" />
          <button type="button" className="button button-quiet button-danger-text" onClick={() => setOpen('cancel')}>
            Cancel check
          </button>
          <button type="button" className="button" onClick={() => setOpen('close')}>
            Close check
          </button>
        </footer>
      ) : null}
      {open === 'add' ? <AddItemDialog check={check} onClose={done} /> : null}
      {open === 'table' ? <ChangeTableDialog check={check} onClose={done} /> : null}
      {open === 'cancel' ? <CancelCheckDialog check={check} onClose={done} /> : null}
      {open === 'close' ? (
        <ConfirmDialog
          title={`Close ${title}?`}
          description={
            <p>
              The check is settled at {showMoney(check.total, check.currency)} and can no longer change. The Close Order
              Web Hooks URL and subscribed partners are told.
            </p>
          }
          confirmLabel="Close check"
          onClose={done}
          onConfirm={async () => {
            const result = await closeCheck(check.id);
            if (!result.ok) return `Could not close: ${result.error.message}`;
            done();
            return null;
          }}
        />
      ) : null}
    </section>
  );
}
