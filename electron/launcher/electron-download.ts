import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { InstallResult } from './launch-plan';

/** How far a download is: bytes so far and, when the server says, in all. */
export interface DownloadProgress {
  transferred: number;
  total: number | null;
}

/** The one function of `@electron/get` the launcher uses, as far as it uses it. */
type DownloadArtifact = (details: {
  version: string;
  artifactName: 'electron';
  platform: string;
  arch: string;
  checksums?: Record<string, string>;
  cacheRoot?: string;
  force?: boolean;
  mirrorOptions?: { mirror?: string };
  downloadOptions: {
    quiet: boolean;
    signal: AbortSignal;
    getProgressCallback: (progress: DownloadProgress) => Promise<void>;
  };
}) => Promise<string>;

export interface ElectronDownloadOptions {
  /** `node_modules/electron`: its version, its checksums, and the `@electron/get` it installs with. */
  electronDir: string;
  /** Called as bytes arrive. */
  onProgress(progress: DownloadProgress): void;
  /** Give up when no byte has arrived for this long (a dead connection), however long the whole takes. */
  stallMs: number;
  env?: NodeJS.ProcessEnv;
  /** Tests point these at a loopback server and their own checksums. */
  mirror?: string;
  checksums?: Record<string, string>;
}

/**
 * Downloads the Electron zip into `@electron/get`'s cache, with the same
 * settings the `electron` package's installer uses (version, platform, arch,
 * checksums, cache folder, mirror variables), so its installer then only unpacks
 * it. Unlike the installer it reports progress from the first byte (the
 * installer's own bar starts after 30 s, and only on a terminal), and it is not
 * cut off after a fixed time: a slow line may take many minutes, only a stall
 * ends it.
 */
export async function downloadElectronZip(options: ElectronDownloadOptions): Promise<InstallResult> {
  const env = options.env ?? process.env;
  let downloadArtifact: DownloadArtifact;
  let version: string;
  let checksums: Record<string, string> | undefined = options.checksums;
  try {
    const fromElectron = createRequire(join(options.electronDir, 'package.json'));
    const module = (await import(pathToFileURL(fromElectron.resolve('@electron/get')).href)) as {
      downloadArtifact: DownloadArtifact;
    };
    downloadArtifact = module.downloadArtifact;
    ({ version } = JSON.parse(readFileSync(join(options.electronDir, 'package.json'), 'utf8')) as { version: string });
    checksums ??= JSON.parse(readFileSync(join(options.electronDir, 'checksums.json'), 'utf8')) as Record<
      string,
      string
    >;
  } catch (error) {
    return { ok: false, reason: `the electron package is incomplete (${String(error)})` };
  }

  const controller = new AbortController();
  let stalled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watch = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      controller.abort();
    }, options.stallMs);
  };
  watch();
  try {
    await downloadArtifact({
      version,
      artifactName: 'electron',
      platform: env.ELECTRON_INSTALL_PLATFORM ?? env.npm_config_platform ?? process.platform,
      arch: env.ELECTRON_INSTALL_ARCH ?? env.npm_config_arch ?? process.arch,
      checksums,
      cacheRoot: env.electron_config_cache,
      force: env.force_no_cache === 'true',
      ...(options.mirror ? { mirrorOptions: { mirror: options.mirror } } : {}),
      downloadOptions: {
        quiet: true,
        signal: controller.signal,
        getProgressCallback: (progress) => {
          watch();
          options.onProgress({ transferred: progress.transferred, total: progress.total });
          return Promise.resolve();
        },
      },
    });
    return { ok: true };
  } catch (error) {
    if (stalled) return { ok: false, reason: `the download stalled (nothing arrived for ${options.stallMs / 1000} s)` };
    if (!(error instanceof Error)) return { ok: false, reason: String(error) };
    // fetch's own message is only "fetch failed"; the cause says why (e.g. getaddrinfo ENOTFOUND github.com).
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return { ok: false, reason: `${error.message}${cause}` };
  } finally {
    clearTimeout(timer);
  }
}
