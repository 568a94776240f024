import { useMemo, useState } from 'react';
import type { MenuItem } from '../../../../shared/domain/menu';
import { DecimalField } from '../../components/decimal-field';
import { Dialog } from '../../components/dialog';
import { ErrorAlert } from '../../components/error-alert';
import { MoneyField } from '../../components/money-field';
import { RadioGroup } from '../../components/radio-group';
import { ScaleChangeConfirm } from '../../components/scale-change-confirm';
import { describeScaleChange } from '../../forms/scale-change';
import { showMoney } from '../../forms/show-money';
import { userLocale } from '../../forms/user-locale';
import { percentChangeSpec, planPriceChange, type PriceChangeMode } from './bulk-price';
import { itemEvents } from './item-events';

interface BulkPriceDialogProps {
  items: readonly MenuItem[];
  currency: string;
  onApply: (prices: { id: string; price: number }[]) => Promise<string | null>;
  onClose: () => void;
}

const previewLimit = 8;

/**
 * Reprices the ticked items: one new price for all, or a percentage up or down,
 * previewed before applying. Prices that change scale are flagged in the preview and
 * asked about before anything is sent.
 */
export function BulkPriceDialog({ items, currency, onApply, onClose }: BulkPriceDialogProps) {
  const locale = userLocale();
  const percent = useMemo(() => percentChangeSpec(locale), [locale]);
  const [mode, setMode] = useState<PriceChangeMode>('set');
  const [typed, setTyped] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const plan = planPriceChange(items, mode, typed, currency, locale);
  const byId = new Map(plan.prices.map((entry) => [entry.id, entry.price]));
  const flagged = new Map(plan.scaleChanges.map((entry) => [entry.id, entry.change]));

  const send = async (): Promise<string | null> => {
    setBusy(true);
    const problem = await onApply(plan.prices);
    setBusy(false);
    if (problem) setError(problem);
    return problem;
  };

  const apply = async (): Promise<void> => {
    setTouched(true);
    if (plan.error) return;
    if (plan.scaleChanges.length > 0) setAsking(true);
    else await send();
  };

  const field = {
    value: typed,
    onChange: (value: string) => {
      setTyped(value);
      setError(null);
    },
    onBlur: () => setTouched(true),
    error: touched || typed !== '' ? (plan.error ?? undefined) : undefined,
    width: 'short' as const,
  };

  return (
    <>
      <Dialog
        title={items.length === 1 ? 'Change the price of 1 item' : `Change the price of ${items.length} items`}
        onClose={onClose}
        footer={
          <>
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={busy || plan.error !== null}
              onClick={() => void apply()}
            >
              Apply new prices
            </button>
          </>
        }
      >
        <div className="bulk-price">
          <RadioGroup
            legend="How"
            layout="row"
            value={mode}
            onChange={setMode}
            options={[
              { value: 'set', label: 'Set one new price' },
              { value: 'percent', label: 'Change by a percentage' },
            ]}
          />
          {mode === 'set' ? (
            <MoneyField label={`New price (${currency})`} currency={currency} {...field} />
          ) : (
            <DecimalField
              label="Change (%)"
              spec={percent}
              hint="e.g. 10 to raise by 10 %, -5 to lower by 5 %."
              {...field}
            />
          )}
          <ul className="bulk-price-preview" aria-label="New prices">
            {items.slice(0, previewLimit).map((item) => {
              const next = byId.get(item.id);
              const change = plan.error === null ? flagged.get(item.id) : undefined;
              return (
                <li key={item.id}>
                  <span>{item.name}</span>
                  <span>
                    {showMoney(item.price, currency)}
                    {next !== undefined && plan.error === null ? ` → ${showMoney(next, currency)}` : ''}
                    {change ? <strong className="bulk-price-flag"> ({describeScaleChange(change)})</strong> : null}
                  </span>
                </li>
              );
            })}
            {items.length > previewLimit ? <li>and {items.length - previewLimit} more</li> : null}
          </ul>
          {plan.error === null && plan.scaleChanges.length > 0 ? (
            <p className="inline-message inline-message-warning">
              {plan.scaleChanges.length === 1 ? 'One price changes' : `${plan.scaleChanges.length} prices change`} by a
              factor of 10 or more, or to or from zero: you will be asked to confirm before anything is sent.
            </p>
          ) : null}
          <ErrorAlert message={error} />
        </div>
      </Dialog>
      {asking ? (
        <ScaleChangeConfirm
          changes={plan.scaleChanges}
          currency={currency}
          eventTypes={itemEvents}
          confirmLabel="Apply new prices"
          onClose={() => setAsking(false)}
          onConfirm={async () => {
            // A refusal shows in this dialog, where the prices can be changed.
            await send();
            setAsking(false);
            return null;
          }}
        />
      ) : null}
    </>
  );
}
