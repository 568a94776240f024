import { openCore, type Core, type CoreOverrides } from '../../electron/core/hub';
import { silentLogger } from '../../electron/core/logging/console-logger';
import type { HubOptions } from '../../electron/core/ports';
import { createPlaintextCipher } from '../../electron/core/secrets/plaintext-cipher';
import { openConfBackend } from '../../electron/core/settings/conf-backend';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { HubEvents, EventName } from '../../shared/contract';
import { afterEach } from 'vitest';
import { fixedClock, manualConnectivity } from './fakes';
import { useTempDir } from './temp-dir';

export interface TestCore extends Core {
  clock: ReturnType<typeof fixedClock>;
  connectivity: ReturnType<typeof manualConnectivity>;
  /** Calls a method and returns its value, failing the test on an error result. */
  value<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Every event pushed so far, in order. */
  pushed: { event: EventName; payload: HubEvents[EventName] }[];
  /** Waits until the engine has nothing in flight, nothing unwritten and nothing due now. */
  idle(): Promise<void>;
}

/**
 * The real core (SQLite, engine, axios sender) on a temp folder, with a clock and
 * connectivity the test controls and no jitter, so schedules are exact.
 */
export function openTestCore(
  dataDir: string,
  overrides: CoreOverrides = {},
  options: Partial<HubOptions> = {},
): TestCore {
  // Starts at the real time: receivers check webhook-timestamp against their own clock.
  const clock = fixedClock(new Date().toISOString());
  const connectivity = manualConnectivity(true);
  const core = openCore(
    {
      dataDir,
      mode: 'browser',
      appVersion: '0.0.0-test',
      cipher: createPlaintextCipher('Test machine.'),
      openSettings: openConfBackend,
      connectivity,
      clock,
      logger: silentLogger,
      ...options,
    },
    { ...overrides, engine: { random: () => 0.5, reconnectRampMs: 1, flushIntervalMs: 1, ...overrides.engine } },
  );
  const pushed: TestCore['pushed'] = [];
  core.subscribe((event, payload) => pushed.push({ event, payload }));
  // A test may close a core to restart it; the cleanup after it closes it again.
  let closing: Promise<void> | null = null;
  return {
    ...core,
    close: () => (closing ??= core.close()),
    clock,
    connectivity,
    pushed,
    idle: () => core.delivery.engine.whenIdle(),
    async value(method, input) {
      const result = await core.call(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value as never;
    },
  };
}

/**
 * For a test file: opens cores on fresh temp folders (or `dir`) and closes every
 * one after each test, so a failing test cannot leave an engine running.
 */
export function useTestCores(): (overrides?: CoreOverrides, dir?: string, options?: Partial<HubOptions>) => TestCore {
  const newDir = useTempDir();
  let open: TestCore[] = [];
  afterEach(async () => {
    await Promise.all(open.map((core) => core.close()));
    open = [];
  });
  return (overrides, dir, options) => {
    const core = openTestCore(dir ?? newDir(), overrides, options);
    open.push(core);
    return core;
  };
}

/**
 * For a test file: opens cores the way the desktop app does — secrets decrypted
 * by `options.cipher` (a fake OS keyring) before deliveries start — and closes
 * every one after each test.
 */
export function useUnlockedCores(): (dir: string, options?: Partial<HubOptions>) => Promise<TestCore> {
  let open: TestCore[] = [];
  afterEach(async () => {
    await Promise.all(open.map((core) => core.close()));
    open = [];
  });
  return async (dir, options = {}) => {
    const core = openTestCore(dir, {}, { mode: 'electron', ...options });
    open.push(core);
    await core.ready;
    return core;
  };
}
