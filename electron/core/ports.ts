import type { EventName, HubEvents, Result } from '../../shared/contract';
import type { Notice } from '../../shared/domain/app-info';
import type { SecretProtection } from '../../shared/domain/secrets';
import type { DesktopDefaults } from './api/routes/desktop-routes';

/**
 * The ports the Electron-free core is built from. The Electron shell and browser
 * mode each supply their own adapters; tests supply fakes.
 */

/** Injected so time-based behaviour (timestamps, retries) is testable. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * Turns secrets into what is written to disk and back. Electron's adapter uses
 * `safeStorage`'s asynchronous API; where the OS offers no encryption the adapter
 * stores plain text (in a 0600 file) and says so through `protection`.
 */
export interface SecretCipher {
  readonly protection: SecretProtection;
  /** Rejects when the OS refuses to encrypt (e.g. the keyring is locked). */
  encrypt(plain: string): Promise<string>;
  /**
   * Rejects when the value cannot be decrypted with this user's key (the keyring
   * was reset, or the value came from another user or computer). `reEncrypt`: the
   * OS asks for the value to be encrypted again (its key was rotated).
   */
  decrypt(stored: string): Promise<{ plain: string; reEncrypt: boolean }>;
}

/** One JSON settings document on disk (`conf` in Node, `electron-store` in Electron). */
export interface SettingsBackend {
  readonly path: string;
  /** The whole document; throws (e.g. SyntaxError) when the file is corrupt. */
  read(): unknown;
  /** Replaces the whole document, atomically. */
  write(document: Record<string, unknown>): void;
}

/** Opens (without reading) the settings file `name`.json in `dir`. */
export type OpenSettingsBackend = (options: { dir: string; name: string }) => SettingsBackend;

/** Whether this PC has a network; Electron uses `net.isOnline()`. */
export interface ConnectivityProbe {
  isOnline(): boolean;
  /** Calls back whenever the answer may have changed; returns an unsubscribe. */
  watch(onChange: () => void): () => void;
}

export type HubListener = <E extends EventName>(event: E, payload: HubEvents[E]) => void;

/** Minimal structured logger; secrets must never be passed to it. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface HubOptions {
  dataDir: string;
  mode: 'electron' | 'browser';
  appVersion: string;
  cipher: SecretCipher;
  openSettings: OpenSettingsBackend;
  connectivity: ConnectivityProbe;
  clock?: Clock;
  logger?: Logger;
  /**
   * On a first run, add a partner pointing at the built-in Test Inbox (default
   * true). Browser mode's `--no-sample-partner` turns it off for a clean start.
   */
  samplePartner?: boolean;
  /** The desktop app's defaults for its own settings; absent in browser mode (they are not offered there). */
  desktop?: DesktopDefaults;
  /**
   * The delivery results writer thread's script (the built `record-writer.js`
   * beside the entry point). Absent, results are written on the main thread.
   */
  resultsWriter?: ResultsWriterScript;
}

/** Where a worker thread's script is, and how to start it. */
export interface ResultsWriterScript {
  url: URL;
  /** Node options for the thread (tests: a loader for the TypeScript source). */
  execArgv?: string[];
}

/**
 * The core as both transports see it: one entry point for every method of the
 * contract (validated here, never trusted from the caller) and one event stream.
 * `call` never rejects; failures come back as `{ ok: false, error }`.
 */
export interface Hub {
  call(method: unknown, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: HubListener): () => void;
  /** Posts a notice for the operator from outside the core (e.g. the desktop app reloaded a crashed window). */
  postNotice(level: Notice['level'], message: string): void;
  close(): Promise<void>;
}
