/**
 * Set by the launcher (`npm start`) for the hub it starts: the launcher's pid.
 * A SIGKILL cannot be caught or passed on, so the child watches for itself.
 */
export const launcherPidEnvVar = 'INTEGRATION_HUB_LAUNCHER_PID';

/** How often the hub looks; a hub outliving its launcher by this long does no harm. */
const checkEveryMs = 500;

export interface LauncherWatchOptions {
  intervalMs?: number;
  /** The current parent's pid (`process.ppid`, read afresh each time). */
  parentPid?: () => number;
  /** Whether a process exists (`process.kill(pid, 0)`). */
  isAlive?: (pid: number) => boolean;
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * When this process was started by the launcher, calls `onGone` once the
 * launcher has ended — killed, crashed, or its terminal closed — so the hub
 * never outlives it and never keeps the data folder's lock behind the
 * operator's back. On Linux and macOS an orphan is re-parented (its `ppid`
 * changes); on Windows it is not, so the launcher's pid is also probed.
 * Returns a stop function; does nothing when not started by the launcher.
 */
export function watchLauncher(
  env: NodeJS.ProcessEnv,
  onGone: () => void,
  options: LauncherWatchOptions = {},
): () => void {
  const launcherPid = Number(env[launcherPidEnvVar]);
  if (!Number.isInteger(launcherPid) || launcherPid <= 0) return () => undefined;
  const parentPid = options.parentPid ?? (() => process.ppid);
  const isAlive = options.isAlive ?? processExists;
  const timer = setInterval(() => {
    if (parentPid() === launcherPid && isAlive(launcherPid)) return;
    clearInterval(timer);
    onGone();
  }, options.intervalMs ?? checkEveryMs);
  // Never the reason the process stays up.
  timer.unref();
  return () => clearInterval(timer);
}
