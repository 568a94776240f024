import { describe, expect, it } from 'vitest';
import {
  browserEnvVar,
  chooseBrowser,
  chromiumExecutablePath,
  missingBrowserAdvice,
  systemBrowserPaths,
  type BrowserProbe,
} from '../../support/browser-choice';

const playwrightLinux = '/home/dev/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

function probe(platform: NodeJS.Platform, present: string[], env: BrowserProbe['env'] = {}): BrowserProbe {
  const files = new Set(present);
  return { platform, env, exists: (path) => files.has(path), playwrightChromium: () => playwrightLinux };
}

describe('the browser for the end-to-end tests', () => {
  it('takes the one named by the environment variable first', () => {
    const choice = chooseBrowser(
      probe('linux', ['/opt/my/chrome', playwrightLinux, '/usr/bin/chromium'], { [browserEnvVar]: '/opt/my/chrome' }),
    );
    expect(choice).toEqual({ found: true, source: 'environment', executablePath: '/opt/my/chrome' });
  });

  it('stops on a named browser that is not there instead of guessing another', () => {
    const choice = chooseBrowser(probe('linux', ['/usr/bin/chromium'], { [browserEnvVar]: '/nope/chrome' }));
    expect(choice).toEqual({ found: false, problem: `${browserEnvVar} names /nope/chrome, which does not exist.` });
  });

  it("prefers Playwright's own Chromium over a system browser", () => {
    expect(chooseBrowser(probe('linux', [playwrightLinux, '/usr/bin/chromium']))).toMatchObject({
      source: 'playwright',
      executablePath: playwrightLinux,
    });
    // Its path is for Playwright to know: the launch option stays unset.
    expect(chromiumExecutablePath(probe('linux', [playwrightLinux]))).toBeUndefined();
  });

  it('finds Debian, Ubuntu snap and Google Chrome installs on Linux', () => {
    expect(chooseBrowser(probe('linux', ['/usr/bin/chromium']))).toMatchObject({
      source: 'system',
      executablePath: '/usr/bin/chromium',
    });
    expect(chooseBrowser(probe('linux', ['/snap/bin/chromium']))).toMatchObject({
      executablePath: '/snap/bin/chromium',
    });
    expect(chromiumExecutablePath(probe('linux', ['/usr/bin/google-chrome-stable']))).toBe(
      '/usr/bin/google-chrome-stable',
    );
  });

  it('finds Chrome in /Applications and ~/Applications on macOS', () => {
    const system = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const own = '/Users/ana/Applications/Chromium.app/Contents/MacOS/Chromium';
    expect(chooseBrowser(probe('darwin', [system]))).toMatchObject({ executablePath: system });
    expect(chooseBrowser(probe('darwin', [own], { HOME: '/Users/ana' }))).toMatchObject({ executablePath: own });
    expect(systemBrowserPaths('darwin', {})).not.toContain(own);
  });

  it('finds Chrome and Edge under Program Files and the user profile on Windows, with Windows separators', () => {
    const env = {
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
      LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local',
    };
    const user = 'C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(chooseBrowser(probe('win32', [user, edge], env))).toMatchObject({ executablePath: user });
    expect(chooseBrowser(probe('win32', [edge], env))).toMatchObject({ executablePath: edge });
    expect(systemBrowserPaths('win32', env).every((path) => !path.includes('/'))).toBe(true);
    // An unset variable adds no relative path.
    expect(systemBrowserPaths('win32', { PROGRAMFILES: 'C:\\Program Files' })).toHaveLength(3);
  });

  it('reports nothing found, and the advice names the fix for that OS in one paragraph', () => {
    expect(chooseBrowser(probe('linux', []))).toEqual({ found: false });
    expect(() => chromiumExecutablePath(probe('linux', []))).toThrow(/sudo apt-get install chromium/);
    expect(missingBrowserAdvice('darwin')).toMatch(/brew install --cask chromium/);
    expect(missingBrowserAdvice('win32')).toMatch(/install Google Chrome, or run `npx playwright install chromium`/);
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(missingBrowserAdvice(platform)).not.toContain('\n');
      expect(missingBrowserAdvice(platform)).toContain(browserEnvVar);
    }
  });
});
