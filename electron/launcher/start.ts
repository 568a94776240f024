/**
 * `npm start`: runs the desktop app when the Electron binary is available and
 * browser mode otherwise (or with `--browser`). Plain Node: importing `electron`
 * here would try to download the binary and hang without internet.
 *
 *   node out/main/launcher.js [--browser] [--data-dir X] [--port N]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveDataDir } from '../core/data-dir';
import { launcherPidEnvVar } from '../core/system/launcher-watch';
import { runAttached, runCaptured } from './child-process';
import type { InstallResult } from './launch-plan';
import {
  browserFallbackNotice,
  installFailureReason,
  locateElectronBinary,
  parseLauncherArgs,
  planLaunch,
} from './launch-plan';

/** One download attempt may take this long before browser mode starts instead. */
const installTimeoutMs = 120_000;

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Paths from this file's own location (out/main/), never the working directory. */
function appPaths(launcherDir: string): { appRoot: string; electronDir: string; browserModeScript: string } {
  const appRoot = resolve(launcherDir, '..', '..');
  return {
    appRoot,
    electronDir: join(appRoot, 'node_modules', 'electron'),
    browserModeScript: join(launcherDir, 'browser-mode.js'),
  };
}

async function main(): Promise<number> {
  const args = parseLauncherArgs(process.argv.slice(2));
  const paths = appPaths(import.meta.dirname);
  const plan = await planLaunch(args, {
    locate: () => locateElectronBinary(paths.electronDir, { readText, exists: existsSync }, join),
    install: async (): Promise<InstallResult> => {
      const installer = join(paths.electronDir, 'install.js');
      if (!existsSync(installer)) return { ok: false, reason: 'the electron package is not installed' };
      const run = await runCaptured(process.execPath, [installer], paths.electronDir, installTimeoutMs);
      return run.exitCode === 0 && !run.timedOut
        ? { ok: true }
        : { ok: false, reason: installFailureReason(run.output, run.exitCode, run.timedOut) };
    },
  });

  // The child stops when this launcher ends, however it ends (see launcher-watch.ts).
  const childEnv: NodeJS.ProcessEnv = { ...process.env, [launcherPidEnvVar]: String(process.pid) };
  if (plan.runtime === 'electron') {
    // An inherited ELECTRON_RUN_AS_NODE would make the binary behave as plain Node.
    delete childEnv.ELECTRON_RUN_AS_NODE;
    return runAttached(plan.binary, [paths.appRoot, ...args.forwarded], childEnv);
  }

  if (plan.fallbackReason !== undefined) {
    const dataDir = resolveDataDir(args.forwarded, process.env);
    console.log(`\n${browserFallbackNotice(plan.fallbackReason, dataDir)}\n`);
  }
  if (!existsSync(paths.browserModeScript)) {
    console.error(`Browser mode is not built (${paths.browserModeScript} is missing). Run "npm run build" first.`);
    return 1;
  }
  return runAttached(process.execPath, [paths.browserModeScript, ...args.forwarded], childEnv);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
