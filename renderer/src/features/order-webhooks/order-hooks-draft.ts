import {
  orderHookKinds,
  orderHooksInputSchema,
  type OrderHook,
  type OrderHookKind,
  type OrderHooksInput,
  type OrderHooksView,
} from '../../../../shared/domain/order-hooks';
import { fieldErrorsFrom, type FieldErrors } from '../../forms/field-errors';
import { secretChange, secretDraftChanged, untouchedSecret, type SecretDraft } from '../../forms/secret-draft';

/** The Order Webhook Settings form as the operator is editing it. */
export interface OrderHooksDraft {
  apiKey: string;
  value: SecretDraft;
  hooks: Record<OrderHookKind, OrderHook>;
  thirdOrderActive: boolean;
}

/** Field keys, named after the input's paths so zod and server issues map straight onto them. */
export const orderHooksFields = [
  'requestHeader.apiKey',
  'requestHeader.value',
  ...orderHookKinds.map((kind) => `${kind}.url`),
  ...orderHookKinds.map((kind) => `${kind}.enabled`),
  'thirdOrderActive',
] as const;

export function draftFromView(view: OrderHooksView): OrderHooksDraft {
  return {
    apiKey: view.requestHeader.apiKey,
    value: untouchedSecret,
    hooks: { openOrder: { ...view.openOrder }, updateOrder: { ...view.updateOrder }, closeOrder: { ...view.closeOrder } },
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

/** The same rules the core applies, so Save is only offered for what the core will accept. */
export function validateDraft(draft: OrderHooksDraft): FieldErrors {
  const parsed = orderHooksInputSchema.safeParse(inputFromDraft(draft));
  return parsed.success ? {} : fieldErrorsFrom(parsed.error.issues, orderHooksFields);
}

export function draftIsDirty(draft: OrderHooksDraft, view: OrderHooksView): boolean {
  return (
    draft.apiKey !== view.requestHeader.apiKey ||
    secretDraftChanged(draft.value) ||
    draft.thirdOrderActive !== view.thirdOrderActive ||
    orderHookKinds.some((kind) => draft.hooks[kind].url !== view[kind].url || draft.hooks[kind].enabled !== view[kind].enabled)
  );
}
