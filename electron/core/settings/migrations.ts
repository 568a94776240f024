import { currentSettingsVersion, defaultSettings } from './settings-schema';

type Document = Record<string, unknown>;

/**
 * One step from `from` to `from + 1`. Steps are pure: they get a copy of the
 * document and return the next version of it.
 */
export interface SettingsMigration {
  from: number;
  describe: string;
  migrate(document: Document): Document;
}

/**
 * Version 0 is a document without `schemaVersion`: the empty `{}` conf creates
 * before the first save, or a file written by hand. Known sections are kept,
 * missing ones get their defaults; validation afterwards rejects wrong shapes.
 */
const fillDefaults: SettingsMigration = {
  from: 0,
  describe: 'add the schema version and any missing sections',
  migrate: (document) => ({ ...defaultSettings(), ...document, schemaVersion: 1 }),
};

export const settingsMigrations: readonly SettingsMigration[] = [fillDefaults];

export type MigrationOutcome =
  | { kind: 'current'; document: Document }
  | { kind: 'migrated'; document: Document; fromVersion: number }
  | { kind: 'newer'; version: number }
  | { kind: 'unknown'; version: unknown };

/** The stored document's version; a missing one means 0. */
export function versionOf(document: Document): unknown {
  return document.schemaVersion ?? 0;
}

/**
 * Brings a stored document up to `target` by applying each step in order. A
 * document from a newer app is not touched: downgrading must not destroy it.
 */
export function migrateSettings(
  document: Document,
  migrations: readonly SettingsMigration[] = settingsMigrations,
  target: number = currentSettingsVersion,
): MigrationOutcome {
  const version = versionOf(document);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return { kind: 'unknown', version };
  if (version === target) return { kind: 'current', document };
  if (version > target) return { kind: 'newer', version };
  let next: Document = structuredClone(document);
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return { kind: 'unknown', version };
    next = step.migrate(next);
    next.schemaVersion = v + 1;
  }
  return { kind: 'migrated', document: next, fromVersion: version };
}
