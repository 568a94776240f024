import { removedAt, replacedAt, shifted } from '../../forms/list-order';
import type { DecimalSpec } from '../../forms/locale-number';
import { FieldError } from '../../components/field-error';
import { maxGroupsPerItem } from '../../../../shared/domain/menu';
import { newGroupDraft, type GroupDraft } from './modifier-draft';
import { ModifierGroupEditor } from './modifier-group-editor';
import './modifier-editor.css';

interface ModifierGroupsEditorProps {
  groups: GroupDraft[];
  currency: string;
  money: DecimalSpec;
  onChange: (groups: GroupDraft[]) => void;
  /** Errors by full path (`modifierGroups.0.options.1.price`), already filtered by touch. */
  errorFor: (path: string) => string | undefined;
  touch: (path: string) => void;
}

/** The item's modifier groups, in the order an order screen asks them: add, edit, reorder, delete. */
export function ModifierGroupsEditor({
  groups,
  currency,
  money,
  onChange,
  errorFor,
  touch,
}: ModifierGroupsEditorProps) {
  return (
    <section className="modifier-groups" aria-label="Modifiers">
      <h3 className="modifier-groups-title">Modifiers</h3>
      {groups.length === 0 ? (
        <p className="field-hint">
          No modifiers: the item is ordered as it is. Add a group for sizes, extras or sauces.
        </p>
      ) : null}
      {groups.map((group, g) => (
        <ModifierGroupEditor
          key={group.key}
          group={group}
          number={g + 1}
          count={groups.length}
          currency={currency}
          money={money}
          onChange={(next) => onChange(replacedAt(groups, g, next))}
          onMove={(delta) => onChange(shifted(groups, g, delta))}
          onRemove={() => onChange(removedAt(groups, g))}
          errorFor={(path) => errorFor(`modifierGroups.${g}.${path}`)}
          touch={(path) => touch(`modifierGroups.${g}.${path}`)}
        />
      ))}
      <FieldError message={errorFor('modifierGroups')} />
      <button
        type="button"
        className="button modifier-add-group"
        disabled={groups.length >= maxGroupsPerItem}
        onClick={() => onChange([...groups, newGroupDraft(money)])}
      >
        + Add modifier group
      </button>
    </section>
  );
}
