import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import type { FieldIssue } from '../../../../shared/contract';
import type { Menu, MenuItem, MenuItemInput } from '../../../../shared/domain/menu';
import { CloseButton } from '../../components/close-button';
import { MoneyField } from '../../components/money-field';
import { ScaleChangeConfirm } from '../../components/scale-change-confirm';
import { Switch } from '../../components/switch';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { WhoWillReceive } from '../../components/who-will-receive';
import { fieldErrorsFrom, hasErrors, unplacedIssues, type FieldErrors } from '../../forms/field-errors';
import { priceSpec } from '../../forms/money';
import type { PriceScaleChange } from '../../forms/scale-change';
import { showMoney } from '../../forms/show-money';
import { useDraftOfSaved } from '../../forms/use-draft-of-saved';
import { useTouched } from '../../forms/use-touched';
import { userLocale } from '../../forms/user-locale';
import { usePanelFocus } from '../../components/use-panel-focus';
import { useAppStore } from '../../store/store-context';
import '../../components/side-panel.css';
import { useStoreClock } from '../../time/use-store-clock';
import { CategorySelect } from './category-select';
import { ItemPictureField } from './item-picture-field';
import {
  draftFields,
  draftFromItem,
  inputFromDraft,
  itemDraftIsDirty,
  itemDraftOfSaved,
  newItemDraft,
  problemsOf,
  validateItemDraft,
  type ItemDraft,
} from './item-draft';
import { itemEvents } from './item-events';
import { itemScaleChanges } from './item-scale-changes';
import { newItemEvents } from './menu-events';
import { ModifierGroupsEditor } from './modifier-groups-editor';
import './item-editor.css';
import './item-editor-layout.css';

interface ItemEditorProps {
  /** The item to edit, or null for a new one in `categoryId`. */
  item: MenuItem | null;
  categoryId: string;
  /** The item's menu: its categories, the currency and the store's zone. */
  menu: Menu;
  /** Tells the page whether leaving this item would lose edits. */
  onDirtyChange: (dirty: boolean) => void;
  /** After a save: a new item is edited as itself from then on. */
  onSaved: (item: MenuItem) => void;
  /** The ×, Escape, and discarding a new item: the page asks first when there are unsaved edits. */
  onClose: () => void;
  /** Duplicate / delete, beside the title. */
  actions?: ReactNode;
}

/**
 * Edits one item — name, description, category, price (typed as a decimal in the
 * user's locale, saved as minor units), in stock, picture and modifier groups —
 * or adds a new one. A price that changes scale is asked about first.
 */
export function ItemEditor({ item, categoryId, menu, onDirtyChange, onSaved, onClose, actions }: ItemEditorProps) {
  const panelRef = usePanelFocus<HTMLElement>();
  const clock = useStoreClock();
  const save = useAppStore((state) => state.saveMenuItem);
  const locale = userLocale();
  const { currency } = menu;
  const money = useMemo(() => priceSpec(currency, locale), [currency, locale]);
  const baseline = useMemo(
    () => (item ? draftFromItem(item, money) : newItemDraft(categoryId)),
    [item, categoryId, money],
  );
  const draftOf = useMemo(() => itemDraftOfSaved(money), [money]);
  // Changed elsewhere (a bulk 86, another window): followed unless the operator has edits pending.
  const { draft, setDraft, adopt } = useDraftOfSaved(baseline, draftOf);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [savedJustNow, setSavedJustNow] = useState(false);
  const [scaleQuestion, setScaleQuestion] = useState<{ input: MenuItemInput; changes: PriceScaleChange[] } | null>(
    null,
  );
  const { touched, touch, reset: resetTouched } = useTouched();
  const headingId = useId();

  const dirty = item === null || itemDraftIsDirty(draft, baseline, money);
  useEffect(() => onDirtyChange(item !== null && dirty), [item, dirty, onDirtyChange]);
  const errors = useMemo(() => validateItemDraft(draft, money), [draft, money]);
  const valid = !hasErrors(errors);
  const errorFor = (field: string): string | undefined =>
    serverErrors[field] ?? (touched.has('all') || touched.has(field) ? errors[field] : undefined);
  const problems = problemsOf(errors, draft);

  const edit = (patch: Partial<ItemDraft>): void => {
    setDraft({ ...draft, ...patch });
    setSavedJustNow(false);
    setSaveError(null);
    setServerErrors({});
  };

  const onSave = async (): Promise<void> => {
    touch('all');
    const input = inputFromDraft(draft, item?.id, money);
    if (!valid || !input) return;
    const changes = itemScaleChanges(item, input);
    if (changes.length > 0) setScaleQuestion({ input, changes });
    else await send(input);
  };

  const send = async (input: MenuItemInput): Promise<void> => {
    setSaving(true);
    const result = await save(input);
    setSaving(false);
    if (result.ok) {
      adopt(draftFromItem(result.value, money));
      setServerErrors({});
      resetTouched();
      setSavedJustNow(true);
      onSaved(result.value);
      return;
    }
    const issues: FieldIssue[] = result.error.issues ?? [];
    const fields = draftFields(draft);
    setServerErrors(fieldErrorsFrom(issues, fields));
    const unplaced = unplacedIssues(issues, fields);
    setSaveError(
      issues.length > 0 && unplaced.length === 0
        ? 'The Integration Hub did not accept some fields; see the messages above.'
        : `Not saved: ${unplaced[0]?.message ?? result.error.message}`,
    );
  };

  const onDiscard = (): void => {
    if (!item) {
      onClose();
      return;
    }
    adopt(baseline);
    setServerErrors({});
    setSaveError(null);
    resetTouched();
  };

  let message: string | null = null;
  if (saveError) message = saveError;
  else if (dirty && !valid) message = `Fix before saving: ${problems.join(', ')}.`;
  else if (dirty && item) message = 'You have unsaved changes.';

  const categoryName = menu.categories.find((c) => c.id === draft.categoryId)?.name ?? '';
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
        <div className="item-editor-title">
          <h2 id={headingId}>{item ? `Edit ${item.name}` : `New item in ${categoryName}`}</h2>
          {item ? (
            <p>
              Now {showMoney(item.price, currency)}
              {item.inStock ? '' : ' · 86’d'}
              {item.backInStockAt ? ` until ${clock.planned(item.backInStockAt)}` : ''}
            </p>
          ) : (
            <p>Partners are told when you save.</p>
          )}
        </div>
        {actions}
        <CloseButton label={item ? `Close the editor of ${item.name}` : 'Close the new item'} onClick={onClose} />
      </header>
      <div className="item-editor-fields">
        <TextField
          label="Name"
          value={draft.name}
          onChange={(name) => edit({ name })}
          onBlur={() => touch('name')}
          error={errorFor('name')}
          autoFocus={item === null}
        />
        <TextAreaField
          label="Description"
          value={draft.description}
          onChange={(description) => edit({ description })}
          onBlur={() => touch('description')}
          error={errorFor('description')}
          rows={2}
        />
        <CategorySelect
          categories={menu.categories}
          value={draft.categoryId}
          onChange={(next) => edit({ categoryId: next })}
          error={errorFor('categoryId')}
        />
        <div className="item-editor-row">
          <MoneyField
            label={`Price (${currency})`}
            currency={currency}
            value={draft.price}
            onChange={(price) => edit({ price })}
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
              onChange={(inStock) => edit({ inStock })}
            />
          </div>
        </div>
        <ItemPictureField
          value={draft.imageUrl}
          itemName={draft.name}
          onChange={(imageUrl) => edit({ imageUrl })}
          onBlur={() => touch('imageUrl')}
          error={errorFor('imageUrl')}
        />
        <ModifierGroupsEditor
          groups={draft.groups}
          currency={currency}
          money={money}
          onChange={(groups) => edit({ groups })}
          errorFor={errorFor}
          touch={touch}
        />
      </div>
      <footer className="item-editor-foot">
        <WhoWillReceive eventTypes={item ? itemEvents : newItemEvents} />
        <div className="item-editor-actions">
          <p className={`item-editor-message${saveError || (dirty && !valid) ? ' item-editor-problem' : ''}`}>
            {message}
          </p>
          <span role="status" className="item-editor-saved">
            {savedJustNow && !dirty ? '✓ Saved' : ''}
          </span>
          <button type="button" className="button" disabled={(item !== null && !dirty) || saving} onClick={onDiscard}>
            {item ? 'Discard' : 'Cancel'}
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={!dirty || !valid || saving}
            onClick={() => void onSave()}
          >
            {saving ? 'Saving…' : item ? 'Save' : 'Add item'}
          </button>
        </div>
      </footer>
      {scaleQuestion ? (
        <ScaleChangeConfirm
          changes={scaleQuestion.changes}
          currency={currency}
          eventTypes={itemEvents}
          confirmLabel={scaleQuestion.changes.length === 1 ? 'Change the price' : 'Change the prices'}
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
