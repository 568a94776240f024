/** Injected so tests drive the engine's wake-ups with a fake clock. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * Plain timers, deliberately not unref'd: while the engine has work scheduled it
 * keeps the process alive (a headless hub must not exit with results unwritten);
 * `DeliveryEngine.stop()` clears them.
 */
export const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};
