import { useMemo, useState } from 'react';
import type { FieldIssue } from '../../../../shared/contract';
import { hookDestinationId } from '../../../../shared/domain/destinations';
import { orderHookKinds, orderHookLabels, type OrderHooksView } from '../../../../shared/domain/order-hooks';
import { UnsavedChangesPrompt } from '../../components/unsaved-changes-prompt';
import { fieldErrorsFrom, hasErrors, unplacedIssues, type FieldErrors } from '../../forms/field-errors';
import { useTouched } from '../../forms/use-touched';
import { useAppStore } from '../../store/store-context';
import { HookSection } from './hook-section';
import { nextOffer, UndeliveredOffer, type UndeliveredOfferFor } from '../deliveries/undelivered-offer';
import {
  draftFromView,
  draftIsDirty,
  hooksSendingDifferently,
  inputFromDraft,
  orderHooksFieldLabels,
  orderHooksFields,
  validateDraft,
  type OrderHooksDraft,
} from './order-hooks-draft';
import { RequestHeaderSection } from './request-header-section';
import { SaveBar } from '../../components/save-bar';
import { ThirdOrderSection } from './third-order-section';
import '../../components/settings-groups.css';

/** The editable page. The draft lives here; the store only holds what the core saved. */
export function OrderHooksForm({ view }: { view: OrderHooksView }) {
  const save = useAppStore((state) => state.saveOrderHooks);
  const [draft, setDraft] = useState<OrderHooksDraft>(() => draftFromView(view));
  const [baseline, setBaseline] = useState(view);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [savedJustNow, setSavedJustNow] = useState(false);
  const { touched, touch, reset: resetTouched } = useTouched();
  /** After fixing a URL or the Request Header: the offer to send what is still undelivered to those hooks. */
  const [offer, setOffer] = useState<UndeliveredOfferFor | null>(null);

  const dirty = draftIsDirty(draft, view);
  // Saved elsewhere (another window): take it when the operator has nothing pending; never clobber their edits.
  if (view !== baseline) {
    setBaseline(view);
    if (!draftIsDirty(draft, baseline)) setDraft(draftFromView(view));
  }

  const savedValue = view.requestHeader.value;
  const errors = useMemo(() => validateDraft(draft, savedValue), [draft, savedValue]);
  const valid = !hasErrors(errors);
  const problems = orderHooksFields
    .filter((field) => errors[field] !== undefined)
    .map((field) => orderHooksFieldLabels[field]);
  const errorFor = (field: string): string | undefined =>
    serverErrors[field] ?? (touched.has(field) ? errors[field] : undefined);

  const edit = (next: OrderHooksDraft, changedFields: string[]): void => {
    setDraft(next);
    setSavedJustNow(false);
    setSaveError(null);
    if (changedFields.some((field) => serverErrors[field])) {
      setServerErrors((previous) =>
        Object.fromEntries(Object.entries(previous).filter(([key]) => !changedFields.includes(key))),
      );
    }
  };

  const onSave = async (): Promise<void> => {
    touch(...orderHooksFields);
    if (!valid) return;
    setSaving(true);
    const input = inputFromDraft(draft);
    const result = await save(input);
    setSaving(false);
    if (result.ok) {
      const fixed = hooksSendingDifferently(input, baseline).map((kind) => ({
        id: hookDestinationId(kind),
        name: orderHookLabels[kind],
      }));
      setOffer((previous) => nextOffer(previous, fixed));
      setDraft(draftFromView(result.value));
      setBaseline(result.value);
      setServerErrors({});
      resetTouched();
      setSavedJustNow(true);
      return;
    }
    const issues: FieldIssue[] = result.error.issues ?? [];
    setServerErrors(fieldErrorsFrom(issues, orderHooksFields));
    const unplaced = unplacedIssues(issues, orderHooksFields);
    setSaveError(
      issues.length > 0 && unplaced.length === 0
        ? 'The Integration Hub did not accept some fields; see the messages above.'
        : `Not saved: ${unplaced[0]?.message ?? result.error.message}`,
    );
  };

  const onDiscard = (): void => {
    setDraft(draftFromView(view));
    setServerErrors({});
    setSaveError(null);
    resetTouched();
  };

  return (
    <>
      <div className="page-body">
        {offer ? (
          <UndeliveredOffer key={offer.save} destinations={offer.destinations} onClose={() => setOffer(null)} />
        ) : null}
        <RequestHeaderSection
          apiKey={draft.apiKey}
          value={draft.value}
          savedValue={view.requestHeader.value}
          errorFor={errorFor}
          onApiKey={(apiKey) => edit({ ...draft, apiKey }, ['requestHeader.apiKey'])}
          onValue={(value) => {
            edit({ ...draft, value }, ['requestHeader.value', 'requestHeader.apiKey']);
            // Clearing is a click, not typing: say at once what it leaves unpaired.
            if (value.clear) touch('requestHeader.value', 'requestHeader.apiKey');
          }}
          touch={touch}
        />
        {orderHookKinds.map((kind) => (
          <HookSection
            key={kind}
            kind={kind}
            hook={draft.hooks[kind]}
            savedUrl={view[kind].url}
            dirty={dirty}
            urlError={errorFor(`${kind}.url`)}
            onChange={(hook) =>
              edit({ ...draft, hooks: { ...draft.hooks, [kind]: hook } }, [`${kind}.url`, `${kind}.enabled`])
            }
            touchUrl={() => touch(`${kind}.url`)}
          />
        ))}
        <ThirdOrderSection
          active={draft.thirdOrderActive}
          openOrderUrl={draft.hooks.openOrder.url}
          onChange={(thirdOrderActive) => edit({ ...draft, thirdOrderActive }, ['thirdOrderActive'])}
        />
      </div>
      <SaveBar
        dirty={dirty}
        valid={valid}
        problems={problems}
        saving={saving}
        savedJustNow={savedJustNow}
        error={saveError}
        onSave={() => void onSave()}
        onDiscard={onDiscard}
      />
      <UnsavedChangesPrompt when={dirty} />
    </>
  );
}
