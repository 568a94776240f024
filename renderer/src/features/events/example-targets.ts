import { testInboxName } from '../../../../shared/domain/destinations';
import type { SendExampleInput } from '../../../../shared/domain/event-examples';
import type { EventType } from '../../../../shared/domain/event-types';
import type { PartnerView } from '../../../../shared/domain/partners';

/**
 * One choice in "Send this example to…". `subscribed`: a partner that asked for
 * this event; `unsubscribed`: one that did not, sent to only once the operator
 * confirms; `disabled`: listed so nobody wonders where it went, not choosable
 * (its example would wait, paused, and arrive whenever it is enabled again).
 */
export interface ExampleTargetChoice {
  /** The select's value: `test-inbox` or `partner:<id>`. */
  value: string;
  name: string;
  kind: 'testInbox' | 'subscribed' | 'unsubscribed' | 'disabled';
  partnerId: string | null;
}

export const testInboxChoice: ExampleTargetChoice = {
  value: 'test-inbox',
  name: testInboxName,
  kind: 'testInbox',
  partnerId: null,
};

/** The partners that subscribe to `type`, in the Partners page's order. */
export function subscribersOf(type: EventType, partners: readonly PartnerView[]): PartnerView[] {
  return partners.filter((partner) => partner.eventTypes.includes(type));
}

/** Every choice for `type`: the Test Inbox first, then partners as they relate to it. */
export function exampleTargets(type: EventType, partners: readonly PartnerView[]): ExampleTargetChoice[] {
  const choice = (partner: PartnerView): ExampleTargetChoice => ({
    value: `partner:${partner.id}`,
    name: partner.name,
    kind: !partner.enabled ? 'disabled' : partner.eventTypes.includes(type) ? 'subscribed' : 'unsubscribed',
    partnerId: partner.id,
  });
  return [testInboxChoice, ...partners.map(choice)];
}

/** What the core is asked; `confirmed` is the operator's "send it anyway" for a partner that did not subscribe. */
export function exampleInput(type: EventType, target: ExampleTargetChoice, confirmed: boolean): SendExampleInput {
  if (target.partnerId === null) return { type, to: { kind: 'testInbox' } };
  return {
    type,
    to: {
      kind: 'partner',
      id: target.partnerId,
      ...(target.kind === 'unsubscribed' && confirmed ? { evenIfNotSubscribed: true } : {}),
    },
  };
}
