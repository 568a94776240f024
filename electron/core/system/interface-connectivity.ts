import { networkInterfaces } from 'node:os';
import type { ConnectivityProbe } from '../ports';

type Interfaces = ReturnType<typeof networkInterfaces>;

/**
 * True when some non-loopback interface has a routable address — the same
 * first-order signal Chromium's `navigator.onLine` and Electron's
 * `net.isOnline()` give. A cable pulled or Wi-Fi dropped turns it false.
 */
export function hasRoutableInterface(interfaces: Interfaces): boolean {
  for (const addresses of Object.values(interfaces)) {
    for (const address of addresses ?? []) {
      if (address.internal) continue;
      if (address.family === 'IPv4' && !address.address.startsWith('169.254.')) return true;
      if (address.family === 'IPv6' && !address.address.toLowerCase().startsWith('fe80:')) return true;
    }
  }
  return false;
}

/** The plain-Node connectivity probe (browser mode): polls the interfaces. */
export function createInterfaceConnectivity(
  pollMs = 3000,
  readInterfaces: () => Interfaces = networkInterfaces,
): ConnectivityProbe {
  let online = hasRoutableInterface(readInterfaces());
  const watchers = new Set<() => void>();
  let timer: NodeJS.Timeout | undefined;

  const poll = (): void => {
    const next = hasRoutableInterface(readInterfaces());
    if (next === online) return;
    online = next;
    for (const watcher of watchers) watcher();
  };

  return {
    isOnline: () => online,
    watch(onChange) {
      watchers.add(onChange);
      if (!timer) {
        timer = setInterval(poll, pollMs);
        // Polling must not keep the process alive on shutdown.
        timer.unref();
      }
      return () => {
        watchers.delete(onChange);
        if (watchers.size === 0 && timer) {
          clearInterval(timer);
          timer = undefined;
        }
      };
    },
  };
}
