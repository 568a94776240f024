import {
  orderHookKinds,
  orderHooksInputSchema,
  type OrderHook,
  type OrderHookKind,
  type OrderHooksInput,
  type OrderHooksView,
} from '../../../../shared/domain/order-hooks';
import type { SecretView } from '../../../../shared/domain/secrets';
import { fieldErrorsFrom, type FieldErrors } from '../../forms/field-errors';
import { headerPairErrors } from '../../forms/header-pair';
import { secretChange, secretDraftChanged, untouchedSecret, type SecretDraft } from '../../forms/secret-draft';

/** The Order Webhook Settings form as the operator is editing it. */
export interface OrderHooksDraft {
  apiKey: string;
  value: SecretDraft;
  hooks: Record<OrderHookKind, OrderHook>;
  thirdOrderActive: boolean;
}

type FieldKey = `requestHeader.${'apiKey' | 'value'}` | `${OrderHookKind}.${'url' | 'enabled'}` | 'thirdOrderActive';

/** Field keys, named after the input's paths so zod and server issues map straight onto them. */
export const orderHooksFields = [
  'requestHeader.apiKey',
  'requestHeader.value',
  'openOrder.url',
  'updateOrder.url',
  'closeOrder.url',
  'openOrder.enabled',
  'updateOrder.enabled',
  'closeOrder.enabled',
  'thirdOrderActive',
] as const satisfies readonly FieldKey[];

export function draftFromView(view: OrderHooksView): OrderHooksDraft {
  return {
    apiKey: view.requestHeader.apiKey,
    value: untouchedSecret,
    hooks: {
      openOrder: { ...view.openOrder },
      updateOrder: { ...view.updateOrder },
      closeOrder: { ...view.closeOrder },
    },
    thirdOrderActive: view.thirdOrderActive,
  };
}

export function inputFromDraft(draft: OrderHooksDraft): OrderHooksInput {
  return {
    requestHeader: { apiKey: draft.apiKey, value: secretChange(draft.value) },
    openOrder: draft.hooks.openOrder,
    updateOrder: draft.hooks.updateOrder,
    closeOrder: draft.hooks.closeOrder,
    thirdOrderActive: draft.thirdOrderActive,
  };
}

/** How each field is named when the save bar lists what still needs fixing. */
export const orderHooksFieldLabels: Record<(typeof orderHooksFields)[number], string> = {
  'requestHeader.apiKey': 'API Key',
  'requestHeader.value': 'Value',
  'openOrder.url': 'Open Order URL',
  'updateOrder.url': 'Update Order URL',
  'closeOrder.url': 'Close Order URL',
  'openOrder.enabled': 'Open Order Enabled',
  'updateOrder.enabled': 'Update Order Enabled',
  'closeOrder.enabled': 'Close Order Enabled',
  thirdOrderActive: '3rd Order Web Hooks is Active',
};

/** The same rules the core applies, so Save is only offered for what the core will accept. */
export function validateDraft(draft: OrderHooksDraft, savedValue: SecretView): FieldErrors {
  const parsed = orderHooksInputSchema.safeParse(inputFromDraft(draft));
  const errors = parsed.success ? {} : fieldErrorsFrom(parsed.error.issues, orderHooksFields);
  const pair = headerPairErrors(
    draft.apiKey,
    draft.value,
    savedValue,
    { name: 'requestHeader.apiKey', value: 'requestHeader.value' },
    {
      needsValue: 'Enter the Value the partner gave you, or clear the API Key.',
      needsName: 'Enter the API Key (the header name) this Value is sent under, or clear the Value.',
    },
  );
  // Schema messages (e.g. a reserved header name) are more specific; keep them.
  return { ...pair, ...errors };
}

export function draftIsDirty(draft: OrderHooksDraft, view: OrderHooksView): boolean {
  return (
    draft.apiKey !== view.requestHeader.apiKey ||
    secretDraftChanged(draft.value) ||
    draft.thirdOrderActive !== view.thirdOrderActive ||
    orderHookKinds.some(
      (kind) => draft.hooks[kind].url !== view[kind].url || draft.hooks[kind].enabled !== view[kind].enabled,
    )
  );
}

/**
 * The hooks a save changes how webhooks reach: every sending hook when the Request
 * Header (API Key or Value) changed, else those whose URL changed. What an operator
 * fixes after an outage, so the page then offers to send what is still undelivered.
 */
export function hooksSendingDifferently(input: OrderHooksInput, before: OrderHooksView): OrderHookKind[] {
  const headerChanged =
    input.requestHeader.apiKey !== before.requestHeader.apiKey || input.requestHeader.value.action !== 'keep';
  return orderHookKinds.filter(
    (kind) => input[kind].enabled && input[kind].url !== '' && (headerChanged || input[kind].url !== before[kind].url),
  );
}
