import { describe, expect, it } from 'vitest';
import type { OrderHooksView } from '../../../../shared/domain/order-hooks';
import {
  draftFromView,
  draftIsDirty,
  hooksSendingDifferently,
  inputFromDraft,
  validateDraft,
} from '../../../../renderer/src/features/order-webhooks/order-hooks-draft';

const empty: OrderHooksView = {
  requestHeader: { apiKey: '', value: { set: false, masked: null } },
  openOrder: { url: '', enabled: false },
  updateOrder: { url: '', enabled: false },
  closeOrder: { url: '', enabled: false },
  thirdOrderActive: false,
  updatedAt: null,
};

const saved: OrderHooksView = {
  ...empty,
  requestHeader: { apiKey: 'X-Partner-Key', value: { set: true, masked: '••••3456' } },
  openOrder: { url: 'https://partner.example.com/open', enabled: true },
};

describe('order hooks draft', () => {
  it('sends keep for an untouched Value, set for a typed one and clear when asked', () => {
    const draft = draftFromView(saved);
    expect(inputFromDraft(draft).requestHeader.value).toEqual({ action: 'keep' });
    expect(inputFromDraft({ ...draft, value: { typed: 'new-secret', clear: true } }).requestHeader.value).toEqual({
      action: 'set',
      value: 'new-secret',
    });
    expect(inputFromDraft({ ...draft, value: { typed: '', clear: true } }).requestHeader.value).toEqual({
      action: 'clear',
    });
  });

  it('is clean as loaded and dirty after any change', () => {
    const draft = draftFromView(saved);
    expect(draftIsDirty(draft, saved)).toBe(false);
    expect(draftIsDirty({ ...draft, thirdOrderActive: true }, saved)).toBe(true);
    expect(draftIsDirty({ ...draft, value: { typed: 'x', clear: false } }, saved)).toBe(true);
  });

  it('accepts what it loaded', () => {
    expect(validateDraft(draftFromView(saved), saved.requestHeader.value)).toEqual({});
    expect(validateDraft(draftFromView(empty), empty.requestHeader.value)).toEqual({});
  });

  it('places URL, enabled-without-URL and header name problems on their fields', () => {
    const draft = draftFromView(empty);
    const errors = validateDraft(
      {
        ...draft,
        apiKey: 'Content-Type',
        value: { typed: 'v4lue-1234', clear: false },
        hooks: {
          openOrder: { url: 'ftp://x', enabled: false },
          updateOrder: { url: '', enabled: true },
          closeOrder: { url: 'https://user:pw@host/', enabled: false },
        },
      },
      empty.requestHeader.value,
    );
    expect(errors['requestHeader.apiKey']).toMatch(/set by the app itself/);
    expect(errors['openOrder.url']).toMatch(/must start with https/);
    expect(errors['updateOrder.url']).toBe('Enter a URL, or set Enabled to NO.');
    expect(errors['closeOrder.url']).toMatch(/user name or password/);
  });

  it('mirrors the core: the API Key and its Value are saved together or not at all', () => {
    const draft = draftFromView(saved);
    expect(validateDraft({ ...draft, value: { typed: '', clear: true } }, saved.requestHeader.value)).toEqual({
      'requestHeader.value': 'Enter the Value the partner gave you, or clear the API Key.',
    });
    expect(validateDraft({ ...draft, apiKey: '' }, saved.requestHeader.value)['requestHeader.apiKey']).toMatch(
      /Enter the API Key/,
    );
    expect(
      validateDraft({ ...draft, apiKey: '', value: { typed: '', clear: true } }, saved.requestHeader.value),
    ).toEqual({});
    expect(
      validateDraft({ ...draftFromView(empty), apiKey: 'X-Key' }, empty.requestHeader.value)['requestHeader.value'],
    ).toBeDefined();
  });

  it('names the hooks a save changes how webhooks reach (the offer to resend follows them)', () => {
    const both: OrderHooksView = { ...saved, closeOrder: { url: 'https://partner.example.com/close', enabled: true } };
    const input = inputFromDraft(draftFromView(both));
    expect(hooksSendingDifferently(input, both)).toEqual([]);
    expect(
      hooksSendingDifferently({ ...input, openOrder: { url: 'https://partner.example.com/v2', enabled: true } }, both),
    ).toEqual(['openOrder']);
    // The Request Header goes with every hook: all that send.
    expect(
      hooksSendingDifferently(
        { ...input, requestHeader: { apiKey: 'X-Partner-Key', value: { action: 'set', value: 'k2' } } },
        both,
      ),
    ).toEqual(['openOrder', 'closeOrder']);
    expect(
      hooksSendingDifferently({ ...input, requestHeader: { apiKey: 'X-Key', value: { action: 'keep' } } }, both),
    ).toEqual(['openOrder', 'closeOrder']);
  });
});
