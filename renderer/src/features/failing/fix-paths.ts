import { fixAdviceFor, type FailureKind, type FixAdvice } from '../../../../shared/domain/delivery-failures';
import { undeliveredStates } from '../../../../shared/domain/deliveries';
import { paramsFromFilter } from '../deliveries/filter-params';

/** The Partners page with that partner's edit dialog open (where its URL and key are fixed). */
export const partnerEditPath = (partnerId: string): string => `/hub/partners?edit=${encodeURIComponent(partnerId)}`;

/** The Order Webhooks page, where a hook's URL and the Request Header are fixed. */
export const orderWebhooksPath = '/hub/order-webhooks';

/**
 * The delivery log narrowed to one destination's undelivered webhooks — those that
 * gave up and those still retrying — ready to resend once the cause is fixed.
 */
export const undeliveredTo = (destinationId: string): string =>
  `/deliveries?${paramsFromFilter({ states: [...undeliveredStates], destinationIds: [destinationId] }).toString()}`;

/** The same for a partner. */
export const undeliveredToPartner = (partnerId: string): string => undeliveredTo(`partner:${partnerId}`);

/** Where a destination's URL and key are set: a partner's edit dialog, or the Order Webhooks page for a hook. */
export function settingsPathOf(destinationId: string): string {
  return destinationId.startsWith('partner:')
    ? partnerEditPath(destinationId.slice('partner:'.length))
    : orderWebhooksPath;
}

/** A failing destination's fix, ready to show: the advice, and the link (if any) that leads to it. */
export interface DestinationFix extends FixAdvice {
  /** The fix link's text, naming the place for an order hook (its key is the page's Request Header). */
  label: string | null;
  path: string | null;
}

/**
 * The one place that turns a failure into what to click: the toast, the status bar,
 * the Dashboard and the settings pages' health lines all ask here.
 */
export function destinationFix(destinationId: string, failure: FailureKind | null): DestinationFix {
  const advice = fixAdviceFor(failure);
  if (advice.action === null) return { ...advice, label: null, path: null };
  const hook = !destinationId.startsWith('partner:');
  const label = hook && advice.area === 'key' ? `${advice.action} (Request Header)` : advice.action;
  return { ...advice, label, path: settingsPathOf(destinationId) };
}
