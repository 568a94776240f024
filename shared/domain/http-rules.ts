import { z } from 'zod';

/** Longest URL accepted; browsers and most proxies handle 2 KB safely. */
export const maxUrlLength = 2048;
/** Longest header value accepted; many servers reject header lines above 8 KB. */
export const maxHeaderValueLength = 4096;

/**
 * Headers the app sets itself or that HTTP forbids a caller to choose. A partner
 * header with one of these names would either be overwritten or break the request.
 */
export const reservedHeaderNames: readonly string[] = [
  'host',
  'content-length',
  'content-type',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'upgrade',
  'te',
  'trailer',
  'expect',
  'proxy-connection',
  'user-agent',
  'webhook-id',
  'webhook-timestamp',
  'webhook-signature',
];

// RFC 9110 §5.6.2: token = 1*tchar.
const httpToken = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Returns why `raw` is not an acceptable webhook URL, or null when it is. */
export function urlProblem(raw: string): string | null {
  if (raw.length > maxUrlLength) return `The URL is longer than ${maxUrlLength} characters.`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Enter a full URL starting with https:// or http://.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'The URL must start with https:// or http://.';
  if (url.username !== '' || url.password !== '') {
    return 'Do not put a user name or password in the URL; use the request header instead.';
  }
  if (url.hostname === '') return 'The URL has no host name.';
  return null;
}

/** Returns why `name` cannot be used as a custom request header name, or null. */
export function headerNameProblem(name: string): string | null {
  if (!httpToken.test(name)) {
    return "A header name may only use letters, digits and ! # $ % & ' * + - . ^ _ ` | ~ (no spaces).";
  }
  if (reservedHeaderNames.includes(name.toLowerCase()) || name.toLowerCase().startsWith('webhook-')) {
    return `“${name}” is set by the app itself; choose another header name.`;
  }
  return null;
}

/** Returns why `value` cannot be sent as a header value, or null. */
export function headerValueProblem(value: string): string | null {
  if (value.length > maxHeaderValueLength) return `The value is longer than ${maxHeaderValueLength} characters.`;
  if (/[\r\n\0]/.test(value)) return 'The value may not contain line breaks or NUL characters.';
  if (value.trim() === '') return 'The value is empty.';
  return null;
}

function refineWith(check: (value: string) => string | null) {
  return (value: string, ctx: z.core.$RefinementCtx<string>): void => {
    const problem = check(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  };
}

/** An absolute http(s) URL without credentials, or the empty string. */
export const optionalUrlSchema = z
  .string()
  .max(maxUrlLength + 1)
  .superRefine((value, ctx) => {
    if (value !== '') refineWith(urlProblem)(value, ctx);
  });

/** An absolute http(s) URL without credentials. */
export const urlSchema = z
  .string()
  .max(maxUrlLength + 1)
  .superRefine(refineWith(urlProblem));

export const headerNameSchema = z.string().max(256).superRefine(refineWith(headerNameProblem));

export const headerValueSchema = z
  .string()
  .max(maxHeaderValueLength + 1)
  .superRefine(refineWith(headerValueProblem));
