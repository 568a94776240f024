import type {
  EventName,
  HubApi,
  HubBridge,
  HubEvents,
  MethodInput,
  MethodName,
  MethodOutput,
  Result,
} from '../../../shared/contract';
import type { HubConnection } from './link-state';
import { asResult, internalError } from './result-shape';

/**
 * Electron: the preload's bridge already speaks the contract over IPC; this
 * narrows its untyped surface to `HubApi` and turns rejections into Results.
 */
export function createElectronConnection(bridge: HubBridge): HubConnection {
  const api: HubApi = {
    async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>> {
      try {
        const result = asResult(await bridge.call(method, input));
        // The core answers with the contract's output type for this method.
        return (result as Result<MethodOutput<M>> | null) ?? internalError('The core sent an unexpected answer.');
      } catch (error) {
        return internalError(error instanceof Error ? error.message : 'The core could not be reached.');
      }
    },
    on<E extends EventName>(event: E, listener: (payload: HubEvents[E]) => void): () => void {
      // The shell forwards each event name with its contract payload.
      return bridge.on(event, (payload) => listener(payload as HubEvents[E]));
    },
  };
  return {
    api,
    // IPC has no connection to lose: the window lives and dies with the app.
    onLink(listener) {
      listener('connected');
      return () => undefined;
    },
  };
}
