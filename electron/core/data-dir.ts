import { homedir } from 'node:os';
import { posix, win32, type PlatformPath } from 'node:path';

/** Folder name under the OS's per-user app-data folder; Electron's `userData` uses the same. */
export const appFolderName = 'Integration Hub';
export const dataDirEnvVar = 'INTEGRATION_HUB_DATA_DIR';
export const dataDirFlag = '--data-dir';

/** The path rules of `platform`, so Windows paths are built (and unit-tested) as Windows builds them. */
export function pathsOf(platform: NodeJS.Platform): PlatformPath {
  return platform === 'win32' ? win32 : posix;
}

/**
 * The OS's per-user application-data folder, as Electron's `app.getPath('appData')`
 * computes it, so the desktop app and browser mode share one data folder.
 */
export function osAppDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const path = pathsOf(platform);
  const join = (...parts: string[]): string => path.join(...parts);
  // Windows has no HOME unless a POSIX shell set one; USERPROFILE is its own.
  const home = (platform === 'win32' ? env.USERPROFILE : env.HOME) ?? homedir();
  if (platform === 'win32') return env.APPDATA ?? join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? join(home, '.config');
}

/** Reads `--data-dir X` or `--data-dir=X` from argv; undefined when absent. */
export function dataDirFromArgs(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === dataDirFlag) return argv[i + 1];
    if (arg?.startsWith(`${dataDirFlag}=`)) return arg.slice(dataDirFlag.length + 1);
  }
  return undefined;
}

/**
 * Where this run keeps its data: the flag, else the environment variable, else
 * the OS folder. A relative choice is taken from `cwd`, the folder `npm start` ran in.
 */
export function resolveDataDir(
  argv: readonly string[] = process.argv,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  cwd: string = process.cwd(),
): string {
  const path = pathsOf(platform);
  const chosen = dataDirFromArgs(argv) ?? env[dataDirEnvVar];
  if (chosen && chosen.trim() !== '') return path.resolve(cwd, chosen);
  return path.join(osAppDataDir(platform, env), appFolderName);
}
