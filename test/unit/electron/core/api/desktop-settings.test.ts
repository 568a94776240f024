import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../../../support/test-core';
import { useTempDir } from '../../../../support/temp-dir';

const newDir = useTempDir();

describe('the desktop app’s own settings (desktop.get / desktop.save)', () => {
  it('start at login follows the desktop app’s default until the operator chooses, and the choice survives a restart', async () => {
    const dir = newDir();
    const packaged = openTestCore(dir, {}, { mode: 'electron', desktop: { startAtLogin: true } });
    expect(await packaged.value('desktop.get', {})).toEqual({ available: true, startAtLogin: true });

    expect(await packaged.value('desktop.save', { startAtLogin: false })).toEqual({
      available: true,
      startAtLogin: false,
    });
    expect(packaged.pushed).toContainEqual({ event: 'settings.changed', payload: { scope: 'desktop' } });
    await packaged.close();

    const again = openTestCore(dir, {}, { mode: 'electron', desktop: { startAtLogin: true } });
    expect(await again.value('desktop.get', {})).toEqual({ available: true, startAtLogin: false });
    await again.close();
  });

  it('is not offered in browser mode, and a save there changes nothing', async () => {
    const core = openTestCore(newDir());
    expect(await core.value('desktop.get', {})).toEqual({ available: false, startAtLogin: false });
    const refused = await core.call('desktop.save', { startAtLogin: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    expect(core.pushed.some((p) => p.event === 'settings.changed')).toBe(false);
    await core.close();
  });

  it('refuses input that is not a yes or no', async () => {
    const core = openTestCore(newDir(), {}, { mode: 'electron', desktop: { startAtLogin: false } });
    expect(await core.call('desktop.save', { startAtLogin: 'yes' })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed' },
    });
    expect(await core.value('desktop.get', {})).toEqual({ available: true, startAtLogin: false });
    await core.close();
  });
});
