import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addOrderDeadlines,
  migrateSettings,
  settingsMigrations,
  type SettingsMigration,
} from '../../../../../electron/core/settings/migrations';
import { defaultOrderDeadlines } from '../../../../../shared/domain/order-deadlines';
import { openConfBackend } from '../../../../../electron/core/settings/conf-backend';
import { SettingsRepository } from '../../../../../electron/core/settings/settings-repository';
import { WrittenByNewerVersion } from '../../../../../electron/core/startup/newer-version';
import { currentSettingsVersion, defaultSettings } from '../../../../../electron/core/settings/settings-schema';
import { fixedClock } from '../../../../support/fakes';
import { useTempDir } from '../../../../support/temp-dir';

const newDir = useTempDir();
const open = (dir: string, migrations?: readonly SettingsMigration[]) =>
  SettingsRepository.open({ dir, openBackend: openConfBackend, clock: fixedClock(), appVersion: '1.4.0', migrations });
const settingsPath = (dir: string) => join(dir, 'settings.json');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('SettingsRepository', () => {
  it('starts a new data folder with defaults and the current version, in an owner-only file', () => {
    const dir = newDir();
    const repo = open(dir);
    expect(repo.current).toEqual(defaultSettings());
    expect(repo.reports).toEqual([]);
    expect(readJson(settingsPath(dir))).toMatchObject({ schemaVersion: currentSettingsVersion });
    expect(statSync(settingsPath(dir)).mode & 0o777).toBe(0o600);
  });

  it('keeps what was saved across reopening', () => {
    const dir = newDir();
    open(dir).update((s) => ({ ...s, orderHooks: { ...s.orderHooks, apiKey: 'X-Partner-Key' } }));
    expect(open(dir).current.orderHooks.apiKey).toBe('X-Partner-Key');
  });

  it('sets a garbage file aside with a timestamp, starts with defaults and reports it', () => {
    const dir = newDir();
    writeFileSync(settingsPath(dir), '{"schemaVersion": 1, "orderHooks": {tru');
    const repo = open(dir);
    expect(repo.current).toEqual(defaultSettings());
    expect(repo.reports).toHaveLength(1);
    expect(repo.reports[0]?.message).toMatch(/could not be read.*default settings/);
    const backups = readdirSync(dir).filter((f) => f.startsWith('settings.corrupt-'));
    expect(backups).toEqual(['settings.corrupt-2026-11-22T12-00-00-000Z.json']);
    expect(repo.reports[0]?.message).toContain(backups[0]);
    // The operator's data is not lost: the backup holds the original bytes.
    expect(readFileSync(join(dir, backups[0] ?? ''), 'utf8')).toBe('{"schemaVersion": 1, "orderHooks": {tru');
  });

  it('does not overwrite an earlier backup when corruption happens twice in the same second', () => {
    const dir = newDir();
    writeFileSync(settingsPath(dir), 'garbage 1');
    open(dir);
    writeFileSync(settingsPath(dir), 'garbage 2');
    open(dir);
    const backups = readdirSync(dir).filter((f) => f.startsWith('settings.corrupt-'));
    expect(backups).toHaveLength(2);
  });

  it('sets aside valid JSON whose values this version cannot use, naming the field', () => {
    const dir = newDir();
    writeFileSync(settingsPath(dir), JSON.stringify({ ...defaultSettings(), partners: [{ id: 7 }] }));
    const repo = open(dir);
    expect(repo.current.partners).toEqual([]);
    expect(repo.reports[0]?.message).toMatch(/partners\.0/);
  });

  it('sets aside JSON that is not a settings document at all (an array), with the same notice as garbage', () => {
    const dir = newDir();
    writeFileSync(settingsPath(dir), '[]');
    const repo = open(dir);
    expect(repo.current).toEqual(defaultSettings());
    expect(repo.reports[0]?.message).toMatch(/could not be read.*default settings.*settings\.corrupt-/);
    const backup = readdirSync(dir).find((f) => f.startsWith('settings.corrupt-'));
    expect(readFileSync(join(dir, backup ?? ''), 'utf8')).toBe('[]');
    expect(existsSync(`${settingsPath(dir)}.v0.bak`)).toBe(false);
  });

  it('stops the start on a file written by a newer version, naming it, and leaves the file as it was', () => {
    const dir = newDir();
    const newer = JSON.stringify({ ...defaultSettings(), schemaVersion: 9, savedBy: '2.0.0' });
    writeFileSync(settingsPath(dir), newer);
    expect(() => open(dir)).toThrow(WrittenByNewerVersion);
    expect(() => open(dir)).toThrow(
      new RegExp(
        `settings\\.json was written by Integration Hub 2\\.0\\.0, a newer version than this one \\(1\\.4\\.0\\).*version 9.*up to ${currentSettingsVersion}\\).*stopped without changing anything.*install Integration Hub 2\\.0\\.0 or newer.*--data-dir`,
      ),
    );
    expect(readFileSync(settingsPath(dir), 'utf8')).toBe(newer);
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });

  it('records which version wrote the file, so an older version can name it', () => {
    const dir = newDir();
    open(dir).update((s) => ({ ...s, orderHooks: { ...s.orderHooks, apiKey: 'X-Partner-Key' } }));
    expect(readJson(settingsPath(dir))).toMatchObject({ savedBy: '1.4.0' });
    expect(open(dir).current).not.toHaveProperty('savedBy');
  });

  it('tells subscribers which sections a change touched, only after it was written', () => {
    const repo = open(newDir());
    const seen: string[][] = [];
    repo.subscribe((sections) => seen.push([...sections]));
    repo.update((s) => ({ ...s, delivery: { ...s.delivery, retentionDays: 7 } }));
    repo.update((s) => s);
    expect(() => repo.update((s) => ({ ...s, partners: [{ id: '' } as never] }))).toThrow();
    expect(seen).toEqual([['delivery']]);
  });

  it('migrates a version-less document, keeping its values and the original file', () => {
    const dir = newDir();
    const legacy = { orderHooks: { ...defaultSettings().orderHooks, apiKey: 'X-Legacy' } };
    writeFileSync(settingsPath(dir), JSON.stringify(legacy));
    const repo = open(dir);
    expect(repo.current.schemaVersion).toBe(currentSettingsVersion);
    expect(repo.current.orderHooks.apiKey).toBe('X-Legacy');
    expect(repo.current.partners).toEqual([]);
    expect(readJson(`${settingsPath(dir)}.v0.bak`)).toEqual(legacy);
    expect(readJson(settingsPath(dir))).toMatchObject({ schemaVersion: currentSettingsVersion });
  });

  it('migrates version 2 to 3: every partner gets no rotation in progress, and nothing else changes (#14)', () => {
    const dir = newDir();
    const partner = {
      id: 'p1',
      name: 'Acme Delivery',
      url: 'https://acme.example/hooks',
      enabled: true,
      eventTypes: ['order.created', 'menu.updated', 'menu.deleted'],
      headerName: 'X-Acme-Key',
      timeoutSeconds: 15,
      rateLimitPerSecond: 10,
      createdAt: '2026-11-20T09:00:00.000Z',
      updatedAt: '2026-11-21T09:00:00.000Z',
    };
    const { schemaVersion: _current, ...rest } = defaultSettings();
    const v2 = { ...rest, schemaVersion: 2, partners: [partner], secretsGeneration: 4, savedBy: '0.9.0' };
    writeFileSync(settingsPath(dir), JSON.stringify(v2));
    const repo = open(dir);
    expect(repo.reports).toEqual([]);
    expect(repo.current.schemaVersion).toBe(currentSettingsVersion);
    expect(repo.current.partners).toEqual([
      { ...partner, signingRotation: null, held: false, orderDeadlines: { ...defaultOrderDeadlines } },
    ]);
    expect(repo.current.secretsGeneration).toBe(4);
    expect(readJson(`${settingsPath(dir)}.v2.bak`)).toEqual(v2);
    expect(readJson(settingsPath(dir))).toMatchObject({
      schemaVersion: currentSettingsVersion,
      partners: [{ signingRotation: null }],
    });
    // Something that is not a partner is left for validation to judge, not "fixed".
    expect(migrateSettings({ ...v2, partners: 'none' })).toMatchObject({ document: { partners: 'none' } });
  });

  it('migrates a settings file from before holds: no partner is held, and nothing else changes (#14)', () => {
    const dir = newDir();
    const from = settingsMigrations.find((m) => m.describe.startsWith('partners can be held'))?.from;
    expect(from).toBeDefined();
    const partner = {
      id: 'p1',
      name: 'Acme Delivery',
      url: 'https://acme.example/hooks',
      enabled: false,
      eventTypes: ['order.created'],
      headerName: '',
      signingRotation: null,
      timeoutSeconds: 15,
      rateLimitPerSecond: 10,
      createdAt: '2026-11-20T09:00:00.000Z',
      updatedAt: '2026-11-21T09:00:00.000Z',
    };
    const { schemaVersion: _current, ...rest } = defaultSettings();
    const before = { ...rest, schemaVersion: from, partners: [partner], secretsGeneration: 2, savedBy: '0.9.0' };
    writeFileSync(settingsPath(dir), JSON.stringify(before));
    const repo = open(dir);
    expect(repo.reports).toEqual([]);
    expect(repo.current.schemaVersion).toBe(currentSettingsVersion);
    // A disabled partner stays disabled; holding is a separate choice.
    expect(repo.current.partners).toEqual([{ ...partner, held: false, orderDeadlines: { ...defaultOrderDeadlines } }]);
    expect(readJson(`${settingsPath(dir)}.v${from}.bak`)).toEqual(before);
    expect(migrateSettings({ ...before, partners: 'none' })).toMatchObject({ document: { partners: 'none' } });
  });

  it('order deadlines (#14): every partner gets 5 and 15 minutes, one that has its own keeps them', () => {
    const partner = { id: 'p1', name: 'Deliveroo', eventTypes: ['order.created'] };
    const own = { id: 'p2', name: 'Slow', orderDeadlines: { createdMinutes: 20, otherMinutes: 30 } };
    const before = { schemaVersion: addOrderDeadlines.from, partners: [partner, own, 'not a partner'] };
    expect(addOrderDeadlines.migrate(structuredClone(before))).toEqual({
      ...before,
      partners: [{ ...partner, orderDeadlines: { createdMinutes: 5, otherMinutes: 15 } }, own, 'not a partner'],
    });
    // Through the whole chain: the file is valid at the current version.
    const dir = newDir();
    writeFileSync(
      settingsPath(dir),
      JSON.stringify({ ...defaultSettings(), schemaVersion: addOrderDeadlines.from, partners: [] }),
    );
    expect(open(dir).current.schemaVersion).toBe(currentSettingsVersion);
    expect(addOrderDeadlines.migrate({ partners: 'none' })).toEqual({ partners: 'none' });
  });

  it('chains migration steps in order up to the target version', () => {
    const steps: SettingsMigration[] = [
      { from: 0, describe: 'add version', migrate: (d) => ({ ...d, trail: ['0→1'] }) },
      { from: 1, describe: 'rename', migrate: (d) => ({ ...d, trail: [...(d.trail as string[]), '1→2'] }) },
      { from: 2, describe: 'split', migrate: (d) => ({ ...d, trail: [...(d.trail as string[]), '2→3'] }) },
    ];
    expect(migrateSettings({}, steps, 3)).toEqual({
      kind: 'migrated',
      fromVersion: 0,
      document: { schemaVersion: 3, trail: ['0→1', '1→2', '2→3'] },
    });
    expect(migrateSettings({ schemaVersion: 2, trail: [] }, steps, 3)).toMatchObject({ document: { trail: ['2→3'] } });
    expect(migrateSettings({ schemaVersion: 1 }, [], 3)).toEqual({ kind: 'unknown', version: 1 });
    expect(migrateSettings({ schemaVersion: 'one' }, steps, 3)).toEqual({ kind: 'unknown', version: 'one' });
  });

  it('refuses an invalid update and leaves memory and disk as they were', () => {
    const dir = newDir();
    const repo = open(dir);
    const before = readFileSync(settingsPath(dir), 'utf8');
    expect(() => repo.update((s) => ({ ...s, partners: [{ id: '' } as never] }))).toThrow();
    expect(repo.current.partners).toEqual([]);
    expect(readFileSync(settingsPath(dir), 'utf8')).toBe(before);
    expect(existsSync(settingsPath(dir))).toBe(true);
  });
});
