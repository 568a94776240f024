import { describe, expect, it } from 'vitest';
import { sendExampleInputSchema } from '../../../../shared/domain/event-examples';
import { eventTypes } from '../../../../shared/domain/event-types';
import type { PartnerView } from '../../../../shared/domain/partners';
import { eventSchemas } from '../../../../renderer/src/features/events/event-schemas';
import {
  exampleInput,
  exampleTargets,
  subscribersOf,
  testInboxChoice,
} from '../../../../renderer/src/features/events/example-targets';

const partner = (id: string, eventTypes: string[], enabled = true): PartnerView => ({
  id,
  name: `Partner ${id}`,
  url: `https://${id}.example.com/hooks`,
  enabled,
  eventTypes,
  header: { name: '', value: { set: false, masked: null } },
  signingSecret: { set: false, masked: null },
  signingRotation: null,
  held: false,
  timeoutSeconds: 15,
  rateLimitPerSecond: 10,
  orderDeadlines: { createdMinutes: 5, otherMinutes: 15 },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const partners = [
  partner('a', ['order.created']),
  partner('b', ['order.closed']),
  partner('c', ['order.created'], false),
];

describe('"Send this example to…" (Event Catalog)', () => {
  it('offers the Test Inbox first, then each partner as it relates to the event', () => {
    expect(exampleTargets('order.created', partners).map((t) => [t.name, t.kind])).toEqual([
      ['Test Inbox', 'testInbox'],
      ['Partner a', 'subscribed'],
      ['Partner b', 'unsubscribed'],
      ['Partner c', 'disabled'],
    ]);
    expect(subscribersOf('order.created', partners).map((p) => p.id)).toEqual(['a', 'c']);
    expect(subscribersOf('menu.updated', partners)).toEqual([]);
  });

  it('asks the core to send to a partner that did not subscribe only with the operator’s confirmation', () => {
    const [, subscribed, unsubscribed] = exampleTargets('order.created', partners);
    expect(exampleInput('order.created', testInboxChoice, true)).toEqual({
      type: 'order.created',
      to: { kind: 'testInbox' },
    });
    expect(exampleInput('order.created', subscribed!, true)).toEqual({
      type: 'order.created',
      to: { kind: 'partner', id: 'a' },
    });
    expect(exampleInput('order.created', unsubscribed!, false).to).toEqual({ kind: 'partner', id: 'b' });
    expect(exampleInput('order.created', unsubscribed!, true).to).toEqual({
      kind: 'partner',
      id: 'b',
      evenIfNotSubscribed: true,
    });
    // Whatever the screen builds is what the contract accepts.
    for (const target of exampleTargets('order.created', partners)) {
      expect(sendExampleInputSchema.safeParse(exampleInput('order.created', target, true)).success).toBe(true);
    }
  });

  it('has the published JSON Schema of every event type', () => {
    for (const type of eventTypes) expect(eventSchemas[type]).toMatchObject({ title: type });
  });
});
