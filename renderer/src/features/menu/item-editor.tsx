import { useEffect, useId, useMemo, useState } from 'react';
import type { FieldIssue } from '../../../../shared/contract';
import type { EventType } from '../../../../shared/domain/event-types';
import type { MenuItem } from '../../../../shared/domain/menu';
import { formatMoney } from '../../../../shared/domain/money';
import { CloseButton } from '../../components/close-button';
import { Switch } from '../../components/switch';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { WhoWillReceive } from '../../components/who-will-receive';
import { fieldErrorsFrom, hasErrors, unplacedIssues, type FieldErrors } from '../../forms/field-errors';
import { useTouched } from '../../forms/use-touched';
import { usePanelFocus } from '../../components/use-panel-focus';
import { useAppStore } from '../../store/store-context';
import '../../components/side-panel.css';
import {
  draftFromItem,
  inputFromDraft,
  itemDraftIsDirty,
  itemFieldLabels,
  itemFields,
  validateItemDraft,
  type ItemDraft,
} from './item-draft';
import './item-editor.css';

/** What saving an item emits (issue 4 point 2). */
const itemEvents: readonly EventType[] = ['menu.item.updated', 'menu.updated'];

interface ItemEditorProps {
  item: MenuItem;
  currency: string;
  /** Tells the page whether leaving this item would lose edits. */
  onDirtyChange: (dirty: boolean) => void;
  /** The × and Escape: the page asks first when there are unsaved edits. */
  onClose: () => void;
}

/** Edits one item: name, description, price (typed as a decimal, saved as minor units), in stock. */
export function ItemEditor({ item, currency, onDirtyChange, onClose }: ItemEditorProps) {
  const panelRef = usePanelFocus<HTMLElement>();
  const save = useAppStore((state) => state.saveMenuItem);
  const [draft, setDraft] = useState<ItemDraft>(() => draftFromItem(item, currency));
  const [baseline, setBaseline] = useState(item);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [savedJustNow, setSavedJustNow] = useState(false);
  const { touched, touch, reset: resetTouched } = useTouched();
  const headingId = useId();

  // Changed elsewhere (a bulk 86, another window): take it unless the operator has edits pending.
  if (item !== baseline) {
    setBaseline(item);
    if (!itemDraftIsDirty(draft, baseline, currency)) setDraft(draftFromItem(item, currency));
  }

  const dirty = itemDraftIsDirty(draft, item, currency);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  const errors = useMemo(() => validateItemDraft(draft, item, currency), [draft, item, currency]);
  const valid = !hasErrors(errors);
  const errorFor = (field: string): string | undefined =>
    serverErrors[field] ?? (touched.has(field) ? errors[field] : undefined);
  const problems = itemFields.filter((field) => errors[field] !== undefined).map((field) => itemFieldLabels[field]);

  const edit = (patch: Partial<ItemDraft>, field: string): void => {
    setDraft({ ...draft, ...patch });
    setSavedJustNow(false);
    setSaveError(null);
    if (serverErrors[field]) setServerErrors({ ...serverErrors, [field]: undefined });
  };

  const onSave = async (): Promise<void> => {
    touch(...itemFields);
    const input = inputFromDraft(draft, item, currency);
    if (!valid || !input) return;
    setSaving(true);
    const result = await save(input);
    setSaving(false);
    if (result.ok) {
      setDraft(draftFromItem(result.value, currency));
      setBaseline(result.value);
      setServerErrors({});
      resetTouched();
      setSavedJustNow(true);
      return;
    }
    const issues: FieldIssue[] = result.error.issues ?? [];
    setServerErrors(fieldErrorsFrom(issues, itemFields));
    const unplaced = unplacedIssues(issues, itemFields);
    setSaveError(
      issues.length > 0 && unplaced.length === 0
        ? 'The Integration Hub did not accept some fields; see the messages above.'
        : `Not saved: ${unplaced[0]?.message ?? result.error.message}`,
    );
  };

  const onDiscard = (): void => {
    setDraft(draftFromItem(item, currency));
    setServerErrors({});
    setSaveError(null);
    resetTouched();
  };

  let message: string | null = null;
  if (saveError) message = saveError;
  else if (dirty && !valid) message = `Fix before saving: ${problems.join(', ')}.`;
  else if (dirty) message = 'You have unsaved changes.';

  return (
    <section
      ref={panelRef}
      className="card item-editor side-panel"
      aria-labelledby={headingId}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) onClose();
      }}
    >
      <header className="item-editor-head">
        <div>
          <h2 id={headingId}>Edit {item.name}</h2>
          <p>
            Now {formatMoney(item.price, currency)}
            {item.inStock ? '' : ' · 86’d'}
          </p>
        </div>
        <CloseButton label={`Close the editor of ${item.name}`} onClick={onClose} />
      </header>
      <div className="item-editor-fields">
        <TextField
          label="Name"
          value={draft.name}
          onChange={(name) => edit({ name }, 'name')}
          onBlur={() => touch('name')}
          error={errorFor('name')}
        />
        <TextAreaField
          label="Description"
          value={draft.description}
          onChange={(description) => edit({ description }, 'description')}
          onBlur={() => touch('description')}
          error={errorFor('description')}
          rows={2}
        />
        <div className="item-editor-row">
          <TextField
            label={`Price (${currency})`}
            value={draft.price}
            onChange={(price) => edit({ price }, 'price')}
            onBlur={() => touch('price')}
            error={errorFor('price')}
            inputMode="decimal"
            width="short"
          />
          <div className="switch-field item-editor-stock">
            <span id={`${headingId}-stock`} className="field-label">
              In stock
            </span>
            <Switch
              checked={draft.inStock}
              labelledBy={`${headingId}-stock`}
              onText="In stock"
              offText="86’d"
              onChange={(inStock) => edit({ inStock }, 'inStock')}
            />
          </div>
        </div>
        {item.modifierGroups.length > 0 ? (
          <p className="field-hint">
            Modifiers:{' '}
            {item.modifierGroups
              .map(
                (group) =>
                  `${group.name} (${group.options.length === 1 ? '1 option' : `${group.options.length} options`})`,
              )
              .join(', ')}
          </p>
        ) : null}
      </div>
      <footer className="item-editor-foot">
        <WhoWillReceive eventTypes={itemEvents} />
        <div className="item-editor-actions">
          <p className={`item-editor-message${saveError || (dirty && !valid) ? ' item-editor-problem' : ''}`}>
            {message}
          </p>
          <span role="status" className="item-editor-saved">
            {savedJustNow && !dirty ? '✓ Saved' : ''}
          </span>
          <button type="button" className="button" disabled={!dirty || saving} onClick={onDiscard}>
            Discard
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={!dirty || !valid || saving}
            onClick={() => void onSave()}
          >
            {saving ? 'Saving…' : 'Save'}
          </button>
        </div>
      </footer>
    </section>
  );
}
