import { describe, expect, it } from 'vitest';
import { osAppDataDir, resolveDataDir } from '../../../../electron/core/data-dir';

describe('the data folder on each OS', () => {
  it('is under %APPDATA% on Windows, with Windows separators', () => {
    const env = { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming', USERPROFILE: 'C:\\Users\\ana' };
    expect(resolveDataDir([], env, 'win32', 'C:\\src\\hub')).toBe('C:\\Users\\ana\\AppData\\Roaming\\Integration Hub');
    // Without APPDATA, from the profile folder (not a POSIX HOME a shell may have set).
    expect(osAppDataDir('win32', { USERPROFILE: 'C:\\Users\\ana', HOME: '/c/Users/ana' })).toBe(
      'C:\\Users\\ana\\AppData\\Roaming',
    );
  });

  it('takes a relative --data-dir from the folder npm start ran in, the Windows way on Windows', () => {
    expect(resolveDataDir(['--data-dir', '.\\my-data'], {}, 'win32', 'C:\\src\\hub')).toBe('C:\\src\\hub\\my-data');
    expect(resolveDataDir(['--data-dir=D:\\hub'], {}, 'win32', 'C:\\src\\hub')).toBe('D:\\hub');
    expect(resolveDataDir(['--data-dir', './my-data'], {}, 'linux', '/home/ana/hub')).toBe('/home/ana/hub/my-data');
  });

  it('is ~/Library/Application Support on macOS and $XDG_CONFIG_HOME or ~/.config on Linux', () => {
    expect(resolveDataDir([], { HOME: '/Users/ana' }, 'darwin', '/')).toBe(
      '/Users/ana/Library/Application Support/Integration Hub',
    );
    expect(resolveDataDir([], { HOME: '/home/ana' }, 'linux', '/')).toBe('/home/ana/.config/Integration Hub');
    expect(resolveDataDir([], { HOME: '/home/ana', XDG_CONFIG_HOME: '/cfg' }, 'linux', '/')).toBe(
      '/cfg/Integration Hub',
    );
  });

  it('takes the flag before the environment variable, and ignores a blank choice', () => {
    const env = { HOME: '/home/ana', INTEGRATION_HUB_DATA_DIR: '/from-env' };
    expect(resolveDataDir(['--data-dir', '/from-flag'], env, 'linux', '/')).toBe('/from-flag');
    expect(resolveDataDir([], env, 'linux', '/')).toBe('/from-env');
    expect(resolveDataDir([], { ...env, INTEGRATION_HUB_DATA_DIR: '  ' }, 'linux', '/')).toBe(
      '/home/ana/.config/Integration Hub',
    );
  });
});
