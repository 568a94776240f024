import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HubProcess } from './fixtures/hub-process';
import { entries, NodeProcesses } from './fixtures/node-process';

/**
 * Data written by a newer version of the app stops browser mode's start with
 * one paragraph on the terminal and a non-zero exit, and is left untouched: no
 * fresh start over the operator's data, no file set aside, nothing rewritten.
 */
// Several real processes per test, each paying Node's start-up: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

let dataDir = '';
const processes = new NodeProcesses();

test.beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'hub-newer-'));
});
test.afterEach(async () => {
  processes.kill();
  await rm(dataDir, { recursive: true, force: true });
});

const browserArgs = (): string[] => [entries.browserMode, '--data-dir', dataDir, '--port', '0', '--no-sample-partner'];

/** Every file in the folder with a hash of its bytes, to prove nothing changed. */
async function snapshot(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dataDir)).sort()) {
    files[name] = createHash('sha256')
      .update(await readFile(join(dataDir, name)))
      .digest('hex');
  }
  return files;
}

test('a database written by a newer version stops the start, names that version and is left as it was', async () => {
  // A real data folder first, then "upgraded" by version 3.0.0 (schema 99).
  const hub = new HubProcess(dataDir);
  await hub.start();
  await hub.stop();
  const upgrade = await processes.runToEnd([
    '--input-type=module',
    '-e',
    `import { DatabaseSync } from 'node:sqlite';
     const db = new DatabaseSync(${JSON.stringify(join(dataDir, 'hub.sqlite'))});
     db.exec("PRAGMA user_version = 99; UPDATE meta SET value = '3.0.0' WHERE key = 'app_version'");
     db.close();`,
  ]);
  expect(upgrade.code).toBe(0);
  const before = await snapshot();

  const refused = await processes.runToEnd(browserArgs());
  expect(refused.code).toBe(1);
  const paragraph = refused.output.trim();
  expect(paragraph).toMatch(
    /^The delivery database .*hub\.sqlite was written by Integration Hub 3\.0\.0, a newer version than this one \(0\.1\.0\)/,
  );
  expect(paragraph).toContain('Integration Hub stopped without changing anything.');
  expect(paragraph).toContain('install Integration Hub 3.0.0 or newer again');
  expect(paragraph.split('\n')).toHaveLength(1);
  // instance.json comes and goes with the lock; everything else is byte for byte the same.
  const after = await snapshot();
  delete before['instance.json'];
  delete after['instance.json'];
  expect(after).toEqual(before);
});

test('settings written by a newer version stop the start the same way', async () => {
  const newer = JSON.stringify({ schemaVersion: 7, savedBy: '2.5.0', partners: [] });
  await writeFile(join(dataDir, 'settings.json'), newer);
  const refused = await processes.runToEnd(browserArgs());
  expect(refused.code).toBe(1);
  expect(refused.output.trim()).toMatch(
    /^The settings file .*settings\.json was written by Integration Hub 2\.5\.0, .*install Integration Hub 2\.5\.0 or newer again; to start over without it, start with --data-dir and another folder\.$/,
  );
  expect(await readFile(join(dataDir, 'settings.json'), 'utf8')).toBe(newer);
  expect((await readdir(dataDir)).filter((name) => name.includes('corrupt'))).toEqual([]);
});
