/**
 * Which Chromium the end-to-end tests drive, on any developer's machine (#12).
 *
 * In order: the browser named by `INTEGRATION_HUB_TEST_BROWSER`; Playwright's own
 * Chromium when `playwright install chromium` has put it in place; a system Chrome
 * or Chromium on the usual paths of Linux, macOS and Windows. When none is there,
 * the test runner installs Playwright's Chromium (this works wherever the internet
 * is reachable) and asks again; only then does it stop, with one paragraph naming
 * the command that fixes it on that OS.
 *
 * Pure apart from the injected probe, so every platform's paths are unit-tested on
 * any machine. Self-contained (Node builtins only): `test/run-tests.mjs` imports it
 * directly under Node's type stripping.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { posix, win32 } from 'node:path';

export const browserEnvVar = 'INTEGRATION_HUB_TEST_BROWSER';

/** What the choice may look at; the real one reads the file system and Playwright. */
export interface BrowserProbe {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  exists: (path: string) => boolean;
  /** Where Playwright's own Chromium lives (whether or not it is installed). */
  playwrightChromium: () => string | undefined;
}

export type BrowserChoice =
  | { found: true; source: 'environment' | 'playwright' | 'system'; executablePath: string }
  | { found: false; problem?: string };

/** Usual install locations of Chrome, Chromium and Edge (all Chromium), most common first. */
export function systemBrowserPaths(platform: NodeJS.Platform, env: BrowserProbe['env']): string[] {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (root): root is string => typeof root === 'string' && root !== '',
    );
    const relative = [
      ['Google', 'Chrome', 'Application', 'chrome.exe'],
      ['Chromium', 'Application', 'chrome.exe'],
      ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
    ];
    return relative.flatMap((parts) => roots.map((root) => win32.join(root, ...parts)));
  }
  if (platform === 'darwin') {
    const apps = [
      ['Google Chrome.app', 'Google Chrome'],
      ['Chromium.app', 'Chromium'],
      ['Microsoft Edge.app', 'Microsoft Edge'],
    ];
    const folders = ['/Applications', ...(env.HOME ? [posix.join(env.HOME, 'Applications')] : [])];
    return apps.flatMap(([app = '', binary = '']) =>
      folders.map((folder) => posix.join(folder, app, 'Contents', 'MacOS', binary)),
    );
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/usr/bin/microsoft-edge',
    '/opt/google/chrome/chrome',
  ];
}

/** Picks the browser without installing anything. */
export function chooseBrowser(probe: BrowserProbe): BrowserChoice {
  const named = probe.env[browserEnvVar]?.trim();
  if (named) {
    // A named browser that is not there is a mistake worth stopping for, not a reason to guess another.
    if (probe.exists(named)) return { found: true, source: 'environment', executablePath: named };
    return { found: false, problem: `${browserEnvVar} names ${named}, which does not exist.` };
  }
  const own = probe.playwrightChromium();
  if (own && probe.exists(own)) return { found: true, source: 'playwright', executablePath: own };
  const system = systemBrowserPaths(probe.platform, probe.env).find((path) => probe.exists(path));
  if (system) return { found: true, source: 'system', executablePath: system };
  return { found: false };
}

/** The one paragraph printed when no browser could be found or installed. */
export function missingBrowserAdvice(platform: NodeJS.Platform, problem?: string): string {
  const fix =
    platform === 'win32'
      ? 'install Google Chrome, or run `npx playwright install chromium` in this folder'
      : platform === 'darwin'
        ? 'install Google Chrome (or `brew install --cask chromium`), or run `npx playwright install chromium` in this folder'
        : 'install Chromium with your package manager (on Debian or Ubuntu: `sudo apt-get install chromium`), or run `npx playwright install chromium` in this folder';
  return (
    `${problem ? `${problem} ` : ''}The end-to-end tests need Chrome or Chromium, and none was found ` +
    `(Playwright's own Chromium, the usual install folders) nor could one be installed. To fix it, ${fix}; ` +
    `or point ${browserEnvVar} at a Chrome or Chromium executable. Then run \`npm test\` again.`
  );
}

/** The probe of this machine. Playwright is loaded only here, so the pure choice stays cheap to test. */
export function realBrowserProbe(): BrowserProbe {
  return {
    platform: process.platform,
    env: process.env,
    exists: existsSync,
    playwrightChromium: () => {
      try {
        const { chromium } = createRequire(import.meta.url)('playwright') as {
          chromium: { executablePath: () => string };
        };
        return chromium.executablePath();
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * The `executablePath` to launch Playwright with on this machine: undefined for
 * Playwright's own Chromium (it knows where that is), else the found browser.
 * Throws the one-paragraph advice when there is none.
 */
export function chromiumExecutablePath(probe: BrowserProbe = realBrowserProbe()): string | undefined {
  const choice = chooseBrowser(probe);
  if (!choice.found) throw new Error(missingBrowserAdvice(probe.platform, choice.problem));
  return choice.source === 'playwright' ? undefined : choice.executablePath;
}
