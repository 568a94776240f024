import { z } from 'zod';
import { eventTypes } from './event-types';
import { headerNameSchema, urlSchema } from './http-rules';
import { defaultOrderDeadlines, orderDeadlinesSchema, type OrderDeadlines } from './order-deadlines';
import { secretChangeSchema, type SecretView } from './secrets';

export const partnerNameMaxLength = 120;
export const partnerTimeoutRange = { min: 1, max: 60, default: 15 } as const;
export const partnerRateLimitRange = { min: 1, max: 10_000, default: 10 } as const;

const partnerFields = {
  name: z
    .string()
    .trim()
    .min(1, 'Enter a name for this partner.')
    .max(partnerNameMaxLength, `Keep the name to ${partnerNameMaxLength} characters or fewer.`),
  url: urlSchema,
  enabled: z.boolean(),
  eventTypes: z
    .array(z.enum(eventTypes))
    .min(1, 'Choose at least one event type.')
    .refine((list) => new Set(list).size === list.length, 'An event type is listed twice.'),
  header: z.strictObject({
    name: z.union([z.literal(''), headerNameSchema]),
    value: secretChangeSchema,
  }),
  /** `generate` creates a new `whsec_…` secret and returns it once. */
  signingSecret: z.enum(['keep', 'generate', 'clear']),
  timeoutSeconds: z
    .number()
    .int('Use whole seconds.')
    .min(partnerTimeoutRange.min, `At least ${partnerTimeoutRange.min} second.`)
    .max(partnerTimeoutRange.max, `At most ${partnerTimeoutRange.max} seconds.`),
  rateLimitPerSecond: z
    .number()
    .int('Use a whole number.')
    .min(partnerRateLimitRange.min, `At least ${partnerRateLimitRange.min} request a second.`)
    .max(partnerRateLimitRange.max, `At most ${partnerRateLimitRange.max} requests a second.`),
  /** Minutes an order webhook may take before a person is alerted (#14); absent keeps the defaults. */
  orderDeadlines: orderDeadlinesSchema.default({ ...defaultOrderDeadlines }),
};

function checkHeaderPair(
  header: { name: string; value: { action: string } },
  ctx: z.core.$RefinementCtx<unknown>,
): void {
  if (header.name === '' && header.value.action === 'set') {
    ctx.addIssue({
      code: 'custom',
      path: ['header', 'name'],
      message: 'Enter the header name this value is sent under.',
    });
  }
}

export const partnerInputSchema = z
  .strictObject(partnerFields)
  .superRefine((input, ctx) => checkHeaderPair(input.header, ctx));

export type PartnerInput = z.infer<typeof partnerInputSchema>;

export const partnerUpdateSchema = z
  .strictObject({ id: z.string().min(1).max(64), ...partnerFields })
  .superRefine((input, ctx) => checkHeaderPair(input.header, ctx));

export type PartnerUpdate = z.infer<typeof partnerUpdateSchema>;

/**
 * How long, after a rotation, webhooks carry the old secret's signature beside
 * the new one's: time for the partner to switch without rejecting anything.
 */
export const signingOverlapHours = { min: 1, max: 7 * 24, default: 24 } as const;

/** `partners.rotateSigningSecret`: a new secret now, the old one kept signing for `overlapHours`. */
export const signingRotationInputSchema = z.strictObject({
  id: z.string().min(1).max(64),
  overlapHours: z
    .number()
    .int('Choose a whole number of hours.')
    .min(signingOverlapHours.min, `Keep the old secret for at least ${signingOverlapHours.min} hour.`)
    .max(signingOverlapHours.max, `Keep the old secret for at most 7 days (${signingOverlapHours.max} hours).`),
  /**
   * The operator was told that the old secret of an earlier rotation, still in
   * its overlap, stops at once. Without it such a rotation is refused.
   */
  replaceOldSecret: z.boolean().default(false),
});

export type SigningRotationInput = z.input<typeof signingRotationInputSchema>;

/** A rotation in its overlap: webhooks carry both signatures until `oldSecretStopsAt`. */
export interface SigningRotationView {
  rotatedAt: string;
  /** ISO 8601: from then on only the new secret signs. */
  oldSecretStopsAt: string;
  /** The old secret, masked; `unreadable` means webhooks are held until it stops or the overlap is ended. */
  oldSecret: SecretView;
}

/** What the renderer sees of a saved partner: secrets masked. */
export interface PartnerView {
  id: string;
  name: string;
  url: string;
  enabled: boolean;
  eventTypes: string[];
  header: { name: string; value: SecretView };
  signingSecret: SecretView;
  /** Set while a rotated-out secret still signs beside the current one. */
  signingRotation: SigningRotationView | null;
  /** On hold (#14): its webhooks are kept in the queue and sent, in order, when it is released. */
  held: boolean;
  timeoutSeconds: number;
  rateLimitPerSecond: number;
  orderDeadlines: OrderDeadlines;
  createdAt: string;
  updatedAt: string;
}

/** A save's (or rotation's) answer; `signingSecret` is present only right after one was generated. */
export interface PartnerSaved {
  partner: PartnerView;
  signingSecret?: string;
}
