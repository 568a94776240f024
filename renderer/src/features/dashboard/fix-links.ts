import { paramsFromFilter } from '../deliveries/filter-params';

/** The Partners page with that partner's edit dialog open (where its URL and key are fixed). */
export const partnerEditPath = (partnerId: string): string => `/hub/partners?edit=${encodeURIComponent(partnerId)}`;

/** The Order Webhooks page, where a hook's URL and the Request Header are fixed. */
export const orderWebhooksPath = '/hub/order-webhooks';

/** The delivery log narrowed to what failed for one destination, ready to resend once fixed. */
export const failedDeliveriesTo = (destinationId: string): string =>
  `/deliveries?${paramsFromFilter({ states: ['failed'], destinationIds: [destinationId] }).toString()}`;

/** The same for a partner. */
export const failedDeliveriesPath = (partnerId: string): string => failedDeliveriesTo(`partner:${partnerId}`);
