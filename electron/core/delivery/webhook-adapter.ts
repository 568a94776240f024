import type http from 'node:http';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { AxiosAdapter, AxiosResponse, InternalAxiosRequestConfig } from 'axios';

/** How the adapter opens a request: `http.request` or `https.request` with the keep-alive agent. */
export type OpenRequest = (
  url: URL,
  options: http.RequestOptions,
  onResponse: (response: http.IncomingMessage) => void,
) => http.ClientRequest;

/**
 * A purpose-built axios adapter for webhook POSTs. axios still builds and
 * validates the request (config, headers, status, errors); this replaces only
 * its general-purpose Node adapter, which costs about two thirds of a
 * delivery's CPU time (redirect machinery, proxies, data URIs, form data,
 * progress events) — none of which a webhook uses. What a webhook needs is
 * here: no redirects ever followed (a 3xx is just a status), abort via the
 * signal, the response as a stream (decompressed when encoded) for the caller
 * to read a bounded excerpt of, and `onRequest` to watch the socket connect.
 */
export function webhookAdapter(open: OpenRequest, onRequest: (request: http.ClientRequest) => void): AxiosAdapter {
  return (config: InternalAxiosRequestConfig) =>
    new Promise<AxiosResponse<Readable>>((resolve, reject) => {
      const signal = config.signal as AbortSignal | undefined;
      if (signal?.aborted) {
        reject(abortError());
        return;
      }
      // axios has already normalised the headers into an AxiosHeaders.
      const headers = config.headers.toJSON() as http.OutgoingHttpHeaders;
      const body = config.data as string | Buffer;
      headers['content-length'] = Buffer.byteLength(body);
      const request = open(
        new URL(config.url ?? ''),
        { method: (config.method ?? 'post').toUpperCase(), headers },
        (response) => {
          signal?.removeEventListener('abort', onAbort);
          const stream = decoded(response);
          // Once the caller has the stream, an abort must still end it (readExcerpt listens too).
          resolve({
            data: stream,
            status: response.statusCode ?? 0,
            statusText: response.statusMessage ?? '',
            // Node's header object as is: the sender reads two headers; wrapping every
            // response in AxiosHeaders cost more than that.
            headers: response.headers as AxiosResponse['headers'],
            config,
            request,
          });
        },
      );
      const onAbort = (): void => {
        request.destroy(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      request.on('error', (error) => {
        signal?.removeEventListener('abort', onAbort);
        reject(error);
      });
      onRequest(request);
      request.end(body);
    });
}

function abortError(): Error {
  return Object.assign(new Error('The request was aborted'), { code: 'ERR_CANCELED', name: 'CanceledError' });
}

/** The body as the partner meant it: gzip / deflate / br decoded, so the excerpt is readable. */
function decoded(response: http.IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  if (!decoder) return response;
  response.on('error', (error) => decoder.destroy(error));
  decoder.on('close', () => response.destroy());
  return response.pipe(decoder);
}
