import { useEffect, useId, useState } from 'react';
import { lineInputSchema, type Check } from '../../../../shared/domain/checks';
import type { EventType } from '../../../../shared/domain/event-types';
import type { MenuItem } from '../../../../shared/domain/menu';
import { showMoney } from '../../forms/show-money';
import { Dialog } from '../../components/dialog';
import { TextField } from '../../components/text-field';
import { WhoWillReceive } from '../../components/who-will-receive';
import { fieldErrorsFrom } from '../../forms/field-errors';
import { useAppStore } from '../../store/store-context';
import { choiceProblem } from '../../../../shared/domain/modifier-rules';
import { checkTitle } from './check-words';
import { ModifierChoices } from './modifier-choices';
import { ErrorAlert } from '../../components/error-alert';

const updateEvents: readonly EventType[] = ['order.updated'];

/** Adds an item from the menu with its modifiers; 86'd items are listed but cannot be chosen. */
export function AddItemDialog({ check, onClose }: { check: Check; onClose: () => void }) {
  const summaries = useAppStore((state) => state.menus.summaries);
  const loadMenus = useAppStore((state) => state.loadMenus);
  const loadMenu = useAppStore((state) => state.loadMenu);
  const addLine = useAppStore((state) => state.addCheckLine);
  const [menuId, setMenuId] = useState<string | null>(null);
  const chosenMenuId = menuId ?? summaries[0]?.id ?? null;
  const menu = useAppStore((state) => (chosenMenuId ? state.menus.byId[chosenMenuId] : undefined));
  const [itemId, setItemId] = useState('');
  const [options, setOptions] = useState<Record<string, string[]>>({});
  const [quantity, setQuantity] = useState('1');
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    void loadMenus();
  }, [loadMenus]);
  useEffect(() => {
    if (chosenMenuId && !menu) void loadMenu(chosenMenuId);
  }, [chosenMenuId, menu, loadMenu]);

  const item: MenuItem | undefined = menu?.categories
    .flatMap((category) => category.items)
    .find((known) => known.id === itemId);
  const groupErrors = Object.fromEntries(
    (item?.modifierGroups ?? []).map((group) => [
      group.id,
      choiceProblem(group, options[group.id]?.length ?? 0) ?? undefined,
    ]),
  );
  const quantityNumber = /^\s*\d+\s*$/.test(quantity) ? Number(quantity) : Number.NaN;
  const parsed = lineInputSchema.safeParse({
    itemId,
    quantity: quantityNumber,
    optionIds: Object.values(options).flat(),
    notes,
  });
  const errors = parsed.success ? {} : fieldErrorsFrom(parsed.error.issues, ['itemId', 'quantity', 'notes']);
  if (errors.quantity && Number.isNaN(quantityNumber)) errors.quantity = 'Enter a whole number, 1–99.';
  const valid =
    parsed.success && item !== undefined && Object.values(groupErrors).every((message) => message === undefined);

  const submit = async (): Promise<void> => {
    if (!valid || !parsed.success) return;
    setBusy(true);
    const result = await addLine({ checkId: check.id, ...parsed.data });
    setBusy(false);
    if (result.ok) onClose();
    else setError(`Not added: ${result.error.message}`);
  };

  const chooseItem = (next: string): void => {
    setItemId(next);
    setOptions({});
    setError(null);
  };

  return (
    <Dialog
      title={`Add item to ${checkTitle(check)}`}
      size="large"
      onClose={onClose}
      footer={
        <>
          <WhoWillReceive eventTypes={updateEvents} orderSource={check.source} />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={busy || !valid}
            onClick={() => void submit()}
          >
            Add to check
          </button>
        </>
      }
    >
      <div className="dialog-fields">
        {summaries.length > 1 ? (
          <div className="field">
            <label className="field-label" htmlFor={`${id}-menu`}>
              Menu
            </label>
            <select
              id={`${id}-menu`}
              className="input"
              value={chosenMenuId ?? ''}
              onChange={(event) => {
                setMenuId(event.target.value);
                chooseItem('');
              }}
            >
              {summaries.map((summary) => (
                <option key={summary.id} value={summary.id}>
                  {summary.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label className="field-label" htmlFor={`${id}-item`}>
            Item
          </label>
          <select
            id={`${id}-item`}
            className="input"
            value={itemId}
            onChange={(event) => chooseItem(event.target.value)}
            disabled={!menu}
          >
            <option value="">{menu ? 'Choose an item…' : 'Loading the menu…'}</option>
            {menu?.categories.map((category) => (
              <optgroup key={category.id} label={category.name}>
                {category.items.map((option) => (
                  <option key={option.id} value={option.id} disabled={!option.inStock}>
                    {option.name} — {showMoney(option.price, menu.currency)}
                    {option.inStock ? '' : ' (86’d)'}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        {item && menu
          ? item.modifierGroups.map((group) => (
              <ModifierChoices
                key={group.id}
                group={group}
                currency={menu.currency}
                chosen={options[group.id] ?? []}
                onChange={(chosen) => setOptions({ ...options, [group.id]: chosen })}
                error={groupErrors[group.id]}
              />
            ))
          : null}
        <div className="dialog-row">
          <TextField
            label="Quantity"
            value={quantity}
            onChange={setQuantity}
            error={errors.quantity}
            inputMode="numeric"
            width="short"
          />
          <TextField
            label="Notes"
            value={notes}
            onChange={setNotes}
            error={errors.notes}
            placeholder="e.g. no onions"
          />
        </div>
        <ErrorAlert message={error} />
      </div>
    </Dialog>
  );
}
