import type { EventType } from '../../../../shared/domain/event-types';
import { eventTypes } from '../../../../shared/domain/event-types';
import {
  partnerInputSchema,
  partnerRateLimitRange,
  partnerTimeoutRange,
  type PartnerInput,
  type PartnerView,
} from '../../../../shared/domain/partners';
import { defaultOrderDeadlines } from '../../../../shared/domain/order-deadlines';
import type { SecretView } from '../../../../shared/domain/secrets';
import { fieldErrorsFrom, type FieldErrors } from '../../forms/field-errors';
import { headerPairErrors } from '../../forms/header-pair';
import { secretChange, secretDraftChanged, untouchedSecret, type SecretDraft } from '../../forms/secret-draft';

export type SigningSecretAction = PartnerInput['signingSecret'];

/** The partner form as the operator is editing it; numbers stay text until saved. */
export interface PartnerDraft {
  name: string;
  url: string;
  enabled: boolean;
  eventTypes: EventType[];
  headerName: string;
  headerValue: SecretDraft;
  signingSecret: SigningSecretAction;
  timeoutSeconds: string;
  rateLimitPerSecond: string;
  /** Order deadlines (#14), in minutes. */
  createdMinutes: string;
  otherMinutes: string;
}

/** Field keys named after the input's paths, so zod and server issues land on them. */
export const partnerFields = [
  'name',
  'url',
  'enabled',
  'eventTypes',
  'header.name',
  'header.value',
  'signingSecret',
  'timeoutSeconds',
  'rateLimitPerSecond',
  'orderDeadlines.createdMinutes',
  'orderDeadlines.otherMinutes',
] as const;

/** How the form names each field when it lists what still needs fixing. */
export const partnerFieldLabels: Record<(typeof partnerFields)[number], string> = {
  name: 'Name',
  url: 'URL',
  enabled: 'Enabled',
  eventTypes: 'Events',
  'header.name': 'Header name',
  'header.value': 'Header value',
  signingSecret: 'Signing secret',
  timeoutSeconds: 'Timeout',
  rateLimitPerSecond: 'Rate limit',
  'orderDeadlines.createdMinutes': 'New order deadline',
  'orderDeadlines.otherMinutes': 'Order change deadline',
};

export function newPartnerDraft(): PartnerDraft {
  return {
    name: '',
    url: '',
    enabled: true,
    eventTypes: [],
    headerName: '',
    headerValue: untouchedSecret,
    signingSecret: 'keep',
    timeoutSeconds: String(partnerTimeoutRange.default),
    rateLimitPerSecond: String(partnerRateLimitRange.default),
    createdMinutes: String(defaultOrderDeadlines.createdMinutes),
    otherMinutes: String(defaultOrderDeadlines.otherMinutes),
  };
}

const knownEventType = (type: string): type is EventType => (eventTypes as readonly string[]).includes(type);

export function draftFromPartner(partner: PartnerView): PartnerDraft {
  return {
    name: partner.name,
    url: partner.url,
    enabled: partner.enabled,
    // The core may know event types this build does not; the form can only offer known ones.
    eventTypes: partner.eventTypes.filter(knownEventType),
    headerName: partner.header.name,
    headerValue: untouchedSecret,
    signingSecret: 'keep',
    timeoutSeconds: String(partner.timeoutSeconds),
    rateLimitPerSecond: String(partner.rateLimitPerSecond),
    createdMinutes: String(partner.orderDeadlines.createdMinutes),
    otherMinutes: String(partner.orderDeadlines.otherMinutes),
  };
}

/** `''` and `'abc'` become NaN, which the schema rejects; the form words that message itself. */
function toNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

export function inputFromDraft(draft: PartnerDraft): PartnerInput {
  return {
    name: draft.name,
    url: draft.url.trim(),
    enabled: draft.enabled,
    // Keep the catalog's order so the saved list reads the same way the form does.
    eventTypes: eventTypes.filter((type) => draft.eventTypes.includes(type)),
    header: { name: draft.headerName, value: secretChange(draft.headerValue) },
    signingSecret: draft.signingSecret,
    timeoutSeconds: toNumber(draft.timeoutSeconds),
    rateLimitPerSecond: toNumber(draft.rateLimitPerSecond),
    orderDeadlines: { createdMinutes: toNumber(draft.createdMinutes), otherMinutes: toNumber(draft.otherMinutes) },
  };
}

export function validatePartnerDraft(draft: PartnerDraft, savedHeaderValue: SecretView): FieldErrors {
  const parsed = partnerInputSchema.safeParse(inputFromDraft(draft));
  const pair = headerPairErrors(
    draft.headerName,
    draft.headerValue,
    savedHeaderValue,
    { name: 'header.name', value: 'header.value' },
    {
      needsValue: 'Enter the header value, or clear the header name.',
      needsName: 'Enter the header name this value is sent under, or clear the value.',
    },
  );
  // Schema messages (e.g. a reserved header name) are more specific; keep them.
  const errors = { ...pair, ...(parsed.success ? {} : fieldErrorsFrom(parsed.error.issues, partnerFields)) };
  // zod's "expected number, received NaN" is not for operators.
  if (Number.isNaN(toNumber(draft.timeoutSeconds))) errors.timeoutSeconds = 'Enter a number of seconds.';
  if (Number.isNaN(toNumber(draft.rateLimitPerSecond)))
    errors.rateLimitPerSecond = 'Enter a number of requests a second.';
  if (Number.isNaN(toNumber(draft.createdMinutes)))
    errors['orderDeadlines.createdMinutes'] = 'Enter a number of minutes.';
  if (Number.isNaN(toNumber(draft.otherMinutes))) errors['orderDeadlines.otherMinutes'] = 'Enter a number of minutes.';
  return errors;
}

export function partnerDraftIsDirty(draft: PartnerDraft, initial: PartnerDraft): boolean {
  return (
    draft.name !== initial.name ||
    draft.url !== initial.url ||
    draft.enabled !== initial.enabled ||
    [...draft.eventTypes].sort().join() !== [...initial.eventTypes].sort().join() ||
    draft.headerName !== initial.headerName ||
    secretDraftChanged(draft.headerValue) ||
    draft.signingSecret !== 'keep' ||
    draft.timeoutSeconds !== initial.timeoutSeconds ||
    draft.rateLimitPerSecond !== initial.rateLimitPerSecond ||
    draft.createdMinutes !== initial.createdMinutes ||
    draft.otherMinutes !== initial.otherMinutes
  );
}

/**
 * Whether a saved edit changes how webhooks reach the partner (URL, header, signing
 * secret, timeout): what an operator fixes after an outage, so the page then offers
 * to send what is still undelivered. A rename or new subscriptions fix nothing.
 */
export function changesHowItSends(input: PartnerInput, before: PartnerView): boolean {
  return (
    input.url !== before.url ||
    input.header.name !== before.header.name ||
    input.header.value.action !== 'keep' ||
    input.signingSecret !== 'keep' ||
    input.timeoutSeconds !== before.timeoutSeconds
  );
}
