import type { ModifierGroup } from '../../../../shared/domain/menu';
import { showMoney } from '../../forms/show-money';
import { FieldError } from '../../components/field-error';

interface ModifierChoicesProps {
  group: ModifierGroup;
  currency: string;
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  error: string | undefined;
}

/** "Choose 1" is a set of radios; "up to 3" is checkboxes. The group's rule is written out. */
export function ModifierChoices({ group, currency, chosen, onChange, error }: ModifierChoicesProps) {
  const single = group.maxChoices === 1;
  let rule: string;
  if (group.minChoices === group.maxChoices) rule = `Choose ${group.minChoices}`;
  else if (group.minChoices === 0) rule = `Optional, up to ${group.maxChoices}`;
  else rule = `Choose ${group.minChoices}–${group.maxChoices}`;
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
                onChange={(event) => {
                  if (single) onChange([option.id]);
                  else
                    onChange(event.target.checked ? [...chosen, option.id] : chosen.filter((id) => id !== option.id));
                }}
              />
              <span>{option.name}</span>
              {option.price > 0 ? <span className="modifier-price">+{showMoney(option.price, currency)}</span> : null}
            </label>
          );
        })}
        {single && group.minChoices === 0 && chosen.length > 0 ? (
          <button type="button" className="button button-quiet" onClick={() => onChange([])}>
            No {group.name.toLowerCase()}
          </button>
        ) : null}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
