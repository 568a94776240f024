/** The parts of a ClientRequest / net.Socket the connect watch needs (fakeable in tests). */
export interface WatchedRequest {
  once(event: 'socket', listener: (socket: WatchedSocket) => void): unknown;
  off(event: 'socket', listener: (socket: WatchedSocket) => void): unknown;
}

export interface WatchedSocket {
  /** True while DNS lookup and TCP connect are under way (false for a reused keep-alive socket). */
  readonly connecting: boolean;
  once(event: 'connect', listener: () => void): unknown;
  off(event: 'connect', listener: () => void): unknown;
}

/**
 * Calls `onTimeout` if the request's socket is still connecting (DNS lookup + TCP
 * connect) `timeoutMs` after it was assigned. axios's `timeout` cannot tell a
 * partner that is unreachable from one that is slow to answer; this can. A reused
 * keep-alive socket is already connected and is not timed. Returns a disposer.
 */
export function watchConnect(request: WatchedRequest, timeoutMs: number, onTimeout: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  let watched: WatchedSocket | undefined;

  const onConnect = (): void => {
    clearTimeout(timer);
    timer = undefined;
  };
  const onSocket = (socket: WatchedSocket): void => {
    if (!socket.connecting) return;
    watched = socket;
    socket.once('connect', onConnect);
    timer = setTimeout(() => {
      timer = undefined;
      onTimeout();
    }, timeoutMs);
  };

  request.once('socket', onSocket);
  return () => {
    clearTimeout(timer);
    timer = undefined;
    request.off('socket', onSocket);
    watched?.off('connect', onConnect);
  };
}
