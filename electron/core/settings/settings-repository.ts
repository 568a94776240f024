import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { setAsideCorruptFile } from '../files/set-aside-corrupt-file';
import type { Clock, OpenSettingsBackend, SettingsBackend } from '../ports';
import { migrateSettings, settingsMigrations, type SettingsMigration } from './migrations';
import { defaultSettings, settingsSchema, type Settings } from './settings-schema';

export const settingsFileName = 'settings';

/** Why the stored settings were not used as they were, in words for the operator. */
export interface SettingsLoadReport {
  level: 'info' | 'warning';
  message: string;
}

interface OpenOptions {
  dir: string;
  openBackend: OpenSettingsBackend;
  clock: Clock;
  migrations?: readonly SettingsMigration[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The Integration Hub settings: loaded once, validated, migrated, and written
 * back whole on every change. A file that cannot be used is set aside with a
 * timestamp and reported — never silently reset.
 */
export class SettingsRepository {
  private constructor(
    private readonly backend: SettingsBackend,
    private settings: Settings,
    readonly reports: readonly SettingsLoadReport[],
    /** No settings file existed: this is the app's first start in this data folder. */
    readonly firstRun: boolean,
  ) {}

  get path(): string {
    return this.backend.path;
  }

  static open({ dir, openBackend, clock, migrations = settingsMigrations }: OpenOptions): SettingsRepository {
    const reports: SettingsLoadReport[] = [];
    // A file set aside as corrupt is not a first run: the operator had settings before.
    const firstRun = !existsSync(guessPath(dir));
    const openFresh = (): SettingsBackend => openBackend({ dir, name: settingsFileName });
    const startFresh = (): SettingsRepository => {
      const backend = openFresh();
      const settings = defaultSettings();
      backend.write(settings);
      return new SettingsRepository(backend, settings, reports, firstRun);
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
      // conf throws while opening or reading a file that is not JSON.
      const path = probePath ?? guessPath(dir);
      if (existsSync(path)) setAside(path, unreadable);
      return startFresh();
    }

    if (!isPlainObject(raw)) {
      setAside(backend.path, unreadable);
      return startFresh();
    }

    const outcome = migrateSettings(raw, migrations);
    if (outcome.kind === 'newer') {
      const newer = (backupPath: string): string =>
        `Your settings were saved by a newer version of Integration Hub (settings version ${outcome.version}). ` +
        `This version started with default settings; the newer file was kept as ${backupPath}.`;
      setAside(backend.path, newer);
      return startFresh();
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

    if (outcome.kind === 'migrated' && existsSync(backend.path)) {
      // Keep the pre-migration file: a migration bug must not be able to lose settings.
      const backupPath = `${backend.path}.v${outcome.fromVersion}.bak`;
      copyFileSync(backend.path, backupPath);
      backend.write(parsed.data);
    } else if (outcome.kind === 'migrated') {
      backend.write(parsed.data);
    }
    return new SettingsRepository(backend, parsed.data, reports, firstRun);
  }

  /** The current settings; treat as read-only and change them through `update`. */
  get current(): Readonly<Settings> {
    return this.settings;
  }

  /**
   * Applies `change` to a copy, validates the result and writes it; on any
   * failure nothing changes, in memory or on disk.
   */
  update(change: (draft: Settings) => Settings): Settings {
    const next = settingsSchema.parse(change(structuredClone(this.settings)));
    this.backend.write(next);
    this.settings = next;
    return next;
  }
}

function unreadable(backupPath: string): string {
  return `Your settings file could not be read, so Integration Hub started with default settings. The unreadable file was kept as ${backupPath}.`;
}

/** Where both backends keep the file (conf and electron-store use `<cwd>/<name>.json`). */
function guessPath(dir: string): string {
  return join(dir, `${settingsFileName}.json`);
}
