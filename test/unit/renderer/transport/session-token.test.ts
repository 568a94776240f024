import { describe, expect, it } from 'vitest';
import {
  takeSessionToken,
  tokenStorageKey,
  type TokenEnvironment,
} from '../../../../renderer/src/transport/session-token';

function environment(search: string, stored: string | null = null) {
  const storage = new Map<string, string>(stored ? [[tokenStorageKey, stored]] : []);
  const replaced: string[] = [];
  const env: TokenEnvironment = {
    location: { search, pathname: '/', hash: '#/hub/partners' },
    history: { replaceState: (_data, _unused, url) => replaced.push(url) },
    sessionStorage: {
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
    },
  };
  return { env, storage, replaced };
}

describe('takeSessionToken', () => {
  it('keeps the token from the address, then removes it from the address bar but not the route', () => {
    const { env, storage, replaced } = environment('?token=abc_DEF-123');
    expect(takeSessionToken(env)).toBe('abc_DEF-123');
    expect(storage.get(tokenStorageKey)).toBe('abc_DEF-123');
    expect(replaced).toEqual(['/#/hub/partners']);
  });

  it('keeps other query parameters', () => {
    const { env, replaced } = environment('?debug=1&token=t');
    takeSessionToken(env);
    expect(replaced).toEqual(['/?debug=1#/hub/partners']);
  });

  it('falls back to the stored token on a reload', () => {
    const { env, replaced } = environment('', 'stored');
    expect(takeSessionToken(env)).toBe('stored');
    expect(replaced).toEqual([]);
  });

  it('answers null when there is no token anywhere', () => {
    expect(takeSessionToken(environment('').env)).toBeNull();
  });
});
