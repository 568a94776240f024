import type { OrderHookKind } from './order-hooks';

/**
 * Where webhooks go, as the delivery log names it: `partner:<id>` for a partner
 * endpoint, `hook:<kind>` for one of the Order Webhooks page's hooks, and
 * `inbox:test` for the built-in Test Inbox (only what is sent to it by hand). The
 * core routes by these ids; screens filter the log and count deliveries by them.
 */
export const partnerDestinationId = (partnerId: string): string => `partner:${partnerId}`;
export const hookDestinationId = (kind: OrderHookKind): string => `hook:${kind}`;
export const testInboxDestinationId = 'inbox:test';
export const testInboxName = 'Test Inbox';
