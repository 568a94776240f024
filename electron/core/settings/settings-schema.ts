import { z } from 'zod';
import { eventTypes } from '../../../shared/domain/event-types';

/** Bump when the stored shape changes, and add a migration in `migrations.ts`. */
export const currentSettingsVersion = 1;

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

const storedPartner = z.object({
  id: z.string().min(1),
  name: z.string(),
  url: z.string(),
  enabled: z.boolean(),
  eventTypes: z.array(z.enum(eventTypes)),
  /** The custom header's name; its value and the signing secret are in the secret store. */
  headerName: z.string(),
  timeoutSeconds: z.number().int().positive(),
  rateLimitPerSecond: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/**
 * The settings document as stored on disk. Re-validated on every start: the
 * file may have been edited by hand or written by another version.
 */
export const settingsSchema = z.object({
  schemaVersion: z.literal(currentSettingsVersion),
  orderHooks: storedOrderHooks,
  partners: z.array(storedPartner),
});

export type Settings = z.infer<typeof settingsSchema>;
export type StoredOrderHooks = z.infer<typeof storedOrderHooks>;
export type StoredPartner = z.infer<typeof storedPartner>;

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
  };
}
