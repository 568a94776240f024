import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlaintextCipher } from '../../../electron/core/secrets/plaintext-cipher';
import { orderHooksValueKey, partnerSecretKeys, secretKeysInUse } from '../../../electron/core/secrets/secret-keys';
import { openConfBackend } from '../../../electron/core/settings/conf-backend';
import { openConfiguration } from '../../../electron/core/settings/open-configuration';
import type { Settings } from '../../../electron/core/settings/settings-schema';
import { bundleChild } from '../../support/bundle-child';
import { fixedClock } from '../../support/fakes';
import { crashKills, crashSeed, seededRandom } from '../../support/seeded-random';
import { useTempDir } from '../../support/temp-dir';
import { WarmChildren } from './warm-children';

const newDir = useTempDir();
let savers: WarmChildren;
beforeAll(async () => {
  savers = new WarmChildren(await bundleChild(resolve(import.meta.dirname, 'settings-saver-child.ts')));
}, 60_000);
afterAll(() => savers.close());
// 50 in `npm test` (about a minute on CI); `npm run soak` runs 1000.
const kills = crashKills(50);
/** Kills land this long (at most) after the child is ready: several saves in, often mid-save. */
const maxKillDelayMs = 60;

/** Everything that shows the two files came from different saves, read straight from disk. */
function tornPairs(dir: string): string[] {
  // A kill in the first round can land before the first save wrote either file: nothing to tear yet.
  const settingsPath = join(dir, 'settings.json');
  if (!existsSync(settingsPath)) return [];
  const settings = JSON.parse(readFileSync(settingsPath, 'utf8')) as Settings;
  const secretsPath = join(dir, 'secrets.json');
  const secrets = existsSync(secretsPath)
    ? (JSON.parse(readFileSync(secretsPath, 'utf8')) as { entries: Record<string, { data: string }> })
    : { entries: {} };
  const value = (key: string): string | null => secrets.entries[key]?.data ?? null;
  const torn: string[] = [];
  const { apiKey } = settings.orderHooks;
  const hookValue = value(orderHooksValueKey);
  const expected = apiKey === '' ? null : apiKey.replace('X-Key-', 'value-');
  if (hookValue !== expected) torn.push(`API Key "${apiKey}" went with Value ${String(hookValue)}`);
  for (const partner of settings.partners) {
    const keys = partnerSecretKeys(partner.id);
    const header = value(keys.header);
    if (header !== partner.headerName.replace('X-Partner-', 'partner-value-'))
      torn.push(`partner header "${partner.headerName}" went with value ${String(header)}`);
    if (value(keys.signing) === null) torn.push(`partner ${partner.name} lost its signing secret`);
  }
  const inUse = secretKeysInUse(settings);
  for (const key of Object.keys(secrets.entries)) if (!inUse.has(key)) torn.push(`a secret for nobody: ${key}`);
  return torn;
}

const tempFiles = (dir: string): string[] => readdirSync(dir).filter((name) => /\.tmp(-|$)/.test(name));

describe('crash safety of settings saves', () => {
  it(
    `never leaves settings and secrets from different saves, across ${kills} SIGKILLs mid-save`,
    { timeout: Math.max(600_000, kills * 20_000) },
    async () => {
      const seed = crashSeed();
      const random = seededRandom(seed);
      const dir = newDir();
      const startUp = () =>
        openConfiguration({
          dir,
          openBackend: openConfBackend,
          cipher: createPlaintextCipher('crash test'),
          clock: fixedClock(),
          appVersion: '0.0.0-crash',
        });
      let tornAtKill = 0;
      let tempsAtKill = 0;
      const tornAfterStart: string[] = [];
      const tempsAfterStart: string[] = [];
      const started = performance.now();

      for (let round = 0; round < kills; round++) {
        const saver = await savers.next([dir, String(round * 1_000_000 + 1)]);
        await saver.waitFor((line) => line === 'ready');
        await new Promise((wake) => setTimeout(wake, random() * maxKillDelayMs));
        saver.process.kill('SIGKILL');
        await once(saver.process, 'exit');

        // What the kill left, before any start-up repair: proof the kills hit mid-save.
        if (tornPairs(dir).length > 0) tornAtKill += 1;
        tempsAtKill += tempFiles(dir).length;
        // The next start, as the app does it; then the files must agree and hold no temporary file.
        startUp();
        tornAfterStart.push(...tornPairs(dir).map((problem) => `round ${round}: ${problem}`));
        tempsAfterStart.push(...tempFiles(dir));
      }

      console.log(
        `settings crash test (seed ${seed}, replay with CRASH_SEED=${seed}): ${kills} SIGKILLs in ` +
          `${((performance.now() - started) / 1000).toFixed(1)} s; ${tornAtKill} left the files torn at the kill ` +
          `and ${tempsAtKill} temporary files; after each start: ${tornAfterStart.length} torn pairs, ` +
          `${tempsAfterStart.length} temporary files`,
      );
      expect(tornAfterStart).toEqual([]);
      expect(tempsAfterStart).toEqual([]);
    },
  );
});
