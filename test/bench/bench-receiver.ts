// The benchmark's webhook receiver, in its own process so it does not share an
// event loop with the hub being measured. Reports each arrival's monotonic time
// (process.hrtime is CLOCK_MONOTONIC, shared by processes on one machine).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

let count = 0;
let reportArrivals = false;

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    count += 1;
    if (reportArrivals) {
      const id = request.headers['webhook-id'];
      process.send?.({ kind: 'arrival', id, at: process.hrtime.bigint().toString() });
    }
    response.end('{"ok":true}');
  });
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => {
  process.send?.({ kind: 'ready', port: (server.address() as AddressInfo).port });
});

process.on('message', (message: { kind: string }) => {
  if (message.kind === 'count') process.send?.({ kind: 'count', count });
  if (message.kind === 'report-arrivals') reportArrivals = true;
  if (message.kind === 'stop') server.close(() => process.exit(0));
});
