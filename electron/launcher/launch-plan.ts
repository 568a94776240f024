/**
 * The launcher's decisions, as pure functions: which runtime to start and what to
 * tell the operator. No I/O here; `start.ts` supplies the file system and processes.
 */

/** The flag that asks for browser mode even when Electron is available. */
export const browserFlag = '--browser';

/** What the command line asked for. */
export interface LauncherArgs {
  wantsBrowser: boolean;
  /** Everything else, passed on unchanged (`--data-dir X`, `--port N`, …). */
  forwarded: string[];
}

/** Splits the launcher's own flag from the arguments it passes on. */
export function parseLauncherArgs(args: readonly string[]): LauncherArgs {
  return { wantsBrowser: args.includes(browserFlag), forwarded: args.filter((arg) => arg !== browserFlag) };
}

/** Where the Electron binary is, or why it is not there. */
export type BinaryCheck = { found: true; path: string } | { found: false; reason: string };

/** The file-system reads the binary check needs. */
export interface BinaryFs {
  /** The file's text, or undefined when it does not exist. */
  readText(path: string): string | undefined;
  exists(path: string): boolean;
}

/**
 * Finds the Electron binary the way the `electron` package does (its `path.txt`
 * names the executable inside `dist/`), but never downloads: the package's own
 * `require('electron')` would start a download that hangs without internet.
 */
export function locateElectronBinary(
  electronDir: string,
  fs: BinaryFs,
  join: (...parts: string[]) => string,
): BinaryCheck {
  if (!fs.exists(join(electronDir, 'package.json')))
    return { found: false, reason: 'the electron package is not installed' };
  const relative = fs.readText(join(electronDir, 'path.txt'))?.trim();
  if (!relative) return { found: false, reason: 'its binary has not been downloaded' };
  const binary = join(electronDir, 'dist', relative);
  if (!fs.exists(binary)) return { found: false, reason: `its binary is missing (${binary})` };
  return { found: true, path: binary };
}

/** The outcome of one attempt to download the binary. */
export type InstallResult = { ok: true } | { ok: false; reason: string };

/** What to start. */
export type LaunchPlan = { runtime: 'electron'; binary: string } | { runtime: 'browser'; fallbackReason?: string };

/** The effects the plan depends on. */
export interface PlanSteps {
  locate(): BinaryCheck;
  /** Runs the `electron` package's installer once, with a timeout. */
  install(): Promise<InstallResult>;
}

/**
 * Electron when its binary is present or one download attempt brings it;
 * otherwise browser mode, with the reason Electron could not be used.
 */
export async function planLaunch(args: LauncherArgs, steps: PlanSteps): Promise<LaunchPlan> {
  if (args.wantsBrowser) return { runtime: 'browser' };
  const first = steps.locate();
  if (first.found) return { runtime: 'electron', binary: first.path };
  const installed = await steps.install();
  const second = steps.locate();
  if (second.found) return { runtime: 'electron', binary: second.path };
  return { runtime: 'browser', fallbackReason: installed.ok ? second.reason : installed.reason };
}

/** The one paragraph printed when Electron cannot be used and browser mode starts instead. */
export function browserFallbackNotice(reason: string, dataDir: string): string {
  return (
    `The Electron desktop runtime is not installed on this machine and could not be downloaded (${reason}). ` +
    'Starting Integration Hub in browser mode instead: open the address below in a browser on this PC. ' +
    `Data is kept in ${dataDir}; change it with --data-dir or INTEGRATION_HUB_DATA_DIR.`
  );
}

/**
 * A short reason from the installer's output: the error message of its first
 * error line (`TypeError: fetch failed` → `fetch failed`), else its last line.
 */
export function installFailureReason(output: string, exitCode: number | null, timedOut: boolean): string {
  if (timedOut) return 'the download timed out';
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const errorLine = lines.find((line) => /^[A-Za-z]*Error\b/.test(line));
  const chosen = errorLine?.replace(/^[A-Za-z]*Error(\s*\[[^\]]*\])?:\s*/, '') ?? lines.at(-1);
  const reason = chosen && chosen !== '' ? chosen : `the installer exited with code ${String(exitCode)}`;
  return reason.length > 200 ? `${reason.slice(0, 197)}...` : reason;
}

/** The download's progress in one line: "Downloading Electron 45.4.1 (first start only): 37 % of 104 MB". */
export function downloadProgressLine(version: string, transferred: number, total: number | null): string {
  const what = `Downloading Electron ${version}, the desktop runtime (first start only)`;
  if (transferred === 0 && total === null) return `${what}…`;
  const mb = (bytes: number): string => `${Math.round(bytes / 1_000_000)} MB`;
  const done = total ? `${Math.floor((transferred / total) * 100)} % of ${mb(total)}` : `${mb(transferred)} so far`;
  return `${what}: ${done}`;
}

/**
 * True when Electron died because Chromium's sandbox could not start: Ubuntu
 * 23.10 and later stop an unpacked Electron from creating user namespaces
 * (AppArmor), and its setuid helper is not root-owned, so Chromium aborts with
 * SIGTRAP (exit 133) saying so on stderr.
 */
export function isSandboxFailure(exitCode: number, stderr: string): boolean {
  return (
    exitCode !== 0 &&
    /SUID sandbox helper binary was found, but is not configured correctly|No usable sandbox!|setuid sandbox is not running as root/i.test(
      stderr,
    )
  );
}

/** The AppArmor profile name for the Electron run from this project folder. */
export const apparmorProfileName = 'integration-hub-electron';

/**
 * An AppArmor profile that lets exactly this Electron binary create user
 * namespaces, the way electron-builder's .deb profile does for the installed app.
 */
export function apparmorProfile(binary: string): string {
  return [
    'abi <abi/4.0>,',
    'include <tunables/global>',
    '',
    `profile ${apparmorProfileName} "${binary.replace(/["\\]/g, (c) => `\\${c}`)}" flags=(unconfined) {`,
    '  userns,',
    '',
    `  include if exists <local/${apparmorProfileName}>`,
    '}',
    '',
  ].join('\n');
}

/** The one paragraph printed when the Chromium sandbox stopped Electron, and browser mode starts instead. */
export function sandboxFallbackNotice(profilePath: string, dataDir: string): string {
  const target = `/etc/apparmor.d/${apparmorProfileName}`;
  return (
    'The Electron desktop runtime could not start: this Linux (Ubuntu 23.10 or later, through AppArmor) does not let an ' +
    'Electron run from a project folder use its sandbox, so it stopped with “The SUID sandbox helper binary was found, ' +
    'but is not configured correctly”. The installed app (.deb) brings its own AppArmor profile and is not affected. ' +
    `To run the desktop app from here, allow this Electron binary once with the profile written to ${profilePath}: ` +
    `sudo cp '${profilePath}' ${target} && sudo apparmor_parser -r ${target} — or, until the next restart and for ` +
    'every program, sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0. Then run npm start again. ' +
    'Starting Integration Hub in browser mode instead: open the address below in a browser on this PC. ' +
    `Data is kept in ${dataDir}; change it with --data-dir or INTEGRATION_HUB_DATA_DIR.`
  );
}

/** Flags that mean something only in browser mode, named when the desktop app starts with them. */
export function browserOnlyFlags(forwarded: readonly string[]): string[] {
  return forwarded.some((arg) => arg === '--port' || arg.startsWith('--port=')) ? ['--port'] : [];
}
