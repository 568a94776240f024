import { z } from 'zod';

/** Settings of the desktop app itself (not of the hub), saved with the other settings. */
export interface DesktopSettings {
  /** False in browser mode: these settings belong to the desktop app, which applies them. */
  available: boolean;
  /** The desktop app starts, in the tray / menu bar, when the operator signs in to this computer. */
  startAtLogin: boolean;
}

export const desktopSettingsInputSchema = z.strictObject({ startAtLogin: z.boolean() });

export type DesktopSettingsInput = z.infer<typeof desktopSettingsInputSchema>;
