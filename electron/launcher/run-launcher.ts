import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { resolveDataDir } from '../core/data-dir';
import { launcherPidEnvVar } from '../core/system/launcher-watch';
import { runAttached, runCaptured, type SignalSource } from './child-process';
import { downloadElectronZip } from './electron-download';
import type { InstallResult } from './launch-plan';
import {
  apparmorProfile,
  apparmorProfileName,
  browserFallbackNotice,
  browserOnlyFlags,
  downloadProgressLine,
  installFailureReason,
  isSandboxFailure,
  locateElectronBinary,
  parseLauncherArgs,
  planLaunch,
  sandboxFallbackNotice,
} from './launch-plan';

/** A download that receives nothing for this long is given up (the whole may take as long as it takes). */
export const downloadStallMs = 60_000;
/** Unpacking the downloaded zip (no network) is bounded only against a hang. */
const unpackTimeoutMs = 10 * 60_000;
/** How much of Electron's stderr is kept to recognise why it stopped. */
const stderrTailBytes = 16_384;

/** Where the launcher writes what the operator reads. */
export interface LauncherOutput {
  write(text: string): void;
  readonly isTTY?: boolean;
}

export interface LauncherOptions {
  args: readonly string[];
  env: NodeJS.ProcessEnv;
  /** The folder of the built launcher (`out/main`); everything else is found from there, never the working directory. */
  launcherDir: string;
  output?: LauncherOutput;
  signals?: SignalSource;
  stallMs?: number;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function appPaths(launcherDir: string): { appRoot: string; electronDir: string; browserModeScript: string } {
  const appRoot = resolve(launcherDir, '..', '..');
  return {
    appRoot,
    electronDir: join(appRoot, 'node_modules', 'electron'),
    browserModeScript: join(launcherDir, 'browser-mode.js'),
  };
}

/** Progress on one line: rewritten in place on a terminal, every 10 % otherwise (a log stays short). */
function progressPrinter(output: LauncherOutput, version: string): (transferred: number, total: number | null) => void {
  let lastShown = '';
  let lastDecile = -1;
  return (transferred, total) => {
    const line = downloadProgressLine(version, transferred, total);
    if (output.isTTY) {
      if (line !== lastShown) output.write(`\r${line}`);
      lastShown = line;
      return;
    }
    const decile = total ? Math.floor((transferred / total) * 10) : Math.floor(transferred / 10_000_000);
    if (decile === lastDecile) return;
    lastDecile = decile;
    output.write(`${line}\n`);
  };
}

/**
 * `npm start`: runs the desktop app when the Electron binary is available (after
 * downloading it once) and browser mode otherwise (or with `--browser`), saying
 * why in one paragraph. When Linux's AppArmor stops Electron's sandbox, it says
 * how to allow it and starts browser mode. Resolves with the exit code.
 */
export async function runLauncher(options: LauncherOptions): Promise<number> {
  const output = options.output ?? process.stdout;
  const args = parseLauncherArgs(options.args);
  const paths = appPaths(options.launcherDir);
  const dataDir = (): string => resolveDataDir(args.forwarded, options.env);

  const install = async (): Promise<InstallResult> => {
    const installer = join(paths.electronDir, 'install.js');
    if (!existsSync(installer)) return { ok: false, reason: 'the electron package is not installed' };
    const { version } = JSON.parse(readText(join(paths.electronDir, 'package.json')) ?? '{}') as { version?: string };
    const show = progressPrinter(output, version ?? '');
    output.write(`${downloadProgressLine(version ?? '', 0, null)}${output.isTTY ? '' : '\n'}`);
    const downloaded = await downloadElectronZip({
      electronDir: paths.electronDir,
      env: options.env,
      stallMs: options.stallMs ?? downloadStallMs,
      onProgress: ({ transferred, total }) => show(transferred, total),
    });
    if (output.isTTY) output.write('\n');
    if (!downloaded.ok) return downloaded;
    // The installer finds the zip in the cache and only unpacks it.
    const run = await runCaptured(process.execPath, [installer], paths.electronDir, unpackTimeoutMs);
    return run.exitCode === 0 && !run.timedOut
      ? { ok: true }
      : { ok: false, reason: installFailureReason(run.output, run.exitCode, run.timedOut) };
  };

  const plan = await planLaunch(args, {
    locate: () => locateElectronBinary(paths.electronDir, { readText, exists: existsSync }, join),
    install,
  });

  // The child stops when this launcher ends, however it ends (see launcher-watch.ts).
  const childEnv: NodeJS.ProcessEnv = { ...options.env, [launcherPidEnvVar]: String(process.pid) };
  let fallbackNotice: string | undefined;
  if (plan.runtime === 'electron') {
    for (const flag of browserOnlyFlags(args.forwarded)) {
      output.write(`${flag} applies to browser mode only; the desktop app opens its own window.\n`);
    }
    // An inherited ELECTRON_RUN_AS_NODE would make the binary behave as plain Node.
    const env = { ...childEnv };
    delete env.ELECTRON_RUN_AS_NODE;
    let stderrTail = '';
    const code = await runAttached(
      plan.binary,
      [paths.appRoot, ...args.forwarded],
      env,
      options.signals ?? process,
      (chunk) => {
        stderrTail = (stderrTail + chunk.toString('utf8')).slice(-stderrTailBytes);
      },
    );
    if (!isSandboxFailure(code, stderrTail)) return code;
    const profilePath = join(mkdtempSync(join(tmpdir(), 'integration-hub-')), apparmorProfileName);
    writeFileSync(profilePath, apparmorProfile(plan.binary));
    fallbackNotice = sandboxFallbackNotice(profilePath, dataDir());
  } else if (plan.fallbackReason !== undefined) {
    fallbackNotice = browserFallbackNotice(plan.fallbackReason, dataDir());
  }

  if (fallbackNotice !== undefined) output.write(`\n${fallbackNotice}\n\n`);
  if (!existsSync(paths.browserModeScript)) {
    console.error(`Browser mode is not built (${paths.browserModeScript} is missing). Run "npm run build" first.`);
    return 1;
  }
  return runAttached(process.execPath, [paths.browserModeScript, ...args.forwarded], childEnv, options.signals);
}
