import { useId } from 'react';
import { TextField } from '../../components/text-field';
import { choiceRule } from '../../../../shared/domain/modifier-rules';
import { removedAt, replacedAt, shifted } from '../../forms/list-order';
import type { DecimalSpec } from '../../forms/locale-number';
import { FieldError } from '../../components/field-error';
import { newOptionDraft, type GroupDraft, type OptionDraft } from './modifier-draft';
import { ModifierOptionRow } from './modifier-option-row';
import { MoveButtons } from './move-buttons';

interface ModifierGroupEditorProps {
  group: GroupDraft;
  /** Position among the item's groups, from 1. */
  number: number;
  count: number;
  currency: string;
  money: DecimalSpec;
  onChange: (group: GroupDraft) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  /** Errors by path inside the group (`name`, `minChoices`, `options.1.price`), already filtered by touch. */
  errorFor: (path: string) => string | undefined;
  touch: (path: string) => void;
}

const wholeNumber = /^\s*\d+\s*$/;

/**
 * One modifier group: its name, whether an order must answer it, how many
 * choices it takes, and its options. The rules (min ≤ max ≤ options, required ⇒
 * min ≥ 1) are the shared schema's, shown under the field they concern.
 */
export function ModifierGroupEditor(props: ModifierGroupEditorProps) {
  const { group, number, count, currency, money, onChange, onMove, onRemove, errorFor, touch } = props;
  const legendId = useId();
  const called = group.name.trim() || `group ${number}`;
  const edit = (patch: Partial<GroupDraft>): void => onChange({ ...group, ...patch });
  const editOptions = (options: OptionDraft[]): void => edit({ options });
  const min = wholeNumber.test(group.minChoices) ? Number(group.minChoices) : null;
  const max = wholeNumber.test(group.maxChoices) ? Number(group.maxChoices) : null;
  // The rule in words only while it holds; otherwise the field's own message says what is wrong.
  const rule =
    min !== null && max !== null && min <= max && max <= group.options.length
      ? choiceRule({ name: group.name, required: group.required, minChoices: min, maxChoices: max })
      : null;

  return (
    <fieldset className="modifier-group-card" aria-labelledby={legendId}>
      <div className="modifier-group-head">
        <h4 className="modifier-group-title">
          <span id={legendId}>{group.name.trim() || 'New group'}</span>
          {rule ? <span className="modifier-group-rule"> · {rule}</span> : null}
        </h4>
        <div className="modifier-order">
          <MoveButtons called={called} number={number} count={count} onMove={onMove} />
          <button type="button" className="button button-quiet button-danger-text" onClick={onRemove}>
            Delete group<span className="visually-hidden"> {called}</span>
          </button>
        </div>
      </div>
      <TextField
        label="Group name"
        value={group.name}
        onChange={(name) => edit({ name })}
        onBlur={() => touch('name')}
        error={errorFor('name')}
        placeholder="Size, Toppings, Sauce…"
      />
      <div className="modifier-group-counts">
        <label className="modifier-check modifier-required">
          <input
            type="checkbox"
            checked={group.required}
            onChange={(event) => {
              const required = event.target.checked;
              // Ticking "required" on a group with no minimum means "at least one"; the rule then holds.
              const minChoices = required && group.minChoices.trim() === '0' ? '1' : group.minChoices;
              edit({ required, minChoices });
              touch('minChoices');
            }}
          />
          Required
        </label>
        <TextField
          label="Min choices"
          inputMode="numeric"
          value={group.minChoices}
          onChange={(minChoices) => edit({ minChoices })}
          onBlur={() => touch('minChoices')}
          error={errorFor('minChoices')}
          width="short"
        />
        <TextField
          label="Max choices"
          inputMode="numeric"
          value={group.maxChoices}
          onChange={(maxChoices) => edit({ maxChoices })}
          onBlur={() => touch('maxChoices')}
          error={errorFor('maxChoices')}
          width="short"
        />
      </div>
      <div className="modifier-options-list">
        {group.options.map((option, o) => (
          <ModifierOptionRow
            key={option.key}
            option={option}
            number={o + 1}
            count={group.options.length}
            currency={currency}
            onChange={(patch) => editOptions(replacedAt(group.options, o, { ...option, ...patch }))}
            onMove={(delta) => editOptions(shifted(group.options, o, delta))}
            onRemove={() => editOptions(removedAt(group.options, o))}
            touch={(field) => touch(`options.${o}.${field}`)}
            errorFor={(field) => errorFor(`options.${o}.${field}`)}
          />
        ))}
      </div>
      <FieldError message={errorFor('options')} />
      <button
        type="button"
        className="button button-quiet modifier-add"
        onClick={() => editOptions([...group.options, newOptionDraft(money)])}
      >
        + Add option<span className="visually-hidden"> to {called}</span>
      </button>
    </fieldset>
  );
}
