import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { AxiosAdapter, AxiosResponse, InternalAxiosRequestConfig } from 'axios';
import type { Dispatcher } from 'undici';

/**
 * A purpose-built axios adapter for webhook POSTs on an undici pool (one per
 * partner origin). axios still builds and validates the request (config,
 * headers, interceptors, errors); this replaces only its general-purpose Node
 * adapter — redirect machinery, proxies, data URIs, form data, progress events,
 * none of which a webhook uses — and node:http under it, which cost about 100 µs
 * more CPU per request than undici's client. What a webhook needs is here: no
 * redirects ever followed (undici follows none unless asked: a 3xx is just a
 * status), abort via the signal, and the response as a stream (decompressed when
 * encoded) for the caller to read a bounded excerpt of. `config.url` is the path;
 * the pool knows the origin (`config.baseURL`).
 */
export function webhookAdapter(pool: Dispatcher): AxiosAdapter {
  return async (config: InternalAxiosRequestConfig): Promise<AxiosResponse<Readable>> => {
    const response = await pool.request({
      path: config.url ?? '/',
      method: 'POST',
      // axios has already normalised the headers into an AxiosHeaders.
      headers: config.headers.toJSON() as Record<string, string>,
      body: config.data as string | Buffer,
      signal: config.signal,
      // The sender times the whole attempt itself (and aborts via the signal).
      headersTimeout: 0,
      bodyTimeout: 0,
    });
    return {
      data: decoded(response.body, response.headers),
      status: response.statusCode,
      statusText: '',
      // undici's header object as is: the sender reads two headers; wrapping every
      // response in AxiosHeaders cost more than that.
      headers: response.headers as AxiosResponse['headers'],
      config,
    };
  };
}

/** The body as the partner meant it: gzip / deflate / br decoded, so the excerpt is readable. */
function decoded(body: Readable, headers: Record<string, string | string[] | undefined>): Readable {
  const encoding = String(headers['content-encoding'] ?? '').toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  if (!decoder) return body;
  body.on('error', (error) => decoder.destroy(error));
  decoder.on('close', () => body.destroy());
  return body.pipe(decoder);
}
