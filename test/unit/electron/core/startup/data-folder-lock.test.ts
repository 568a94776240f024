import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFolderInUse, holderFileName, lockDataFolder } from '../../../../../electron/core/startup/data-folder-lock';
import { useTempDir } from '../../../../support/temp-dir';

const newDir = useTempDir();
const at = new Date('2026-11-22T14:02:00Z');

function refusal(dir: string): DataFolderInUse {
  try {
    lockDataFolder(dir, { mode: 'electron', appVersion: '1.0.0' }, at);
  } catch (error) {
    if (error instanceof DataFolderInUse) return error;
    throw error;
  }
  throw new Error('the second lock was granted');
}

describe('the data folder lock', () => {
  it('refuses a second holder, naming the first one and its address, until the first releases it', () => {
    const dir = newDir();
    const first = lockDataFolder(dir, { mode: 'browser', appVersion: '1.0.0' }, at);
    first.describe({ address: 'http://127.0.0.1:41837/?token=abc' });
    const refused = refusal(dir);
    expect(refused.holder).toMatchObject({
      pid: process.pid,
      mode: 'browser',
      address: 'http://127.0.0.1:41837/?token=abc',
    });
    expect(refused.message).toMatch(
      new RegExp(
        `^Integration Hub is already running in browser mode with the data folder ${dir} at http://127\\.0\\.0\\.1:41837/\\?token=abc \\(process ${process.pid}, started at \\d\\d:\\d\\d on 22 Nov 2026\\)\\. ` +
          'Only one Integration Hub may use a data folder at a time; a second one would send every webhook twice\\. ' +
          'Open that address in a browser, or stop that process first, or start with --data-dir to use another folder\\.$',
      ),
    );
    first.release();
    expect(existsSync(join(dir, holderFileName))).toBe(false);
    lockDataFolder(dir, { mode: 'electron', appVersion: '1.0.0' }, at).release();
  });

  it('names the desktop app and how to reach it when it holds the folder', () => {
    const dir = newDir();
    const desktop = lockDataFolder(dir, { mode: 'electron', appVersion: '1.0.0' }, at);
    expect(refusal(dir).message).toMatch(/already running as the desktop app .*Switch to its window/);
    desktop.release();
  });

  it('is not blocked by a description left by a process that has ended, and does not name it', () => {
    const dir = newDir();
    // What a SIGKILLed hub leaves: its description (the OS dropped its lock with the process).
    const dead = {
      pid: 2 ** 22 + 1,
      mode: 'browser',
      appVersion: '1.0.0',
      startedAt: at.toISOString(),
      address: 'http://127.0.0.1:1/',
    };
    writeFileSync(join(dir, holderFileName), JSON.stringify(dead));
    const lock = lockDataFolder(dir, { mode: 'browser', appVersion: '1.0.0' }, at);
    expect(refusal(dir).holder).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('says the holder is still starting when it has not described itself yet', () => {
    const dir = newDir();
    const lock = lockDataFolder(dir, { mode: 'browser', appVersion: '1.0.0' }, at);
    writeFileSync(join(dir, holderFileName), 'not json');
    const refused = refusal(dir);
    expect(refused.holder).toBeNull();
    expect(refused.message).toMatch(/already running with the data folder .* \(it is still starting\)/);
    lock.release();
  });

  it('leaves only its empty lock file behind after a release', () => {
    const dir = newDir();
    lockDataFolder(dir, { mode: 'browser', appVersion: '1.0.0' }, at).release();
    expect(readdirSync(dir)).toEqual(['instance.lock']);
  });
});
