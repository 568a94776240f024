/** A delivery's life (brief §6): one event to one destination. */
export const deliveryStates = ['pending', 'sending', 'delivered', 'retrying', 'failed', 'superseded', 'paused'] as const;
export type DeliveryState = (typeof deliveryStates)[number];

/** A partner or order hook whose health changed, in words for the operator (and a desktop notification). */
export interface DeliveryAlert {
  destinationId: string;
  destinationName: string;
  /** failing: several failures in a row; paused: failing for too long; disabled: 410 Gone; recovered: delivering again. */
  kind: 'failing' | 'paused' | 'disabled' | 'recovered';
  /** e.g. "401 — the partner rejected the API key". */
  reason: string;
  at: string;
}

/** Deliveries whose state changed, batched: the log updates these rows in place. */
export interface DeliveriesChanged {
  deliveries: { id: number; state: DeliveryState }[];
}
