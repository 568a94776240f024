import { z } from 'zod';
import { orderHooksInputSchema, type OrderHooksView } from '../domain/order-hooks';
import { partnerInputSchema, partnerUpdateSchema, type PartnerSaved, type PartnerView } from '../domain/partners';
import type { AppInfo, SystemStatus } from '../domain/app-info';
import {
  deliveryFilterSchema,
  deliveryListInputSchema,
  deliveryPolicySchema,
  type DeliveryCounts,
  type DeliveryDetail,
  type DeliveryPage,
  type DeliveryPolicy,
  type DestinationOption,
  type ResendProgress,
} from '../domain/deliveries';

const noInput = z.strictObject({});
const idInput = z.strictObject({ id: z.string().min(1).max(64) });
const deliveryIdInput = z.strictObject({ id: z.number().int().positive() });
const filterInput = z.strictObject({ filter: deliveryFilterSchema });
const sinceInput = z.strictObject({ since: z.iso.datetime({ offset: true }) });
const jobInput = z.strictObject({ jobId: z.string().min(1).max(80) });
const destinationInput = z.strictObject({ destinationId: z.string().min(1).max(80) });

/** Declares one method: its runtime input schema and, as a phantom type, its output. */
function method<I extends z.ZodType, O>(input: I): { input: I; output?: O } {
  return { input };
}

/**
 * The Hub API: every method the renderer may call on the core, with the schema its
 * input is validated against at the core boundary and the type of its output.
 * Both transports (Electron IPC and browser-mode HTTP) carry exactly this map.
 */
export const hubMethods = {
  /** Version, mode, data folder, how secrets are protected, and startup notices. */
  'app.info': method<typeof noInput, AppInfo>(noInput),
  /** Dismisses a startup notice (e.g. "settings were reset") once the operator has read it. */
  'app.dismissNotice': method<typeof idInput, AppInfo>(idInput),
  /** Online/offline, queued webhook count and failing partners, for the status bar. */
  'system.status': method<typeof noInput, SystemStatus>(noInput),

  /** The Order Webhook Settings page, secrets masked. */
  'orderHooks.get': method<typeof noInput, OrderHooksView>(noInput),
  /** Saves the whole Order Webhook Settings page at once. */
  'orderHooks.save': method<typeof orderHooksInputSchema, OrderHooksView>(orderHooksInputSchema),

  /** Every partner endpoint, secrets masked. */
  'partners.list': method<typeof noInput, PartnerView[]>(noInput),
  'partners.create': method<typeof partnerInputSchema, PartnerSaved>(partnerInputSchema),
  'partners.update': method<typeof partnerUpdateSchema, PartnerSaved>(partnerUpdateSchema),
  'partners.setEnabled': method<z.ZodObject<{ id: z.ZodString; enabled: z.ZodBoolean }>, PartnerView>(
    z.strictObject({ id: z.string().min(1).max(64), enabled: z.boolean() }),
  ),
  'partners.delete': method<typeof idInput, { id: string }>(idInput),

  /** One page of the delivery log, newest first, keyset-paged. */
  'deliveries.list': method<typeof deliveryListInputSchema, DeliveryPage>(deliveryListInputSchema),
  /** How many deliveries match a filter, by state. */
  'deliveries.count': method<typeof filterInput, DeliveryCounts>(filterInput),
  /** One delivery with its payload and every attempt (secrets masked). */
  'deliveries.get': method<typeof deliveryIdInput, DeliveryDetail>(deliveryIdInput),
  /** Resends one delivery now, with the destination's current settings. */
  'deliveries.resend': method<typeof deliveryIdInput, { queued: number }>(deliveryIdInput),
  /** Resends every delivery matching a filter; progress comes as `deliveries.resendProgress`. */
  'deliveries.resendMatching': method<typeof filterInput, ResendProgress>(filterInput),
  /** Resends every delivery that failed since a time. */
  'deliveries.resendFailedSince': method<typeof sinceInput, ResendProgress>(sinceInput),
  'deliveries.cancelResend': method<typeof jobInput, { jobId: string }>(jobInput),
  /** Every destination deliveries may go to, for the log's filter. */
  'deliveries.destinations': method<typeof noInput, DestinationOption[]>(noInput),
  /** Resumes a destination the engine paused after it failed for too long. */
  'deliveries.resumeDestination': method<typeof destinationInput, DestinationOption[]>(destinationInput),
  'deliveryPolicy.get': method<typeof noInput, DeliveryPolicy>(noInput),
  'deliveryPolicy.save': method<typeof deliveryPolicySchema, DeliveryPolicy>(deliveryPolicySchema),
} as const;

export type HubMethods = typeof hubMethods;
export type MethodName = keyof HubMethods;
/** What a caller passes: the schema's input type (before defaults/transforms). */
export type MethodInput<M extends MethodName> = z.input<HubMethods[M]['input']>;
/** What the handler receives: the validated, parsed input. */
export type ParsedInput<M extends MethodName> = z.output<HubMethods[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<HubMethods[M]['output']>;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(hubMethods, name);
}
