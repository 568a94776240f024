import type { Readable } from 'node:stream';

const ignore = (): void => undefined;

/** The start of a response body, and whether there was more. */
export interface Excerpt {
  bytes: Buffer;
  truncated: boolean;
}

/** What to do when the body stops early (an error, a cut connection, `signal` aborting). */
export type WhenCut = 'reject' | 'keep-what-arrived';

/**
 * Reads at most `maxBytes` of `body`, then destroys it, so memory stays bounded
 * however much the partner sends (and a huge body does not hold the attempt open).
 * A body that ends within the limit is read to the end, which lets its keep-alive
 * socket go back to the pool. If the body errors or `signal` aborts first, it
 * rejects — or, with `keep-what-arrived` (a 2xx: the partner has accepted),
 * resolves with the bytes read so far, marked truncated.
 */
export function readExcerpt(
  body: Readable,
  maxBytes: number,
  signal: AbortSignal,
  whenCut: WhenCut = 'reject',
  /** Stops reading after this long, as if `signal` had aborted (a timer, not a second AbortController per delivery). */
  giveUpAfterMs?: number,
): Promise<Excerpt> {
  return new Promise<Excerpt>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    let settled = false;
    let timer: NodeJS.Timeout | undefined;

    const finish = (outcome: { excerpt: Excerpt } | { error: unknown }): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      body.off('data', onData);
      body.off('end', onEnd);
      body.off('error', onError);
      body.off('close', onClose);
      signal.removeEventListener('abort', onAbort);
      // Errors after we stopped reading (e.g. axios reporting the abort) matter to
      // nobody, but an 'error' without a listener would crash the process.
      body.on('error', ignore);
      if ('excerpt' in outcome) resolve(outcome.excerpt);
      else if (whenCut === 'keep-what-arrived') resolve({ bytes: Buffer.concat(chunks, length), truncated: true });
      else reject(outcome.error instanceof Error ? outcome.error : new Error(String(outcome.error)));
    };

    const onData = (chunk: Buffer | string): void => {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      const room = maxBytes - length;
      if (buffer.length > room) {
        // One byte past the limit is enough to know it was cut; stop reading now.
        chunks.push(buffer.subarray(0, room));
        length = maxBytes;
        finish({ excerpt: { bytes: Buffer.concat(chunks, length), truncated: true } });
        body.destroy();
        return;
      }
      chunks.push(buffer);
      length += buffer.length;
    };
    const onEnd = (): void => finish({ excerpt: { bytes: Buffer.concat(chunks, length), truncated: false } });
    const onError = (error: unknown): void => finish({ error });
    // A body closed without 'end' or 'error' was cut off by the connection.
    const onClose = (): void =>
      finish({ error: Object.assign(new Error('The response was cut off'), { code: 'ECONNRESET' }) });
    const onAbort = (): void => {
      finish({ error: signal.reason });
      body.destroy();
    };
    const onTimeUp = (): void => {
      finish({ error: Object.assign(new Error('Stopped waiting for the response body'), { code: 'ETIMEDOUT' }) });
      body.destroy();
    };

    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    if (giveUpAfterMs !== undefined) timer = setTimeout(onTimeUp, giveUpAfterMs);
    body.on('data', onData);
    body.once('end', onEnd);
    body.once('error', onError);
    body.once('close', onClose);
  });
}
