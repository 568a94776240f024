import { paramsFromFilter } from '../deliveries/filter-params';

/** The Partners page with that partner's edit dialog open (where its URL and key are fixed). */
export const partnerEditPath = (partnerId: string): string => `/hub/partners?edit=${encodeURIComponent(partnerId)}`;

/** The delivery log narrowed to what failed for that partner, ready to resend once fixed. */
export const failedDeliveriesPath = (partnerId: string): string =>
  `/deliveries?${paramsFromFilter({ states: ['failed'], destinationIds: [`partner:${partnerId}`] }).toString()}`;
