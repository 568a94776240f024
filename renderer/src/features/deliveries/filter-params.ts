import {
  deliveryFilterSchema,
  deliveryStates,
  type DeliveryFilter,
  type DeliveryState,
} from '../../../../shared/domain/deliveries';
import { eventTypes, type EventType } from '../../../../shared/domain/event-types';

/**
 * The log's filter lives in the hash query string (`#/deliveries?state=failed&text=1042`)
 * so a reload, a bookmark or a link from another screen shows the same rows.
 * Anything unreadable in the URL is dropped rather than failing the screen.
 */
export function filterFromParams(params: URLSearchParams): DeliveryFilter {
  const list = (name: string): string[] =>
    (params.get(name) ?? '')
      .split(',')
      .map((value) => value.trim())
      .filter(Boolean);
  const states = list('state').filter((value): value is DeliveryState =>
    (deliveryStates as readonly string[]).includes(value),
  );
  const types = list('type').filter((value): value is EventType => (eventTypes as readonly string[]).includes(value));
  const destinations = list('destination');
  const candidate: DeliveryFilter = {
    ...(states.length > 0 ? { states } : {}),
    ...(types.length > 0 ? { eventTypes: types } : {}),
    ...(destinations.length > 0 ? { destinationIds: destinations } : {}),
    ...(params.get('from') ? { from: params.get('from') ?? undefined } : {}),
    ...(params.get('to') ? { to: params.get('to') ?? undefined } : {}),
    ...(params.get('text')?.trim() ? { text: params.get('text')?.trim() } : {}),
  };
  const parsed = deliveryFilterSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  // Drop only the fields that failed, keep the rest of the operator's filter.
  const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  const kept = Object.fromEntries(Object.entries(candidate).filter(([key]) => !bad.has(key)));
  const retry = deliveryFilterSchema.safeParse(kept);
  return retry.success ? retry.data : {};
}

export function paramsFromFilter(filter: DeliveryFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.states?.length) params.set('state', filter.states.join(','));
  if (filter.eventTypes?.length) params.set('type', filter.eventTypes.join(','));
  if (filter.destinationIds?.length) params.set('destination', filter.destinationIds.join(','));
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.text) params.set('text', filter.text);
  return params;
}

/** The query parameter naming the delivery whose detail is open (`#/deliveries?delivery=42`). */
export const selectedDeliveryParam = 'delivery';

/** The selected delivery in the URL, or null when none (or not a delivery id). */
export function selectedFromParams(params: URLSearchParams): number | null {
  const value = params.get(selectedDeliveryParam) ?? '';
  return /^\d{1,15}$/.test(value) && Number(value) > 0 ? Number(value) : null;
}

/** The log with one delivery open, e.g. from a test event's result. */
export const deliveryLogPath = (id: number): string => `/deliveries?${selectedDeliveryParam}=${id}`;
