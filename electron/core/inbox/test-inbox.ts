import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { InboxEntry } from '../../../shared/domain/inbox';
import { redactSecretValues } from '../secrets/redact';
import type { EventBus } from '../events/event-bus';
import type { Clock } from '../ports';
import { verifySignature, type Candidate } from './verify-signature';

/** The newest requests kept; the inbox is for looking, not for storing. */
const keep = 200;
const maxBodyBytes = 64 * 1024;
export const inboxPath = '/inbox';

/** The inbox's address on a port: what partners and hooks pointed at it call. */
export const testInboxUrl = (port: number): string => `http://127.0.0.1:${port}${inboxPath}`;

/** Resolves false (instead of throwing) when the port is taken or not allowed. */
async function listen(server: Server, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const failed = (): void => {
      server.off('listening', listening);
      resolve(false);
    };
    const listening = (): void => {
      server.off('error', failed);
      resolve(true);
    };
    server.once('error', failed);
    server.once('listening', listening);
    server.listen(port, '127.0.0.1');
  });
}

/**
 * A webhook receiver built into the app, on 127.0.0.1 and a random port: point a
 * partner or an order hook at it and see exactly what would be sent — headers,
 * body, and whether the signature verifies — without a partner on the line.
 */
export class TestInbox {
  private server: Server | null = null;
  private entries: InboxEntry[] = [];
  private nextId = 1;
  url: string | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly events: EventBus,
    /** The signing secrets that may have signed a request (every partner's). */
    private readonly candidates: () => Candidate[],
    /** Stored header values (API keys): shown masked, like everywhere else outside the core. */
    private readonly secretValues: () => string[] = () => [],
  ) {}

  /**
   * Listens on `preferredPort` when it is free (so partners pointed at the inbox
   * keep working across restarts), otherwise on any free port.
   */
  async start(preferredPort: number | null = null): Promise<string> {
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      request.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= maxBodyBytes) chunks.push(chunk);
      });
      request.on('end', () => {
        this.record(request.method ?? '', request.url ?? '', request.headers, Buffer.concat(chunks).toString('utf8'));
        response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"received":true}');
      });
    });
    if (preferredPort === null || !(await listen(server, preferredPort))) {
      if (!(await listen(server, 0))) throw new Error('The Test Inbox could not listen on 127.0.0.1.');
    }
    this.server = server;
    // Listening, so the port is known.
    this.url = testInboxUrl(this.port ?? 0);
    return this.url;
  }

  /** The port it listens on; null until started. */
  get port(): number | null {
    const address = this.server?.address();
    return address && typeof address === 'object' ? address.port : null;
  }

  list(): InboxEntry[] {
    return [...this.entries].reverse();
  }

  clear(): void {
    this.entries = [];
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, 'close');
    this.server = null;
  }

  private record(method: string, path: string, raw: NodeJS.Dict<string | string[]>, body: string): void {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(raw)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    const now = this.clock.now();
    // Verified on what arrived; stored (and shown) with every known secret masked.
    const verified = verifySignature(headers, body, this.candidates(), Math.floor(now.getTime() / 1000));
    const secrets = this.secretValues().filter((value) => value.length > 0);
    const mask = (text: string): string => redactSecretValues(text, secrets);
    const entry: InboxEntry = {
      id: this.nextId++,
      receivedAt: now.toISOString(),
      method,
      path,
      headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, mask(value)])),
      body: mask(body),
      ...verified,
    };
    this.entries.push(entry);
    if (this.entries.length > keep) this.entries.shift();
    this.events.emit('inbox.received', entry);
  }
}
