import { defaultOrderDeadlines } from '../../../shared/domain/order-deadlines';
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

/** The event types a subscription to an existing one now implies (issue #13). */
const lifecycleOf: Readonly<Record<string, readonly string[]>> = {
  'menu.updated': ['menu.deleted'],
  'menu.item.updated': ['menu.item.created', 'menu.item.deleted'],
};

/**
 * Creating and deleting menus and items became events of their own. A partner
 * that chose to hear about menus or items heard of additions and deletions
 * through `menu.updated` before, and keeps hearing of them now, at the level it
 * subscribed to. Anything that is not a well-formed partner is left for
 * validation to judge.
 */
const subscribeToLifecycle: SettingsMigration = {
  from: 1,
  describe: 'partners subscribed to menu or item changes also hear when one is created or deleted',
  migrate: (document) => {
    if (!Array.isArray(document.partners)) return document;
    const partners = document.partners.map((partner: unknown) => {
      if (typeof partner !== 'object' || partner === null) return partner;
      const listed: unknown = (partner as Document).eventTypes;
      if (!Array.isArray(listed)) return partner;
      const types = listed as unknown[];
      const added = types.flatMap((type) => (typeof type === 'string' ? (lifecycleOf[type] ?? []) : []));
      return { ...partner, eventTypes: [...new Set([...types, ...added])] };
    });
    return { ...document, partners };
  },
};

/**
 * Signing secrets can be rotated with an overlap (#14): each partner records the
 * rotation in progress, none yet. The version moves so that an older app, which
 * would drop the record and with it the old secret, refuses the file instead.
 */
const addSigningRotation: SettingsMigration = {
  from: 2,
  describe: 'partners record a signing-secret rotation in progress (none yet)',
  migrate: (document) => {
    if (!Array.isArray(document.partners)) return document;
    const partners = document.partners.map((partner: unknown) =>
      typeof partner === 'object' && partner !== null ? { signingRotation: null, ...partner } : partner,
    );
    return { ...document, partners };
  },
};

/**
 * A partner can be held (#14): its webhooks are queued and kept, sent when it is
 * released. None is held yet. The version moves so that an older app, which would
 * drop the flag and send a held partner its backlog, refuses the file instead.
 */
const addPartnerHold: SettingsMigration = {
  from: 3,
  describe: 'partners can be held: webhooks kept, sent on release (none held yet)',
  migrate: (document) => {
    if (!Array.isArray(document.partners)) return document;
    const partners = document.partners.map((partner: unknown) =>
      typeof partner === 'object' && partner !== null ? { held: false, ...partner } : partner,
    );
    return { ...document, partners };
  },
};

/**
 * Order deadlines (#14): every partner starts with the defaults (5 minutes for a
 * new order, 15 for the rest), which is what the alerts used before anyone
 * chose. A partner that already has deadlines keeps them.
 */
export const addOrderDeadlines: SettingsMigration = {
  from: 4,
  describe: 'partners get order deadlines (5 minutes for a new order, 15 for other order events)',
  migrate: (document) => {
    if (!Array.isArray(document.partners)) return document;
    const partners = document.partners.map((partner: unknown) =>
      typeof partner === 'object' && partner !== null
        ? { orderDeadlines: { ...defaultOrderDeadlines }, ...partner }
        : partner,
    );
    return { ...document, partners };
  },
};

export const settingsMigrations: readonly SettingsMigration[] = [
  fillDefaults,
  subscribeToLifecycle,
  addSigningRotation,
  addPartnerHold,
  addOrderDeadlines,
];

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
