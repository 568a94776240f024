import type { ModifierGroup } from '../../../../shared/domain/menu';
import { showMoney } from '../../forms/show-money';
import { FieldError } from '../../components/field-error';
import { choiceRule } from '../../../../shared/domain/modifier-rules';

interface ModifierChoicesProps {
  group: ModifierGroup;
  currency: string;
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  error: string | undefined;
}

/** "Choose 1" is a set of radios; "up to 3" is checkboxes. The group's rule is written out; 86'd choices are shown but off. */
export function ModifierChoices({ group, currency, chosen, onChange, error }: ModifierChoicesProps) {
  const single = group.maxChoices === 1;
  const rule = choiceRule(group);
  const errorId = `modifier-${group.id}-error`;
  return (
    <fieldset className="modifier-group" aria-describedby={error ? errorId : undefined}>
      <legend className="field-label">
        {group.name} <span className="modifier-rule">{rule}</span>
      </legend>
      <div className="modifier-options">
        {group.options.map((option) => {
          const checked = chosen.includes(option.id);
          return (
            <label key={option.id} className="modifier-option">
              <input
                type={single ? 'radio' : 'checkbox'}
                name={`modifier-${group.id}`}
                checked={checked}
                // An 86'd choice is listed, so the server sees why it is missing, but cannot be picked.
                disabled={!option.inStock && !checked}
                onChange={(event) => {
                  if (single) onChange([option.id]);
                  else
                    onChange(event.target.checked ? [...chosen, option.id] : chosen.filter((id) => id !== option.id));
                }}
              />
              <span>{option.name}</span>
              {option.inStock ? null : <span className="modifier-out">86’d</span>}
              {option.price > 0 ? <span className="modifier-price">+{showMoney(option.price, currency)}</span> : null}
            </label>
          );
        })}
        {single && !group.required && chosen.length > 0 ? (
          <button type="button" className="button button-quiet" onClick={() => onChange([])}>
            No {group.name.toLowerCase()}
          </button>
        ) : null}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
