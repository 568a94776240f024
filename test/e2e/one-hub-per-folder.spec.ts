import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HubProcess } from './fixtures/hub-process';
import { entries, isAlive, NodeProcesses, urlLine } from './fixtures/node-process';

/**
 * One hub per data folder, whichever mode opened it: real processes on one
 * folder, in both orders, after a SIGKILL, and under `npm start`'s launcher.
 */
// Several real processes per test, each paying Node's start-up: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

let dataDir = '';
const processes = new NodeProcesses();

test.beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'hub-lock-'));
});
test.afterEach(async () => {
  processes.kill();
  await rm(dataDir, { recursive: true, force: true });
});

const browserArgs = (): string[] => [entries.browserMode, '--data-dir', dataDir, '--port', '0', '--no-sample-partner'];
const desktopArgs = (): string[] => ['--import', 'tsx', entries.coreProcess, dataDir, 'electron'];

async function holderPid(): Promise<number> {
  const holder = JSON.parse(await readFile(join(dataDir, 'instance.json'), 'utf8')) as { pid: number };
  return holder.pid;
}

test('a second browser-mode hub on the folder of a running one exits non-zero, naming its process and address', async () => {
  const first = await processes.startUntil(browserArgs(), urlLine);
  const second = await processes.runToEnd(browserArgs());
  expect(second.code).toBe(1);
  const paragraph = second.output.trim();
  expect(paragraph).toContain(`Integration Hub is already running in browser mode with the data folder ${dataDir}`);
  expect(paragraph).toContain(`at ${first.match[1]} (process ${first.child.pid},`);
  expect(paragraph).toContain('or start with --data-dir to use another folder.');
  // One paragraph: nothing else printed, no stack trace.
  expect(paragraph.split('\n')).toHaveLength(1);
  // The first hub is untouched and still answers.
  expect((await fetch(first.match[1] ?? '')).status).toBe(200);
});

test('the desktop app and browser mode exclude each other, in both orders', async () => {
  const desktop = await processes.startUntil(desktopArgs(), /^ready$/m);
  const browserRefused = await processes.runToEnd(browserArgs());
  expect(browserRefused.code).toBe(1);
  expect(browserRefused.output).toMatch(/already running as the desktop app .*Switch to its window/);
  desktop.child.kill('SIGTERM');
  await once(desktop.child, 'exit');

  await processes.startUntil(browserArgs(), urlLine);
  const desktopRefused = await processes.runToEnd(desktopArgs());
  expect(desktopRefused.code).toBe(1);
  expect(desktopRefused.output).toMatch(/already running in browser mode .* at http:\/\/127\.0\.0\.1:\d+\/\?token=/);
});

test('a hub killed with SIGKILL never blocks the next start (the OS drops its lock)', async () => {
  const first = new HubProcess(dataDir);
  await first.start();
  const pid = await holderPid();
  process.kill(pid, 'SIGKILL');
  await expect.poll(() => isAlive(pid)).toBe(false);
  const second = new HubProcess(dataDir);
  try {
    await second.start();
    expect(await holderPid()).not.toBe(pid);
  } finally {
    await second.stop();
  }
});

test('killing `npm start`’s launcher with SIGKILL stops the hub it started', async () => {
  const started = await processes.startUntil([entries.launcher, '--browser', ...browserArgs().slice(1)], urlLine);
  const hubPid = await holderPid();
  expect(hubPid).not.toBe(started.child.pid);
  started.child.kill('SIGKILL');
  await expect.poll(() => isAlive(hubPid), { timeout: 10_000 }).toBe(false);
  // It stopped cleanly (its description removed), and the folder is free again.
  const next = new HubProcess(dataDir);
  try {
    await next.start();
  } finally {
    await next.stop();
  }
});
