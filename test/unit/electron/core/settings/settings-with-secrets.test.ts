import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempPathFor } from '../../../../../electron/core/files/write-file-atomic';
import { createPlaintextCipher } from '../../../../../electron/core/secrets/plaintext-cipher';
import { orderHooksValueKey, partnerSecretKeys } from '../../../../../electron/core/secrets/secret-keys';
import { openConfBackend } from '../../../../../electron/core/settings/conf-backend';
import { openConfiguration } from '../../../../../electron/core/settings/open-configuration';
import type { Settings } from '../../../../../electron/core/settings/settings-schema';
import { fixedClock } from '../../../../support/fakes';
import { useTempDir } from '../../../../support/temp-dir';
import { defaultOrderDeadlines } from '../../../../../shared/domain/order-deadlines';

const newDir = useTempDir();
const open = (dir: string) =>
  openConfiguration({
    dir,
    openBackend: openConfBackend,
    cipher: createPlaintextCipher('test'),
    clock: fixedClock(),
    appVersion: '1.0.0',
  });
const withApiKey =
  (apiKey: string) =>
  (draft: Settings): Settings => ({ ...draft, orderHooks: { ...draft.orderHooks, apiKey } });
const secretsFile = (dir: string): unknown => JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8'));

describe('settings and secrets saved as one', () => {
  it('saves both, with the same generation in each file and no previous secrets left on disk', async () => {
    const dir = newDir();
    await open(dir).config.save(withApiKey('X-Key'), new Map([[orderHooksValueKey, 'value-1']]));
    const { config } = open(dir);
    expect(config.settings.current.orderHooks.apiKey).toBe('X-Key');
    expect(config.secrets.get(orderHooksValueKey)).toBe('value-1');
    expect(config.settings.current.secretsGeneration).toBe(config.secrets.generation);
    expect(secretsFile(dir)).not.toHaveProperty('previous');
  });

  it('undoes at the next start a save that reached the secrets but not the settings (killed in between)', async () => {
    const dir = newDir();
    await open(dir).config.save(withApiKey('X-Key'), new Map([[orderHooksValueKey, 'value-1']]));
    // The first half of a save that clears both, then the process dies.
    const { config } = open(dir);
    config.secrets.stage(await config.secrets.seal(new Map([[orderHooksValueKey, null]])));
    expect(config.secrets.get(orderHooksValueKey)).toBeNull();

    const after = open(dir);
    expect(after.config.settings.current.orderHooks.apiKey).toBe('X-Key');
    expect(after.config.secrets.get(orderHooksValueKey)).toBe('value-1');
    expect(after.reports.map((r) => r.message)).toEqual([
      expect.stringMatching(/stopped while a change .* was being saved, so that change was not kept/),
    ]);
    expect(secretsFile(dir)).not.toHaveProperty('previous');
  });

  it('keeps a save that reached both files before the kill, and drops the previous secrets', async () => {
    const dir = newDir();
    const { config } = open(dir);
    const generation = config.secrets.stage(await config.secrets.seal(new Map([[orderHooksValueKey, 'value-2']])));
    config.settings.update((draft) => ({ ...withApiKey('X-Key')(draft), secretsGeneration: generation }));
    // Killed before the previous secrets were dropped.
    expect(secretsFile(dir)).toHaveProperty('previous');
    const after = open(dir);
    expect(after.config.secrets.get(orderHooksValueKey)).toBe('value-2');
    expect(after.reports).toEqual([]);
    expect(secretsFile(dir)).not.toHaveProperty('previous');
  });

  it('puts the secrets back when the settings write is refused', async () => {
    const dir = newDir();
    const { config } = open(dir);
    await config.save(withApiKey('X-Key'), new Map([[orderHooksValueKey, 'value-1']]));
    await expect(
      config.save(
        (draft) => ({ ...draft, partners: [{ id: '' } as never] }),
        new Map([[orderHooksValueKey, 'value-2']]),
      ),
    ).rejects.toThrow();
    expect(config.secrets.get(orderHooksValueKey)).toBe('value-1');
    expect(open(dir).config.secrets.get(orderHooksValueKey)).toBe('value-1');
  });

  it('removes, at start, temporary files an interrupted write left (they may hold a secret)', async () => {
    const dir = newDir();
    await open(dir).config.save(withApiKey('X-Key'), new Map([[orderHooksValueKey, 'value-1']]));
    writeFileSync(tempPathFor(join(dir, 'secrets.json')), '{"entries":{"k":{"data":"secret"}}}');
    writeFileSync(join(dir, 'settings.json.tmp-1764444000abcdef'), '{}');
    writeFileSync(join(dir, 'notes.tmp'), 'not ours');
    open(dir);
    expect(readdirSync(dir).filter((name) => name.includes('tmp'))).toEqual(['notes.tmp']);
  });

  it('removes, at start, the secrets of partners that no longer exist', async () => {
    const dir = newDir();
    const gone = partnerSecretKeys('gone');
    const kept = partnerSecretKeys('kept');
    const { config } = open(dir);
    await config.save(
      (draft) => ({
        ...draft,
        partners: [
          {
            id: 'kept',
            name: 'Kept',
            url: 'https://kept.example/hook',
            enabled: true,
            eventTypes: ['order.created'],
            headerName: 'X-Key',
            signingRotation: null,
            held: false,
            timeoutSeconds: 15,
            rateLimitPerSecond: 10,
            orderDeadlines: { ...defaultOrderDeadlines },
            createdAt: '2026-11-22T12:00:00.000Z',
            updatedAt: '2026-11-22T12:00:00.000Z',
          },
        ],
      }),
      new Map([
        [kept.header, 'kept-value'],
        [gone.header, 'orphan-value'],
        [gone.signing, 'whsec_orphan'],
      ]),
    );
    const after = open(dir).config;
    expect(after.secrets.keys()).toEqual([kept.header]);
    expect(readFileSync(join(dir, 'secrets.json'), 'utf8')).not.toContain('orphan');
  });

  it('keeps secrets when the settings file had to be set aside (its partners still own them)', async () => {
    const dir = newDir();
    const keys = partnerSecretKeys('p1');
    const { secrets } = open(dir).config;
    secrets.commit(await secrets.seal(new Map([[keys.header, 'value']])));
    writeFileSync(join(dir, 'settings.json'), '{ broken');
    expect(open(dir).config.secrets.get(keys.header)).toBe('value');
    expect(existsSync(join(dir, 'secrets.json'))).toBe(true);
  });
});
