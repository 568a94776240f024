import type { IncomingMessage } from 'node:http';

export type BodyResult = { kind: 'ok'; value: unknown } | { kind: 'too_large' } | { kind: 'invalid_json' };

/**
 * Reads a JSON body of at most `limit` bytes. It stops reading as soon as the
 * limit is passed, so an oversize body costs no more memory than the limit.
 */
export async function readJsonBody(request: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return { kind: 'too_large' };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) return { kind: 'too_large' };
    chunks.push(buffer);
  }
  if (size === 0) return { kind: 'ok', value: {} };
  try {
    return { kind: 'ok', value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown };
  } catch {
    return { kind: 'invalid_json' };
  }
}
