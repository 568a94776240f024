import type { Net, PowerMonitor } from 'electron';
import type { ConnectivityProbe } from '../core/ports';

/** How often the network state is polled while someone is watching. */
export const onlinePollIntervalMs = 5_000;

/**
 * Connectivity from Electron's `net.isOnline()`. Electron has no change event for
 * it, so it is polled while anyone watches, and checked at once when the PC wakes
 * from sleep (the moment the network most often changed). Watchers hear only
 * about changes. Create after `app` is ready.
 */
export function createOnlineProbe(
  net: Pick<Net, 'isOnline'>,
  powerMonitor: Pick<PowerMonitor, 'on' | 'removeListener'>,
  intervalMs = onlinePollIntervalMs,
): ConnectivityProbe {
  const watchers = new Set<() => void>();
  let last = net.isOnline();
  let poller: ReturnType<typeof setInterval> | undefined;

  const check = (): void => {
    const now = net.isOnline();
    if (now === last) return;
    last = now;
    for (const watcher of [...watchers]) watcher();
  };

  const start = (): void => {
    // Changes while nobody watched are not news to a new watcher.
    last = net.isOnline();
    poller = setInterval(check, intervalMs);
    powerMonitor.on('resume', check);
  };
  const stop = (): void => {
    clearInterval(poller);
    poller = undefined;
    powerMonitor.removeListener('resume', check);
  };

  return {
    // Not cached: the core asks right before it decides whether to spend an attempt.
    isOnline: () => net.isOnline(),
    watch: (onChange) => {
      // A wrapper per call, so the same function watched twice is unsubscribed independently.
      const watcher = (): void => onChange();
      if (watchers.size === 0) start();
      watchers.add(watcher);
      return () => {
        if (!watchers.delete(watcher)) return;
        if (watchers.size === 0) stop();
      };
    },
  };
}
