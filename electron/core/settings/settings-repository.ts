import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { setAsideCorruptFile } from '../files/set-aside-corrupt-file';
import type { Clock, OpenSettingsBackend, SettingsBackend } from '../ports';
import { WrittenByNewerVersion } from '../startup/newer-version';
import { migrateSettings, settingsMigrations, type SettingsMigration } from './migrations';
import { currentSettingsVersion, defaultSettings, settingsSchema, type Settings } from './settings-schema';

export const settingsFileName = 'settings';

/** Why the stored settings were not used as they were, in words for the operator. */
export interface SettingsLoadReport {
  level: 'info' | 'warning';
  message: string;
}

/** The parts of the settings a change can touch; listeners get the ones that did change. */
export const settingsSections = ['orderHooks', 'partners', 'delivery', 'testInbox', 'desktop'] as const;
export type SettingsSection = (typeof settingsSections)[number];

export type SettingsListener = (changed: readonly SettingsSection[]) => void;

interface OpenOptions {
  dir: string;
  openBackend: OpenSettingsBackend;
  clock: Clock;
  /** This app's version: recorded in the file, and named when a newer one wrote it. */
  appVersion: string;
  migrations?: readonly SettingsMigration[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The Integration Hub settings: loaded once, validated, migrated, and written
 * back whole on every change. A file that cannot be used is set aside with a
 * timestamp and reported — never silently reset. A file from a newer version
 * stops the start (`WrittenByNewerVersion`) rather than being replaced.
 *
 * Every successful change is announced to `subscribe`rs, so what depends on the
 * settings (the delivery engine, the windows) follows any change from anywhere
 * without each caller having to remember to say so.
 */
export class SettingsRepository {
  private readonly listeners = new Set<SettingsListener>();

  private constructor(
    private readonly backend: SettingsBackend,
    private settings: Settings,
    private readonly appVersion: string,
    readonly reports: readonly SettingsLoadReport[],
    /** No settings file existed: this is the app's first start in this data folder. */
    readonly firstRun: boolean,
  ) {}

  get path(): string {
    return this.backend.path;
  }

  /** Whether the file on disk was used as it was (or migrated); false when it was set aside. */
  get loadedAsSaved(): boolean {
    return this.reports.length === 0;
  }

  static open({
    dir,
    openBackend,
    clock,
    appVersion,
    migrations = settingsMigrations,
  }: OpenOptions): SettingsRepository {
    const reports: SettingsLoadReport[] = [];
    // A file set aside as corrupt is not a first run: the operator had settings before.
    const firstRun = !existsSync(guessPath(dir));
    const openFresh = (): SettingsBackend => openBackend({ dir, name: settingsFileName });
    const create = (backend: SettingsBackend, settings: Settings): SettingsRepository =>
      new SettingsRepository(backend, settings, appVersion, reports, firstRun);
    const startFresh = (): SettingsRepository => {
      const repository = create(openFresh(), defaultSettings());
      repository.write(repository.settings);
      return repository;
    };
    let probePath: string | undefined;
    const setAside = (path: string, reason: (backupPath: string) => string): void => {
      const backupPath = setAsideCorruptFile(path, clock.now());
      reports.push({ level: 'warning', message: reason(backupPath) });
    };

    let backend: SettingsBackend;
    let raw: unknown;
    try {
      backend = openFresh();
      probePath = backend.path;
      raw = backend.read();
    } catch {
      // Not JSON (or the backend could not open it).
      const path = probePath ?? guessPath(dir);
      if (existsSync(path)) setAside(path, unreadable);
      return startFresh();
    }

    // Parses but is not a settings document at all (`[]`, `"text"`): as unreadable as garbage.
    if (!isPlainObject(raw)) {
      setAside(backend.path, unreadable);
      return startFresh();
    }

    const outcome = migrateSettings(raw, migrations);
    if (outcome.kind === 'newer') {
      throw new WrittenByNewerVersion({
        what: 'The settings file',
        path: backend.path,
        writtenBy: typeof raw.savedBy === 'string' ? raw.savedBy : null,
        formatVersion: outcome.version,
        knownVersion: currentSettingsVersion,
        thisVersion: appVersion,
      });
    }
    if (outcome.kind === 'unknown') {
      setAside(backend.path, unreadable);
      return startFresh();
    }

    const parsed = settingsSchema.safeParse(outcome.document);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first ? `${first.path.join('.') || 'the file'}: ${first.message}` : 'unknown problem';
      const invalid = (backupPath: string): string =>
        `Your settings file held values this version cannot use (${where}), so Integration Hub started with ` +
        `default settings. The file was kept as ${backupPath}.`;
      setAside(backend.path, invalid);
      return startFresh();
    }

    const repository = create(backend, parsed.data);
    if (outcome.kind === 'migrated') {
      // Keep the pre-migration file: a migration bug must not be able to lose settings.
      if (existsSync(backend.path)) copyFileSync(backend.path, `${backend.path}.v${outcome.fromVersion}.bak`);
      repository.write(parsed.data);
    }
    return repository;
  }

  /** The current settings; treat as read-only and change them through `update`. */
  get current(): Readonly<Settings> {
    return this.settings;
  }

  /**
   * Calls `listener` after every change that was written, with the sections that
   * changed. Listeners run synchronously and must not throw.
   */
  subscribe(listener: SettingsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Applies `change` to a copy, validates the result and writes it; on any
   * failure nothing changes, in memory or on disk. `alsoChanged`: sections to
   * announce even if their settings are equal (a secret they refer to changed).
   */
  update(change: (draft: Settings) => Settings, alsoChanged: readonly SettingsSection[] = []): Settings {
    const next = settingsSchema.parse(change(structuredClone(this.settings)));
    const previous = this.settings;
    this.write(next);
    this.settings = next;
    const changed = settingsSections.filter(
      (section) => alsoChanged.includes(section) || !isDeepStrictEqual(previous[section], next[section]),
    );
    if (changed.length > 0) for (const listener of this.listeners) listener(changed);
    return next;
  }

  private write(settings: Settings): void {
    // Which version wrote the file: named to the operator if an older version meets it later.
    this.backend.write({ ...settings, savedBy: this.appVersion });
  }
}

function unreadable(backupPath: string): string {
  return `Your settings file could not be read, so Integration Hub started with default settings. The unreadable file was kept as ${backupPath}.`;
}

/** Where both backends keep the file (conf and electron-store use `<cwd>/<name>.json`). */
function guessPath(dir: string): string {
  return join(dir, `${settingsFileName}.json`);
}
