import type { ServerResponse } from 'node:http';
import type { Hub } from '../../ports';
import { securityHeaders } from './security-headers';

/** Comment lines keep idle proxies and the client's reconnect timer from closing the stream. */
const pingEveryMs = 15_000;

/** Streams the hub's pushed events as server-sent events until the client goes away. */
export function openEventStream(hub: Hub, response: ServerResponse): () => void {
  response.writeHead(200, {
    ...securityHeaders,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  response.write(': connected\n\n');
  const unsubscribe = hub.subscribe((event, payload) => {
    response.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  const ping = setInterval(() => response.write(': ping\n\n'), pingEveryMs);
  ping.unref();
  const close = (): void => {
    clearInterval(ping);
    unsubscribe();
  };
  response.on('close', close);
  return () => {
    close();
    response.end();
  };
}
