import { useState } from 'react';
import type { MenuItem } from '../../../../shared/domain/menu';
import { formatMoney } from '../../../../shared/domain/money';
import { Dialog } from '../../components/dialog';
import { RadioGroup } from '../../components/radio-group';
import { TextField } from '../../components/text-field';
import { planPriceChange, type PriceChangeMode } from './bulk-price';
import { ErrorAlert } from '../../components/error-alert';

interface BulkPriceDialogProps {
  items: readonly MenuItem[];
  currency: string;
  onApply: (prices: { id: string; price: number }[]) => Promise<string | null>;
  onClose: () => void;
}

const previewLimit = 8;

/** Reprices the ticked items: one new price for all, or a percentage up or down, previewed before applying. */
export function BulkPriceDialog({ items, currency, onApply, onClose }: BulkPriceDialogProps) {
  const [mode, setMode] = useState<PriceChangeMode>('set');
  const [typed, setTyped] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const plan = planPriceChange(items, mode, typed, currency);
  const byId = new Map(plan.prices.map((entry) => [entry.id, entry.price]));

  const apply = async (): Promise<void> => {
    setTouched(true);
    if (plan.error) return;
    setBusy(true);
    const problem = await onApply(plan.prices);
    setBusy(false);
    if (problem) setError(problem);
  };

  return (
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
        <TextField
          label={mode === 'set' ? `New price (${currency})` : 'Change (%)'}
          value={typed}
          onChange={(value) => {
            setTyped(value);
            setError(null);
          }}
          onBlur={() => setTouched(true)}
          error={touched || typed !== '' ? (plan.error ?? undefined) : undefined}
          inputMode="decimal"
          width="short"
          hint={mode === 'percent' ? 'e.g. 10 to raise by 10 %, -5 to lower by 5 %.' : undefined}
        />
        <ul className="bulk-price-preview" aria-label="New prices">
          {items.slice(0, previewLimit).map((item) => {
            const next = byId.get(item.id);
            return (
              <li key={item.id}>
                <span>{item.name}</span>
                <span>
                  {formatMoney(item.price, currency)}
                  {next !== undefined && plan.error === null ? ` → ${formatMoney(next, currency)}` : ''}
                </span>
              </li>
            );
          })}
          {items.length > previewLimit ? <li>and {items.length - previewLimit} more</li> : null}
        </ul>
        <ErrorAlert message={error} />
      </div>
    </Dialog>
  );
}
