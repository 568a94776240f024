import { z } from 'zod';
import { orderHookKinds, orderHooksInputSchema, type OrderHooksView } from '../domain/order-hooks';
import {
  partnerInputSchema,
  partnerUpdateSchema,
  signingRotationInputSchema,
  type PartnerSaved,
  type PartnerView,
} from '../domain/partners';
import type { AppInfo, SystemStatus } from '../domain/app-info';
import { desktopSettingsInputSchema, type DesktopSettings } from '../domain/desktop';
import { sendExampleInputSchema } from '../domain/event-examples';
import type { InboxEntry, InboxInfo } from '../domain/inbox';
import {
  deliveryFilterSchema,
  deliveryListInputSchema,
  deliveryPolicySchema,
  type DeliveryCounts,
  type DeliveryDetail,
  type DeliveryPage,
  type DeliveryPolicy,
  type DestinationHealth,
  type DestinationOption,
  type ResendProgress,
  type TestSent,
} from '../domain/deliveries';
import {
  addLineInputSchema,
  cancelCheckInputSchema,
  changeTableInputSchema,
  checkRefSchema,
  listChecksInputSchema,
  openCheckInputSchema,
  removeLineInputSchema,
  type Check,
} from '../domain/checks';
import {
  menuHoursInputSchema,
  menuItemInputSchema,
  setInStockInputSchema,
  setPricesInputSchema,
  type Menu,
  type MenuItem,
  type MenuSummary,
} from '../domain/menu';
import {
  categoriesReorderInputSchema,
  categoryDeleteInputSchema,
  categorySaveInputSchema,
  menuDeleteInputSchema,
  menuSaveInputSchema,
  menusReorderInputSchema,
} from '../domain/menu-structure';
import { routingPreviewInputSchema, type RoutingPreview } from '../domain/routing-preview';
import type { SampleDataReset } from '../domain/sample-data';
import { storeInputSchema, storeStatusInputSchema, type StoreView } from '../domain/store';
import type { WeeklyHours } from '../domain/hours';
import { healthSeriesInputSchema, type HealthSeries } from '../domain/health-series';
import type { ResyncPlan, ResyncProgress } from '../domain/partner-resync';
import { markHandledInputSchema, type LateOrder } from '../domain/order-deadlines';

const noInput = z.strictObject({});
const idInput = z.strictObject({ id: z.string().min(1).max(64) });
const deliveryIdInput = z.strictObject({ id: z.number().int().positive() });
const filterInput = z.strictObject({ filter: deliveryFilterSchema });
const sinceInput = z.strictObject({ since: z.iso.datetime({ offset: true }) });
const jobInput = z.strictObject({ jobId: z.string().min(1).max(80) });
const hookInput = z.strictObject({ hook: z.enum(orderHookKinds) });
const destinationInput = z.strictObject({ destinationId: z.string().min(1).max(80) });
const domainIdInput = z.strictObject({ id: z.string().min(1).max(64) });

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
  /** The desktop app's own settings (start at login); `available` is false in browser mode. */
  'desktop.get': method<typeof noInput, DesktopSettings>(noInput),
  /** Saves them; the desktop app applies them to the operating system at once. */
  'desktop.save': method<typeof desktopSettingsInputSchema, DesktopSettings>(desktopSettingsInputSchema),

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
  /**
   * A new signing secret, returned once; the current one keeps signing beside it
   * (two signatures in `webhook-signature`) for `overlapHours`, then stops.
   */
  'partners.rotateSigningSecret': method<typeof signingRotationInputSchema, PartnerSaved>(signingRotationInputSchema),
  /** Stops the old secret of a rotation now: webhooks carry only the new secret's signature. */
  'partners.endSigningOverlap': method<typeof idInput, PartnerView>(idInput),

  /** One page of the delivery log, newest first, keyset-paged. */
  'deliveries.list': method<typeof deliveryListInputSchema, DeliveryPage>(deliveryListInputSchema),
  /** How many deliveries match a filter, by state. */
  'deliveries.count': method<typeof filterInput, DeliveryCounts>(filterInput),
  /** One delivery with its payload and every attempt (secrets masked). */
  'deliveries.get': method<typeof deliveryIdInput, DeliveryDetail>(deliveryIdInput),
  /** Resends one delivery now, with the destination's current settings. */
  'deliveries.resend': method<typeof deliveryIdInput, { queued: number }>(deliveryIdInput),
  /** Resends every delivery matching a filter, delivered ones too; progress comes as `deliveries.resendProgress`. */
  'deliveries.resendMatching': method<typeof filterInput, ResendProgress>(filterInput),
  /**
   * Sends now every delivery matching a filter that is not delivered yet — failed or
   * retrying (`undeliveredStates`); the filter's own states narrow it further. The
   * total is what `deliveries.count` reports for those states. A failed resend of a
   * retrying delivery goes back to its retry schedule. Progress as `deliveries.resendProgress`.
   */
  'deliveries.resendUndelivered': method<typeof filterInput, ResendProgress>(filterInput),
  /** The same for every undelivered (failed or retrying) delivery created since a time: the morning after an outage. */
  'deliveries.resendUndeliveredSince': method<typeof sinceInput, ResendProgress>(sinceInput),
  'deliveries.cancelResend': method<typeof jobInput, { jobId: string }>(jobInput),
  /** Every destination deliveries may go to, for the log's filter. */
  'deliveries.destinations': method<typeof noInput, DestinationOption[]>(noInput),
  /** Success rate and p50/p95 latency per destination over the last day and week. */
  'deliveries.health': method<typeof noInput, DestinationHealth[]>(noInput),
  /** The same figures over time (hourly for 24 h, six-hourly for 7 days), for the health chart. */
  'deliveries.healthSeries': method<typeof healthSeriesInputSchema, HealthSeries>(healthSeriesInputSchema),
  /** Resumes a destination the engine paused after it failed for too long. */
  'deliveries.resumeDestination': method<typeof destinationInput, DestinationOption[]>(destinationInput),
  'deliveryPolicy.get': method<typeof noInput, DeliveryPolicy>(noInput),
  'deliveryPolicy.save': method<typeof deliveryPolicySchema, DeliveryPolicy>(deliveryPolicySchema),

  /** The store: name, time zone, currency, tax, status, weekly hours, special dates. */
  'store.get': method<typeof noInput, StoreView>(noInput),
  /** Saves the whole store; emits `store.updated` when anything changed. */
  'store.save': method<typeof storeInputSchema, StoreView>(storeInputSchema),
  /** Changes only the status (open / busy + delay / paused until / closed); emits `store.updated`. */
  'store.setStatus': method<typeof storeStatusInputSchema, StoreView>(storeStatusInputSchema),

  /** Every menu with counts, in display order. */
  'menus.list': method<typeof noInput, MenuSummary[]>(noInput),
  /** One whole menu: categories → items → modifier groups, and its hours. */
  'menus.get': method<typeof domainIdInput, Menu>(domainIdInput),
  /** Creates a menu (no id; with the store's hours) or renames one; emits `menu.updated`. */
  'menus.save': method<typeof menuSaveInputSchema, Menu>(menuSaveInputSchema),
  /** Puts the menus in a new order (this screen's own: nothing is sent). */
  'menus.reorder': method<typeof menusReorderInputSchema, MenuSummary[]>(menusReorderInputSchema),
  /** Deletes a menu that holds no items; emits `menu.deleted`. */
  'menus.delete': method<typeof menuDeleteInputSchema, { id: string }>(menuDeleteInputSchema),
  /** Adds a category (no id) or renames one; emits `menu.updated`. */
  'menu.categories.save': method<typeof categorySaveInputSchema, Menu>(categorySaveInputSchema),
  /** Puts a menu's categories in a new order; emits `menu.updated`. */
  'menu.categories.reorder': method<typeof categoriesReorderInputSchema, Menu>(categoriesReorderInputSchema),
  /**
   * Deletes a category, moving its items to `moveItemsTo` first (refused while it holds
   * items otherwise); emits `menu.item.updated` per moved item and `menu.updated` per
   * menu changed, which it returns (the category's own first).
   */
  'menu.categories.delete': method<typeof categoryDeleteInputSchema, Menu[]>(categoryDeleteInputSchema),
  /** Creates (no id) or updates one item; emits `menu.item.created` or `menu.item.updated`, and `menu.updated`. */
  'menu.items.save': method<typeof menuItemInputSchema, MenuItem>(menuItemInputSchema),
  /** Copies an item right after it as "… (copy)"; emits `menu.item.created` + `menu.updated`. */
  'menu.items.duplicate': method<typeof domainIdInput, MenuItem>(domainIdInput),
  /** Deletes one item; emits `menu.item.deleted` + `menu.updated`. Checks keep their snapshot of it. */
  'menu.items.delete': method<typeof domainIdInput, { id: string }>(domainIdInput),
  /**
   * 86s or un-86s many items — with `until`, until a time, when they come back by
   * themselves: one `menu.item.updated` per changed item, one `menu.updated` per menu.
   */
  'menu.items.setInStock': method<typeof setInStockInputSchema, MenuItem[]>(setInStockInputSchema),
  /** New prices for many items, with the same events rule as setInStock. */
  'menu.items.setPrice': method<typeof setPricesInputSchema, MenuItem[]>(setPricesInputSchema),
  /** Replaces a menu's weekly hours; emits `menu.hours.updated` when they changed. */
  'menu.hours.save': method<typeof menuHoursInputSchema, WeeklyHours>(menuHoursInputSchema),

  /** Open, closed or cancelled checks, newest first. */
  'checks.list': method<typeof listChecksInputSchema, Check[]>(listChecksInputSchema),
  'checks.get': method<typeof domainIdInput, Check>(domainIdInput),
  /** Opens a check (optionally with lines); emits `order.created` routed by its source. */
  'checks.open': method<typeof openCheckInputSchema, Check>(openCheckInputSchema),
  /** Adds an item with modifiers; emits `order.updated` with `changes[]`. */
  'checks.addLine': method<typeof addLineInputSchema, Check>(addLineInputSchema),
  'checks.removeLine': method<typeof removeLineInputSchema, Check>(removeLineInputSchema),
  /** Emits `order.updated` only when the table actually changes. */
  'checks.changeTable': method<typeof changeTableInputSchema, Check>(changeTableInputSchema),
  /** Closes (settles) the check; emits `order.closed`. */
  'checks.close': method<typeof checkRefSchema, Check>(checkRefSchema),
  /** Cancels with a reason and who; emits `order.cancelled`. */
  'checks.cancel': method<typeof cancelCheckInputSchema, Check>(cancelCheckInputSchema),

  /** Replaces store, menus and checks with the sample restaurant (the UI confirms first). */
  'sampleData.reset': method<typeof noInput, SampleDataReset>(noInput),
  /** "Who will receive this": destinations the given events would reach right now. */
  'routing.preview': method<typeof routingPreviewInputSchema, RoutingPreview>(routingPreviewInputSchema),

  /** Where the built-in test inbox listens, and how much it holds. */
  'inbox.info': method<typeof noInput, InboxInfo>(noInput),
  /** What the test inbox received, newest first. */
  'inbox.list': method<typeof noInput, InboxEntry[]>(noInput),
  'inbox.clear': method<typeof noInput, InboxInfo>(noInput),
  /**
   * Sends a `webhook.test` event to one partner now (through the queue, like any
   * event); `deliveryId` is its delivery, to follow with `deliveries.get`.
   */
  'partners.sendTest': method<typeof idInput, TestSent>(idInput),
  /** Sends a `webhook.test` event to one of the Order Webhooks hooks; the same answer. */
  'orderHooks.sendTest': method<typeof hookInput, TestSent>(hookInput),
  /**
   * "Send this example to…" on the Event Catalog: the catalog's example of one event
   * type, with a fresh id and time and `"example": true`, to the Test Inbox or one
   * enabled partner (one not subscribed to the type only when `evenIfNotSubscribed`),
   * through the queue like any event; the same answer as `partners.sendTest`.
   */
  'events.sendExample': method<typeof sendExampleInputSchema, TestSent>(sendExampleInputSchema),
  /**
   * "Send current state" (#14 point 3): what a resync of this partner would send now,
   * kind by kind, and the resync already running for it, if any.
   */
  'partners.resyncPlan': method<typeof idInput, ResyncPlan>(idInput),
  /**
   * Sends the partner a snapshot of everything it subscribes to — the store, each
   * menu's hours, each menu, every open check — as ordinary events marked
   * `"resync": true`, one after the other; progress comes as `partners.resyncProgress`.
   * Refused for a disabled partner or one already resyncing.
   */
  'partners.resync': method<typeof idInput, ResyncProgress>(idInput),
  /** Stops a partner's resync: nothing more is queued; the one already queued still arrives. */
  'partners.cancelResync': method<typeof idInput, ResyncProgress>(idInput),
  /**
   * Holds an enabled partner (#14): every event it subscribes to is still queued,
   * nothing is sent, no retry is spent, until `partners.release`.
   */
  'partners.hold': method<typeof idInput, PartnerView>(idInput),
  /** Releases a held partner: its kept webhooks go out in order, older snapshots superseded as usual. */
  'partners.release': method<typeof idInput, PartnerView>(idInput),
  /**
   * Order webhooks past their deadline (the partner's minutes; 5 for a new order and
   * 15 for the rest by default) and not handled yet, oldest first. "Retry now" is
   * `deliveries.resend`; changes come as `deliveries.lateOrders`.
   */
  'deliveries.lateOrders': method<typeof noInput, LateOrder[]>(noInput),
  /**
   * A person phoned the partner about this order: its alert goes for good, and the
   * webhook is not sent any more (the partner must not get the order twice; a resend
   * from Deliveries still can). Answers the late orders left.
   */
  'deliveries.markHandled': method<typeof markHandledInputSchema, LateOrder[]>(markHandledInputSchema),
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
