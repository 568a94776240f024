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
const tokenChar = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;

/**
 * A character as the operator can find it in what they typed: “Ж” (U+0416), or
 * its code alone when it cannot be seen (a tab, a zero-width space).
 */
export function describeCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (char === ' ') return `a space (${hex})`;
  const invisible = code < 0x20 || (code >= 0x7f && code < 0xa0) || /\p{Cf}|\p{Zs}/u.test(char);
  return invisible ? `an invisible character (${hex})` : `“${char}” (${hex})`;
}

/**
 * What HTTP can carry in a header value and every server accepts: the visible
 * characters of ISO-8859-1 (Latin-1) and spaces between them. Node refuses
 * anything else when sending, so such a value would fail every delivery.
 */
function isHeaderValueChar(code: number): boolean {
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff);
}

/** Returns why `raw` is not an acceptable webhook URL, or null when it is. */
export function urlProblem(raw: string): string | null {
  if (raw.length > maxUrlLength) return `The URL is longer than ${maxUrlLength} characters.`;
  // new URL() would drop these silently, so the URL called would not be the one the operator sees.
  if (/[\r\n\t]/.test(raw)) return 'The URL contains a line break or tab; enter it again on one line.';
  if (raw.includes('\\')) return 'The URL contains a backslash (\\); URLs use forward slashes (/).';
  if (raw !== raw.trim()) return 'The URL starts or ends with a space.';
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

/**
 * The URL as it will be called and shown in the log: what `new URL` makes of
 * it (lower-case scheme and host, punycode, percent-encoding, a `/` path).
 * Call only on a URL `urlProblem` accepts.
 */
export function normalizeUrl(raw: string): string {
  return new URL(raw).href;
}

/** Returns why `name` cannot be used as a custom request header name, or null. */
export function headerNameProblem(name: string): string | null {
  if (!httpToken.test(name)) {
    const allowed = "A header name may only use letters, digits and ! # $ % & ' * + - . ^ _ ` | ~ (no spaces).";
    const wrong = [...name].find((char) => !tokenChar.test(char));
    return wrong ? `The header name contains ${describeCharacter(wrong)}. ${allowed}` : allowed;
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
  const wrong = [...value].find((char) => !isHeaderValueChar(char.codePointAt(0) ?? 0));
  if (wrong) {
    return (
      `The value contains ${describeCharacter(wrong)}, which cannot be sent in an HTTP header. ` +
      'Use only the letters, digits and symbols of Western European text (ISO-8859-1), exactly as the partner gave them.'
    );
  }
  return null;
}

function refineWith(check: (value: string) => string | null) {
  return (value: string, ctx: z.core.$RefinementCtx<string>): void => {
    const problem = check(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  };
}

/**
 * An absolute http(s) URL without credentials, or the empty string; trimmed and
 * normalised before it is stored, so the log shows the URL that was called.
 */
export const optionalUrlSchema = z
  .string()
  .max(maxUrlLength + 1)
  .trim()
  .superRefine((value, ctx) => {
    if (value !== '') refineWith(urlProblem)(value, ctx);
  })
  .transform((value) => (value === '' ? '' : normalizeUrl(value)));

/** An absolute http(s) URL without credentials, trimmed and normalised (see `optionalUrlSchema`). */
export const urlSchema = z
  .string()
  .max(maxUrlLength + 1)
  .trim()
  .superRefine(refineWith(urlProblem))
  .transform(normalizeUrl);

export const headerNameSchema = z.string().max(256).superRefine(refineWith(headerNameProblem));

/** A header value HTTP can carry; trimmed, as HTTP itself drops the spaces around a value. */
export const headerValueSchema = z
  .string()
  .max(maxHeaderValueLength + 1)
  .trim()
  .superRefine(refineWith(headerValueProblem));
