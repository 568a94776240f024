import type { EventType } from '../../../../shared/domain/event-types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { WhoWillReceive } from '../../components/who-will-receive';
import { showMoney } from '../../forms/show-money';

/** A currency change re-sends every menu (its prices now mean another currency) with the store. */
const currencyEvents: readonly EventType[] = ['store.updated', 'menu.updated'];

interface CurrencyChangeConfirmProps {
  from: string;
  to: string;
  /** The new currency's name as the picker shows it. */
  toLabel: string;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * Asks before the store's currency changes: prices keep their numbers, so €10.50
 * becomes $10.50 (or ¥1,050, where the currency has no cents) — nothing is converted.
 */
export function CurrencyChangeConfirm({ from, to, toLabel, onConfirm, onClose }: CurrencyChangeConfirmProps) {
  return (
    <ConfirmDialog
      title={`Change the currency to ${to}?`}
      description={
        <>
          <p>
            Prices are not converted: every price keeps its amount and is read in {toLabel} from now on. A price of{' '}
            <strong>{showMoney(1050, from)}</strong> becomes <strong>{showMoney(1050, to)}</strong>.
          </p>
          <p>When you save, partners are sent the store and every menu again.</p>
          <WhoWillReceive eventTypes={currencyEvents} />
        </>
      }
      confirmLabel={`Use ${to}`}
      onClose={onClose}
      onConfirm={() => {
        onConfirm();
        return Promise.resolve(null);
      }}
    />
  );
}
