import { z } from 'zod';
import { orderHooksInputSchema, type OrderHooksView } from '../domain/order-hooks';
import { partnerInputSchema, partnerUpdateSchema, type PartnerSaved, type PartnerView } from '../domain/partners';
import type { AppInfo, SystemStatus } from '../domain/app-info';

const noInput = z.strictObject({});
const idInput = z.strictObject({ id: z.string().min(1).max(64) });

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
