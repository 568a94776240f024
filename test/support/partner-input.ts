import type { PartnerInput } from '../../shared/domain/partners';
import { defaultOrderDeadlines } from '../../shared/domain/order-deadlines';

/** A valid `partners.create` input: unsigned, no custom header; tests override what they are about. */
export function partnerInput(overrides: Partial<PartnerInput> & Pick<PartnerInput, 'url'>): PartnerInput {
  return {
    name: 'Test Partner',
    enabled: true,
    eventTypes: ['order.created'],
    header: { name: '', value: { action: 'keep' } },
    signingSecret: 'keep',
    timeoutSeconds: 5,
    rateLimitPerSecond: 100,
    orderDeadlines: { ...defaultOrderDeadlines },
    ...overrides,
  };
}
