import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeElectronStore } from './fake-electron-store';

vi.mock('electron-store', async () => ({ default: (await import('./fake-electron-store')).FakeElectronStore }));

const { openElectronStoreBackend } = await import('../../../../electron/shell/electron-store-backend');

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hub-store-'));
  FakeElectronStore.created.length = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('electron-store settings backend', () => {
  it('writes and reads back the whole document, keys with dots kept whole', () => {
    const backend = openElectronStoreBackend({ dir, name: 'settings' });
    expect(backend.path).toBe(join(dir, 'settings.json'));
    backend.write({ version: 2, 'partner.example.com': { url: 'https://a.example/' } });
    expect(backend.read()).toEqual({ version: 2, 'partner.example.com': { url: 'https://a.example/' } });
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({
      version: 2,
      'partner.example.com': { url: 'https://a.example/' },
    });
  });

  it('replaces the document rather than merging into it', () => {
    const backend = openElectronStoreBackend({ dir, name: 'settings' });
    backend.write({ a: 1, b: 2 });
    backend.write({ c: 3 });
    expect(backend.read()).toEqual({ c: 3 });
  });

  it('keeps the file readable by its owner only', () => {
    const backend = openElectronStoreBackend({ dir, name: 'settings' });
    writeFileSync(backend.path, '{}', { mode: 0o644 });
    backend.write({ secret: 'x' });
    if (process.platform !== 'win32') expect(statSync(backend.path).mode & 0o777).toBe(0o600);
  });

  it('opens a corrupt file without throwing, and read() throws the SyntaxError without wiping it', () => {
    writeFileSync(join(dir, 'settings.json'), '{ not json');
    const backend = openElectronStoreBackend({ dir, name: 'settings' });
    expect(() => backend.read()).toThrow(SyntaxError);
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe('{ not json');
  });

  it('reads the file as it is, so a document that is not an object is seen (electron-store would make it {})', () => {
    writeFileSync(join(dir, 'settings.json'), '[]');
    expect(openElectronStoreBackend({ dir, name: 'settings' }).read()).toEqual([]);
  });

  it('passes the options that make it safe: no clearing, 0600, no dot paths, no watching', () => {
    openElectronStoreBackend({ dir, name: 'settings' }).write({});
    expect(FakeElectronStore.created).toEqual([
      {
        cwd: dir,
        name: 'settings',
        clearInvalidConfig: false,
        configFileMode: 0o600,
        accessPropertiesByDotNotation: false,
        watch: false,
      },
    ]);
  });
});
