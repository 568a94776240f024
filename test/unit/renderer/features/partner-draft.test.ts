import { describe, expect, it } from 'vitest';
import type { PartnerView } from '../../../../shared/domain/partners';
import {
  changesHowItSends,
  draftFromPartner,
  inputFromDraft,
  newPartnerDraft,
  partnerDraftIsDirty,
  validatePartnerDraft,
} from '../../../../renderer/src/features/partners/partner-draft';

const none = { set: false, masked: null };

const partner: PartnerView = {
  id: 'p1',
  name: 'Acme',
  url: 'https://acme.example.com/hooks',
  enabled: true,
  eventTypes: ['order.closed', 'order.created', 'some.future.type'],
  header: { name: 'X-Acme-Key', value: { set: true, masked: '••••9876' } },
  signingSecret: { set: true, masked: '••••abcd' },
  signingRotation: null,
  held: false,
  timeoutSeconds: 20,
  rateLimitPerSecond: 5,
  orderDeadlines: { createdMinutes: 5, otherMinutes: 15 },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('partner draft', () => {
  it('starts a new partner with the documented defaults and asks for the missing fields', () => {
    const draft = newPartnerDraft();
    expect(inputFromDraft(draft)).toMatchObject({
      timeoutSeconds: 15,
      rateLimitPerSecond: 10,
      enabled: true,
      signingSecret: 'keep',
    });
    expect(Object.keys(validatePartnerDraft(draft, none)).sort()).toEqual(['eventTypes', 'name', 'url']);
  });

  it('round-trips a saved partner: known event types in catalog order, secrets kept', () => {
    const draft = draftFromPartner(partner);
    const input = inputFromDraft(draft);
    expect(input.eventTypes).toEqual(['order.created', 'order.closed']);
    expect(input.header).toEqual({ name: 'X-Acme-Key', value: { action: 'keep' } });
    expect(validatePartnerDraft(draft, partner.header.value)).toEqual({});
    expect(partnerDraftIsDirty(draft, draftFromPartner(partner))).toBe(false);
    expect(partnerDraftIsDirty({ ...draft, signingSecret: 'generate' }, draftFromPartner(partner))).toBe(true);
  });

  it('words number problems for operators, not as zod does', () => {
    const draft = { ...draftFromPartner(partner), timeoutSeconds: '', rateLimitPerSecond: '10001' };
    const errors = validatePartnerDraft(draft, partner.header.value);
    expect(errors.timeoutSeconds).toBe('Enter a number of seconds.');
    expect(errors.rateLimitPerSecond).toBe('At most 10000 requests a second.');
  });

  it('order deadlines (#14): 5 and 15 minutes for a new partner, a saved one keeps its own, 1–240 in words', () => {
    expect(inputFromDraft(newPartnerDraft()).orderDeadlines).toEqual({ createdMinutes: 5, otherMinutes: 15 });
    const own = draftFromPartner({ ...partner, orderDeadlines: { createdMinutes: 20, otherMinutes: 45 } });
    expect(inputFromDraft(own).orderDeadlines).toEqual({ createdMinutes: 20, otherMinutes: 45 });
    expect(partnerDraftIsDirty({ ...own, createdMinutes: '10' }, own)).toBe(true);
    const errors = validatePartnerDraft({ ...own, createdMinutes: '0', otherMinutes: 'soon' }, partner.header.value);
    expect(errors['orderDeadlines.createdMinutes']).toBe('At least 1 minute.');
    expect(errors['orderDeadlines.otherMinutes']).toBe('Enter a number of minutes.');
    expect(validatePartnerDraft({ ...own, otherMinutes: '241' }, partner.header.value)).toEqual({
      'orderDeadlines.otherMinutes': 'At most 240 minutes (4 hours).',
    });
  });

  it('needs a header value for a header name, and a name for a value', () => {
    const draft = draftFromPartner(partner);
    expect(
      validatePartnerDraft({ ...draft, headerValue: { typed: '', clear: true } }, partner.header.value)['header.value'],
    ).toBe('Enter the header value, or clear the header name.');
    expect(validatePartnerDraft({ ...draft, headerName: '' }, partner.header.value)['header.name']).toBeDefined();
  });

  it('lets a form keep a saved header value this computer cannot read (the core holds it, it is not gone)', () => {
    const unreadable = { set: false, masked: null, unreadable: true as const };
    const draft = draftFromPartner({ ...partner, header: { name: 'X-Acme-Key', value: unreadable } });
    expect(validatePartnerDraft(draft, unreadable)).toEqual({});
    expect(
      validatePartnerDraft({ ...draft, headerValue: { typed: '', clear: true } }, unreadable)['header.value'],
    ).toBe('Enter the header value, or clear the header name.');
  });

  it('knows which saved edits change how webhooks reach the partner (the offer to resend follows them)', () => {
    const unchanged = inputFromDraft(draftFromPartner(partner));
    expect(changesHowItSends(unchanged, partner)).toBe(false);
    expect(changesHowItSends({ ...unchanged, name: 'Acme 2', eventTypes: ['order.created'] }, partner)).toBe(false);
    expect(changesHowItSends({ ...unchanged, url: 'https://acme.example.com/v2' }, partner)).toBe(true);
    expect(
      changesHowItSends(
        { ...unchanged, header: { name: 'X-Acme-Key', value: { action: 'set', value: 'new-key' } } },
        partner,
      ),
    ).toBe(true);
    expect(changesHowItSends({ ...unchanged, signingSecret: 'generate' }, partner)).toBe(true);
    expect(changesHowItSends({ ...unchanged, timeoutSeconds: 30 }, partner)).toBe(true);
  });
});
