import { z } from 'zod';
import { eventTypes } from '../../../shared/domain/event-types';
import { orderDeadlineMinutes } from '../../../shared/domain/order-deadlines';

/** Bump when the stored shape changes, and add a migration in `migrations.ts`. */
export const currentSettingsVersion = 5;

const storedHook = z.object({ url: z.string(), enabled: z.boolean() });

const storedOrderHooks = z.object({
  /** The Request Header's name ("API Key" on the page); its Value is in the secret store. */
  apiKey: z.string(),
  openOrder: storedHook,
  updateOrder: storedHook,
  closeOrder: storedHook,
  thirdOrderActive: z.boolean(),
  updatedAt: z.string().nullable(),
});

/**
 * A signing-secret rotation in its overlap (#14): the old secret (in the secret
 * store) signs beside the new one until `oldSecretStopsAt`.
 */
const storedSigningRotation = z.object({
  rotatedAt: z.iso.datetime({ offset: true }),
  oldSecretStopsAt: z.iso.datetime({ offset: true }),
});

const storedPartner = z.object({
  id: z.string().min(1),
  name: z.string(),
  url: z.string(),
  enabled: z.boolean(),
  eventTypes: z.array(z.enum(eventTypes)),
  /** The custom header's name; its value and the signing secret are in the secret store. */
  headerName: z.string(),
  signingRotation: storedSigningRotation.nullable(),
  /**
   * Put on hold by the operator (#14): every routed event is still queued for it,
   * nothing is sent until it is released. Unlike `enabled: false`, nothing is missed.
   */
  held: z.boolean(),
  timeoutSeconds: z.number().int().positive(),
  rateLimitPerSecond: z.number().int().positive(),
  /** Minutes an order webhook may take before a person is alerted (#14). */
  orderDeadlines: z.object({
    createdMinutes: z.number().int().min(orderDeadlineMinutes.min).max(orderDeadlineMinutes.max),
    otherMinutes: z.number().int().min(orderDeadlineMinutes.min).max(orderDeadlineMinutes.max),
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** How long and how hard the engine keeps trying (brief §6). */
const deliveryPolicy = z.object({
  /** Days after which successful deliveries' payloads are pruned. */
  retentionDays: z.number().int().min(1).max(3650),
  /** Days a destination may fail before it is paused automatically. */
  pauseAfterFailingDays: z.number().int().min(1).max(60),
});

export const defaultDeliveryPolicy = { retentionDays: 30, pauseAfterFailingDays: 5 };

/**
 * Where the built-in Test Inbox listened last time. Partners pointed at it keep
 * working across restarts only if it listens on the same port again.
 */
const testInbox = z.object({ port: z.number().int().min(1).max(65535).nullable() });

/** The desktop app's own settings; null means "the default for this build" (on in the packaged app). */
const desktop = z.object({ startAtLogin: z.boolean().nullable() });

/**
 * The settings document as stored on disk. Re-validated on every start: the
 * file may have been edited by hand or written by another version.
 */
export const settingsSchema = z.object({
  schemaVersion: z.literal(currentSettingsVersion),
  orderHooks: storedOrderHooks,
  partners: z.array(storedPartner),
  // Added before the first release; files written earlier that day lack it.
  delivery: deliveryPolicy.default(defaultDeliveryPolicy),
  // Added with the first-run sample partner; older files have no inbox port yet.
  testInbox: testInbox.default({ port: null }),
  // Added with the tray and start at login (#11).
  desktop: desktop.default({ startAtLogin: null }),
  /**
   * The secret store's generation this document goes with: a save that writes
   * both files is checked with it at the next start (settings-with-secrets.ts).
   */
  secretsGeneration: z.number().int().min(0).default(0),
});

export type Settings = z.infer<typeof settingsSchema>;
export type StoredOrderHooks = z.infer<typeof storedOrderHooks>;
export type StoredPartner = z.infer<typeof storedPartner>;
export type StoredSigningRotation = z.infer<typeof storedSigningRotation>;
export type DeliveryPolicy = z.infer<typeof deliveryPolicy>;

export function defaultSettings(): Settings {
  const off = { url: '', enabled: false };
  return {
    schemaVersion: currentSettingsVersion,
    orderHooks: {
      apiKey: '',
      openOrder: { ...off },
      updateOrder: { ...off },
      closeOrder: { ...off },
      thirdOrderActive: false,
      updatedAt: null,
    },
    partners: [],
    delivery: { ...defaultDeliveryPolicy },
    testInbox: { port: null },
    desktop: { startAtLogin: null },
    secretsGeneration: 0,
  };
}
