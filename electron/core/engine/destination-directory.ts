import { normalizeUrl, urlProblem } from '../../../shared/domain/http-rules';
import { orderHookKinds, orderHookLabels, type OrderHookKind } from '../../../shared/domain/order-hooks';
import type { DeliveryTarget } from '../delivery/types';
import { hookDestinationId, partnerDestinationId } from '../outbox/routing';
import type { SecretStore } from '../secrets/secret-store';
import { orderHooksValueKey, partnerSecretKeys } from '../secrets/secret-keys';
import type { SettingsRepository } from '../settings/settings-repository';

/** Connect timeout when the partner's total timeout is longer (brief §6). */
const connectTimeoutMs = 5_000;
/** Timeout and rate for the seed page's hooks, which have no settings of their own. */
const hookTimeoutMs = 15_000;
export const hookRatePerSecond = 10;

export type Resolution =
  | { kind: 'ok'; name: string; target: DeliveryTarget; ratePerSecond: number }
  /** Exists but must not receive now (disabled, no URL): deliveries wait as `paused`. */
  | { kind: 'paused'; name: string; reason: string }
  /** No longer configured: deliveries to it can never succeed. */
  | { kind: 'gone'; reason: string };

/** Where the engine learns where and how to send, and which destinations may not receive now. */
export interface Destinations {
  resolve(destinationId: string): Resolution;
  /** Ids of configured destinations that must not receive now. */
  blocked(): string[];
  /** Every configured destination id. */
  known(): string[];
}

/**
 * Turns a destination id into where and how to send, from the CURRENT settings
 * and secrets — so fixing a URL or key and resending uses the fix.
 */
export class DestinationDirectory implements Destinations {
  constructor(
    private readonly settings: SettingsRepository,
    private readonly secrets: SecretStore,
  ) {}

  resolve(destinationId: string): Resolution {
    const [kind, id = ''] = splitId(destinationId);
    if (kind === 'hook' && (orderHookKinds as readonly string[]).includes(id))
      return this.resolveHook(id as OrderHookKind);
    if (kind === 'partner') return this.resolvePartner(id);
    return { kind: 'gone', reason: 'This destination is no longer configured.' };
  }

  /** Ids of configured destinations that must not receive now (disabled, or a hook without a URL). */
  blocked(): string[] {
    const { partners, orderHooks } = this.settings.current;
    return [
      ...partners.filter((p) => !p.enabled).map((p) => partnerDestinationId(p.id)),
      ...orderHookKinds.filter((k) => !orderHooks[k].enabled || orderHooks[k].url === '').map(hookDestinationId),
    ];
  }

  /** Every configured destination id, for finding deliveries whose destination was deleted. */
  known(): string[] {
    return [
      ...this.settings.current.partners.map((p) => partnerDestinationId(p.id)),
      ...orderHookKinds.map(hookDestinationId),
    ];
  }

  private resolvePartner(id: string): Resolution {
    const partner = this.settings.current.partners.find((p) => p.id === id);
    if (!partner) return { kind: 'gone', reason: 'The partner was deleted.' };
    if (!partner.enabled) return { kind: 'paused', name: partner.name, reason: 'The partner is disabled.' };
    const keys = partnerSecretKeys(id);
    const headerValue = partner.headerName === '' ? null : this.secrets.get(keys.header);
    const timeoutMs = partner.timeoutSeconds * 1000;
    return {
      kind: 'ok',
      name: partner.name,
      ratePerSecond: partner.rateLimitPerSecond,
      target: {
        url: calledUrl(partner.url),
        customHeader: headerValue === null ? null : { name: partner.headerName, value: headerValue },
        signingSecret: this.secrets.get(keys.signing),
        timeoutMs,
        connectTimeoutMs: Math.min(connectTimeoutMs, timeoutMs),
      },
    };
  }

  private resolveHook(kind: OrderHookKind): Resolution {
    const { orderHooks } = this.settings.current;
    const hook = orderHooks[kind];
    const name = orderHookLabels[kind];
    if (!hook.enabled || hook.url === '')
      return { kind: 'paused', name, reason: `${name} is set to NO or has no URL.` };
    const value = orderHooks.apiKey === '' ? null : this.secrets.get(orderHooksValueKey);
    return {
      kind: 'ok',
      name,
      ratePerSecond: hookRatePerSecond,
      target: {
        url: calledUrl(hook.url),
        customHeader: value === null ? null : { name: orderHooks.apiKey, value },
        signingSecret: null,
        timeoutMs: hookTimeoutMs,
        connectTimeoutMs,
      },
    };
  }
}

/**
 * The URL as it will be called, so the log records exactly that. Saved URLs are
 * normalised already; one saved by an older version may not be (and a broken
 * one is left for the sender to refuse with its reason).
 */
function calledUrl(saved: string): string {
  return urlProblem(saved) ? saved : normalizeUrl(saved);
}

function splitId(destinationId: string): [string, string | undefined] {
  const colon = destinationId.indexOf(':');
  return colon < 0 ? [destinationId, undefined] : [destinationId.slice(0, colon), destinationId.slice(colon + 1)];
}
