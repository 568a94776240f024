import { MoneyField } from '../../components/money-field';
import { TextField } from '../../components/text-field';
import type { OptionDraft } from './modifier-draft';
import { MoveButtons } from './move-buttons';

interface ModifierOptionRowProps {
  option: OptionDraft;
  /** Position in its group, from 1, for names such as "Option 2". */
  number: number;
  count: number;
  currency: string;
  onChange: (patch: Partial<OptionDraft>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  touch: (field: 'name' | 'price') => void;
  errorFor: (field: 'name' | 'price') => string | undefined;
}

/** One choice of a modifier group: its name, the price it adds, whether it is in stock, and its place. */
export function ModifierOptionRow(props: ModifierOptionRowProps) {
  const { option, number, count, currency, onChange, onMove, onRemove, touch, errorFor } = props;
  const called = option.name.trim() || `option ${number}`;
  return (
    <div className="modifier-option-row" role="group" aria-label={`Option ${number}: ${option.name.trim() || 'new'}`}>
      <TextField
        label="Name"
        value={option.name}
        onChange={(name) => onChange({ name })}
        onBlur={() => touch('name')}
        error={errorFor('name')}
      />
      <div className="modifier-option-line">
        <MoneyField
          label="Extra price"
          currency={currency}
          value={option.price}
          onChange={(price) => onChange({ price })}
          onBlur={() => touch('price')}
          error={errorFor('price')}
          width="short"
        />
        <label className="modifier-check">
          <input
            type="checkbox"
            checked={option.inStock}
            onChange={(event) => onChange({ inStock: event.target.checked })}
          />
          In stock
        </label>
        <div className="modifier-order">
          <MoveButtons called={called} number={number} count={count} onMove={onMove} />
          <button
            type="button"
            className="button button-quiet button-danger-text modifier-icon"
            aria-label={`Remove ${called}`}
            onClick={onRemove}
          >
            ✕
          </button>
        </div>
      </div>
    </div>
  );
}
