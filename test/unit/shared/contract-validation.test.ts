import { describe, expect, it } from 'vitest';
import { hubMethods, isMethodName } from '../../../shared/contract';
import { hubMethodNames } from '../../../shared/contract/method-names';
import { headerNameProblem, headerValueProblem, urlProblem } from '../../../shared/domain/http-rules';
import { orderHooksInputSchema, type OrderHooksInput } from '../../../shared/domain/order-hooks';
import { partnerInputSchema } from '../../../shared/domain/partners';
import { maskSecret } from '../../../shared/domain/secrets';

const validHooks: OrderHooksInput = {
  requestHeader: { apiKey: 'X-Partner-Key', value: { action: 'set', value: 'sk_live_abcdef123456' } },
  openOrder: { url: 'https://partner.example.com/open', enabled: true },
  updateOrder: { url: 'https://partner.example.com/update', enabled: true },
  closeOrder: { url: '', enabled: false },
  thirdOrderActive: true,
};

function issuePaths(input: unknown): string[] {
  const result = orderHooksInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe('URL rule', () => {
  it.each([
    ['https://partner.example.com/hooks', null],
    ['http://192.168.1.20:8080/in', null],
  ])('accepts %s', (url, expected) => expect(urlProblem(url)).toBe(expected));

  it.each([
    ['ftp://partner.example.com/', /https:\/\/ or http:\/\//],
    ['partner.example.com/hooks', /full URL/],
    ['https://user:pw@partner.example.com/', /user name or password/],
    [`https://example.com/${'a'.repeat(2048)}`, /longer than 2048/],
    ['https://partner.example.com/a\r\nb', /line break or tab/],
    ['https://partner.example.com\\hooks', /backslash/],
    [' https://partner.example.com/', /starts or ends with a space/],
  ])('rejects %s', (url, message) => expect(urlProblem(url)).toMatch(message));
});

describe('header rules', () => {
  it('accepts a partner token name and rejects reserved or malformed names', () => {
    expect(headerNameProblem('X-Partner-Key')).toBeNull();
    expect(headerNameProblem('Content-Type')).toMatch(/set by the app/);
    expect(headerNameProblem('host')).toMatch(/set by the app/);
    expect(headerNameProblem('Webhook-Signature')).toMatch(/set by the app/);
    expect(headerNameProblem('webhook-anything')).toMatch(/set by the app/);
    expect(headerNameProblem('X Partner')).toMatch(/^The header name contains a space \(U\+0020\)\. .*no spaces/);
    expect(headerNameProblem('X-Ключ')).toMatch(/^The header name contains “К” \(U\+041A\)/);
    expect(headerNameProblem('X-Key:')).not.toBeNull();
  });

  it('rejects values that could split a request or overflow a header line', () => {
    expect(headerValueProblem('sk_live_123')).toBeNull();
    expect(headerValueProblem('abc\r\nX-Evil: 1')).toMatch(/line breaks/);
    expect(headerValueProblem('abc\0')).toMatch(/NUL/);
    expect(headerValueProblem('a'.repeat(4097))).toMatch(/longer than 4096/);
  });

  it('accepts visible ISO-8859-1 only, naming the first character that is not', () => {
    expect(headerValueProblem('Bearer café-ÿ 123')).toBeNull();
    expect(headerValueProblem('ключ')).toMatch(
      /^The value contains “к” \(U\+043A\), which cannot be sent in an HTTP header/,
    );
    expect(headerValueProblem('key-😀')).toMatch(/“😀” \(U\+1F600\)/);
    expect(headerValueProblem('key\u200bhidden')).toMatch(/an invisible character \(U\+200B\)/);
    expect(headerValueProblem('tab\there')).toMatch(/an invisible character \(U\+0009\)/);
  });
});

describe('orderHooks.save input', () => {
  it('accepts the seed page filled in', () => {
    expect(orderHooksInputSchema.safeParse(validHooks).success).toBe(true);
  });

  it('requires a URL on an enabled hook and allows an empty one on a disabled hook', () => {
    expect(issuePaths({ ...validHooks, closeOrder: { url: '', enabled: true } })).toEqual(['closeOrder.url']);
    expect(issuePaths({ ...validHooks, closeOrder: { url: '', enabled: false } })).toEqual([]);
  });

  it('rejects a bad URL even on a disabled hook, so nothing invalid is stored', () => {
    expect(issuePaths({ ...validHooks, closeOrder: { url: 'ftp://x', enabled: false } })).toEqual(['closeOrder.url']);
  });

  it('rejects a Value without an API Key, a reserved API Key and unknown fields', () => {
    expect(issuePaths({ ...validHooks, requestHeader: { apiKey: '', value: { action: 'set', value: 'x' } } })).toEqual([
      'requestHeader.apiKey',
    ]);
    expect(
      issuePaths({ ...validHooks, requestHeader: { apiKey: 'Content-Length', value: { action: 'keep' } } }),
    ).toEqual(['requestHeader.apiKey']);
    expect(issuePaths({ ...validHooks, extra: 1 })).toEqual(['']);
  });

  it('rejects wrong types', () => {
    expect(issuePaths({ ...validHooks, thirdOrderActive: 'YES' })).toEqual(['thirdOrderActive']);
  });
});

describe('partner input', () => {
  const partner = {
    name: 'Deliverect',
    url: 'https://api.deliverect.example/hooks',
    enabled: true,
    eventTypes: ['order.created', 'menu.updated'],
    header: { name: '', value: { action: 'keep' } },
    signingSecret: 'generate',
    timeoutSeconds: 15,
    rateLimitPerSecond: 10,
  };

  it('accepts a complete partner', () => {
    expect(partnerInputSchema.safeParse(partner).success).toBe(true);
  });

  it.each([
    [{ name: '  ' }, 'name'],
    [{ name: 'x'.repeat(121) }, 'name'],
    [{ eventTypes: [] }, 'eventTypes'],
    [{ eventTypes: ['order.exploded'] }, 'eventTypes.0'],
    [{ timeoutSeconds: 0 }, 'timeoutSeconds'],
    [{ timeoutSeconds: 61 }, 'timeoutSeconds'],
    [{ rateLimitPerSecond: 1.5 }, 'rateLimitPerSecond'],
    [{ url: 'https://a:b@example.com' }, 'url'],
    [{ header: { name: '', value: { action: 'set', value: 'secret' } } }, 'header.name'],
  ])('rejects %o at %s', (change, path) => {
    const result = partnerInputSchema.safeParse({ ...partner, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});

describe('contract map', () => {
  it('lists every method for the preload and knows no others', () => {
    expect([...hubMethodNames].sort()).toEqual(Object.keys(hubMethods).sort());
    expect(isMethodName('orderHooks.save')).toBe(true);
    expect(isMethodName('toString')).toBe(false);
    expect(isMethodName('__proto__')).toBe(false);
  });
});

describe('secret masking', () => {
  it('shows at most the last four characters, and none of a short secret', () => {
    expect(maskSecret('sk_live_abcdef123456')).toBe('••••3456');
    expect(maskSecret('short')).toBe('••••');
  });
});
