import { describe, expect, it } from 'vitest';
import { failureForStatus } from '../../../../electron/core/delivery/reasons';
import { classifyError } from '../../../../electron/core/delivery/classify-error';
import {
  asFailureKind,
  failureKinds,
  fixAdviceFor,
  type FailureKind,
} from '../../../../shared/domain/delivery-failures';

const socketError = (code: string) => Object.assign(new Error(code), { code });

describe('the fix that follows a failure', () => {
  it.each([
    [401, 'key'],
    [403, 'key'],
    [404, 'url'],
    [405, 'url'],
    [301, 'url'],
    [410, 'url'],
    [500, 'partner'],
    [502, 'partner'],
    [503, 'partner'],
    [429, 'partner'],
  ])('a %i answer points at the %s', (status, area) => {
    expect(fixAdviceFor(failureForStatus(status)).area).toBe(area);
  });

  it.each([
    ['ENOTFOUND', 'url'],
    ['ECONNREFUSED', 'url'],
    ['ETIMEDOUT', 'partner'],
    ['ECONNRESET', 'partner'],
  ])('a socket error %s points at the %s', (code, area) => {
    const { kind } = classifyError(socketError(code));
    expect(kind).not.toBe('offline');
    expect(fixAdviceFor(kind as FailureKind).area).toBe(area);
  });

  it('says in a manager’s words what to check, or that there is nothing to change here', () => {
    expect(fixAdviceFor('http_unauthorized')).toMatchObject({ action: 'Check the API key' });
    expect(fixAdviceFor('dns')).toMatchObject({ action: 'Check the URL' });
    expect(fixAdviceFor('timeout')).toMatchObject({
      action: null,
      note: "Nothing to change here — the partner's server is having trouble; it will be retried, or contact them.",
    });
    // No classification (an older database, say): both places are worth a look.
    expect(fixAdviceFor(null)).toMatchObject({ area: 'unknown', action: 'Check the URL and key' });
  });

  it('has advice for every kind, and reads unknown stored kinds as unknown', () => {
    for (const kind of failureKinds) expect(fixAdviceFor(kind).note).not.toBe('');
    expect(asFailureKind('http_teapot')).toBe('unknown');
    expect(asFailureKind(null)).toBeNull();
    expect(asFailureKind('refused')).toBe('refused');
  });
});
