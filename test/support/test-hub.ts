import { createHub } from '../../electron/core/hub';
import { silentLogger } from '../../electron/core/logging/console-logger';
import type { Hub, SecretCipher } from '../../electron/core/ports';
import { createPlaintextCipher } from '../../electron/core/secrets/plaintext-cipher';
import { openConfBackend } from '../../electron/core/settings/conf-backend';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { fixedClock, manualConnectivity } from './fakes';

export interface TestHub extends Hub {
  /** Calls a method and returns its value, failing the test on an error result. */
  value<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  connectivity: ReturnType<typeof manualConnectivity>;
}

/**
 * A real core on a real data folder, with a fixed clock and a silent log; without
 * the first-run sample partner unless a test asks for it.
 */
export async function openTestHub(
  dataDir: string,
  cipher?: SecretCipher,
  { samplePartner = false } = {},
): Promise<TestHub> {
  const connectivity = manualConnectivity(true);
  const hub = await createHub({
    dataDir,
    mode: 'browser',
    appVersion: '0.0.0-test',
    cipher: cipher ?? createPlaintextCipher('Test machine: no OS encryption.'),
    openSettings: openConfBackend,
    connectivity,
    clock: fixedClock(),
    logger: silentLogger,
    samplePartner,
  });
  return {
    ...hub,
    connectivity,
    async value(method, input) {
      const result = await hub.call(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value as never;
    },
  };
}
