import { useEffect, useId, useMemo, useState } from 'react';
import type { FieldIssue } from '../../../../shared/contract';
import type { MenuItem, MenuItemInput } from '../../../../shared/domain/menu';
import { CloseButton } from '../../components/close-button';
import { MoneyField } from '../../components/money-field';
import { ScaleChangeConfirm } from '../../components/scale-change-confirm';
import { Switch } from '../../components/switch';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { WhoWillReceive } from '../../components/who-will-receive';
import { fieldErrorsFrom, hasErrors, unplacedIssues, type FieldErrors } from '../../forms/field-errors';
import { priceSpec } from '../../forms/money';
import { scaleChange, type ScaleChange } from '../../forms/scale-change';
import { showMoney } from '../../forms/show-money';
import { useTouched } from '../../forms/use-touched';
import { userLocale } from '../../forms/user-locale';
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
import { itemEvents } from './item-events';
import './item-editor.css';

interface ItemEditorProps {
  item: MenuItem;
  currency: string;
  /** Tells the page whether leaving this item would lose edits. */
  onDirtyChange: (dirty: boolean) => void;
  /** The × and Escape: the page asks first when there are unsaved edits. */
  onClose: () => void;
}

/**
 * Edits one item: name, description, price (typed as a decimal in the user's locale,
 * saved as minor units), in stock. A price that changes scale is asked about first.
 */
export function ItemEditor({ item, currency, onDirtyChange, onClose }: ItemEditorProps) {
  const panelRef = usePanelFocus<HTMLElement>();
  const save = useAppStore((state) => state.saveMenuItem);
  const locale = userLocale();
  const money = useMemo(() => priceSpec(currency, locale), [currency, locale]);
  const [draft, setDraft] = useState<ItemDraft>(() => draftFromItem(item, money));
  const [baseline, setBaseline] = useState(item);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [savedJustNow, setSavedJustNow] = useState(false);
  const [scaleQuestion, setScaleQuestion] = useState<{ input: MenuItemInput; change: ScaleChange } | null>(null);
  const { touched, touch, reset: resetTouched } = useTouched();
  const headingId = useId();

  // Changed elsewhere (a bulk 86, another window): take it unless the operator has edits pending.
  if (item !== baseline) {
    setBaseline(item);
    if (!itemDraftIsDirty(draft, baseline, money)) setDraft(draftFromItem(item, money));
  }

  const dirty = itemDraftIsDirty(draft, item, money);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  const errors = useMemo(() => validateItemDraft(draft, item, money), [draft, item, money]);
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
    const input = inputFromDraft(draft, item, money);
    if (!valid || !input) return;
    const change = scaleChange(item.price, input.price);
    if (change) setScaleQuestion({ input, change });
    else await send(input);
  };

  const send = async (input: MenuItemInput): Promise<void> => {
    setSaving(true);
    const result = await save(input);
    setSaving(false);
    if (result.ok) {
      setDraft(draftFromItem(result.value, money));
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
    setDraft(draftFromItem(item, money));
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
            Now {showMoney(item.price, currency)}
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
          <MoneyField
            label={`Price (${currency})`}
            currency={currency}
            value={draft.price}
            onChange={(price) => edit({ price }, 'price')}
            onBlur={() => touch('price')}
            error={errorFor('price')}
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
      {scaleQuestion ? (
        <ScaleChangeConfirm
          changes={[
            {
              id: item.id,
              name: item.name,
              old: item.price,
              next: scaleQuestion.input.price,
              change: scaleQuestion.change,
            },
          ]}
          currency={currency}
          eventTypes={itemEvents}
          confirmLabel="Change the price"
          onClose={() => setScaleQuestion(null)}
          onConfirm={async () => {
            await send(scaleQuestion.input);
            setScaleQuestion(null);
            return null;
          }}
        />
      ) : null}
    </section>
  );
}
