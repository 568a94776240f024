import { normalizeUrl, urlProblem } from '../../../shared/domain/http-rules';
import { orderHookKinds, orderHookLabels, type OrderHookKind } from '../../../shared/domain/order-hooks';
import type { DeliveryTarget } from '../delivery/types';
import { testInboxName } from '../../../shared/domain/destinations';
import { testInboxUrl } from '../inbox/test-inbox';
import type { Clock } from '../ports';
import { hookDestinationId, partnerDestinationId, testInboxDestinationId } from '../outbox/routing';
import type { SecretStore } from '../secrets/secret-store';
import { generateSigningSecret } from '../secrets/signing-secret';
import { orderHooksValueKey, partnerSecretKeys } from '../secrets/secret-keys';
import type { SettingsRepository } from '../settings/settings-repository';
import type { StoredPartner } from '../settings/settings-schema';

/** Connect timeout when the partner's total timeout is longer (brief §6). */
const connectTimeoutMs = 5_000;
/** Timeout and rate for the seed page's hooks, which have no settings of their own. */
const hookTimeoutMs = 15_000;
export const hookRatePerSecond = 10;

export type Resolution =
  | { kind: 'ok'; name: string; target: DeliveryTarget; ratePerSecond: number }
  /**
   * Exists but must not receive now (disabled, no URL, or held because a secret it
   * needs cannot be read): deliveries wait as `paused`.
   */
  | { kind: 'paused'; name: string; reason: string }
  /** No longer configured: deliveries to it can never succeed. */
  | { kind: 'gone'; reason: string };

/** Where the engine learns where and how to send, and which destinations may not receive now. */
export interface Destinations {
  resolve(destinationId: string): Resolution;
  /** Ids of configured destinations that must not receive now. */
  blocked(): string[];
  /** Ids of enabled destinations held because a secret they need cannot be read. */
  held(): string[];
  /** Ids of enabled partners the operator put on hold (#14): queued for, sent nothing until released. */
  onHold(): string[];
  /** Every configured destination id. */
  known(): string[];
}

/**
 * Turns a destination id into where and how to send, from the CURRENT settings
 * and secrets — so fixing a URL or key and resending uses the fix.
 */
export class DestinationDirectory implements Destinations {
  /**
   * What the Test Inbox's deliveries are signed with, so it shows a signature
   * verifying as a partner's would. It protects nothing (the inbox is on this PC
   * and holds only what was sent to look at), so it lives for one run, in memory.
   */
  readonly testInboxSecret = generateSigningSecret();

  constructor(
    private readonly settings: SettingsRepository,
    private readonly secrets: SecretStore,
    /** Whether a rotation's old secret still signs depends on the time. */
    private readonly clock: Clock,
  ) {}

  resolve(destinationId: string): Resolution {
    const [kind, id = ''] = splitId(destinationId);
    if (kind === 'hook' && (orderHookKinds as readonly string[]).includes(id))
      return this.resolveHook(id as OrderHookKind);
    if (kind === 'partner') return this.resolvePartner(id);
    if (destinationId === testInboxDestinationId) return this.resolveTestInbox();
    return { kind: 'gone', reason: 'This destination is no longer configured.' };
  }

  /** Ids of configured destinations that must not receive now (disabled, a hook without a URL, or held). */
  blocked(): string[] {
    const { partners, orderHooks } = this.settings.current;
    const hooksHeld = this.hookSecretUnreadable();
    return [
      ...partners
        .filter((p) => !p.enabled || p.held || this.unreadablePartnerSecret(p) !== null)
        .map((p) => partnerDestinationId(p.id)),
      ...orderHookKinds
        .filter((k) => !orderHooks[k].enabled || orderHooks[k].url === '' || hooksHeld)
        .map(hookDestinationId),
      ...(this.settings.current.testInbox.port === null ? [testInboxDestinationId] : []),
    ];
  }

  /** Ids of enabled destinations held because a secret they need cannot be read. */
  held(): string[] {
    const { partners, orderHooks } = this.settings.current;
    const hooksHeld = this.hookSecretUnreadable();
    return [
      ...partners
        .filter((p) => p.enabled && this.unreadablePartnerSecret(p) !== null)
        .map((p) => partnerDestinationId(p.id)),
      ...orderHookKinds
        .filter((k) => hooksHeld && orderHooks[k].enabled && orderHooks[k].url !== '')
        .map(hookDestinationId),
    ];
  }

  /** Ids of enabled partners on hold; a disabled one is disabled first (it is told of nothing). */
  onHold(): string[] {
    return this.settings.current.partners.filter((p) => p.enabled && p.held).map((p) => partnerDestinationId(p.id));
  }

  /** Every configured destination id, for finding deliveries whose destination was deleted. */
  known(): string[] {
    return [
      ...this.settings.current.partners.map((p) => partnerDestinationId(p.id)),
      ...orderHookKinds.map(hookDestinationId),
      testInboxDestinationId,
    ];
  }

  /** Which of the partner's secrets it needs cannot be read, in words; null when none. */
  private unreadablePartnerSecret(partner: StoredPartner): string | null {
    const keys = partnerSecretKeys(partner.id);
    const header = partner.headerName !== '' && this.secrets.read(keys.header).state === 'unreadable';
    const signing = this.secrets.read(keys.signing).state === 'unreadable';
    if (header && signing) return 'header value and signing secret';
    if (header) return 'header value';
    if (signing) return 'signing secret';
    // A partner still verifying with the old secret would reject a request signed with the new one only.
    return this.oldSecretSigns(partner) && this.secrets.read(keys.oldSigning).state === 'unreadable'
      ? 'old signing secret'
      : null;
  }

  /** A rotation's old secret still signs now (its overlap has not ended). */
  private oldSecretSigns(partner: StoredPartner): boolean {
    const rotation = partner.signingRotation;
    return rotation !== null && this.clock.now().getTime() < Date.parse(rotation.oldSecretStopsAt);
  }

  /** The old secret and its stop, for the sender to judge per attempt; null outside an overlap. */
  private oldSigningSecret(partner: StoredPartner): DeliveryTarget['oldSigningSecret'] {
    const secret = this.oldSecretSigns(partner) ? this.secrets.get(partnerSecretKeys(partner.id).oldSigning) : null;
    return secret === null || !partner.signingRotation
      ? null
      : { secret, stopsAt: Date.parse(partner.signingRotation.oldSecretStopsAt) };
  }

  /** The Request Header Value is needed (an API Key is set) but cannot be read. */
  private hookSecretUnreadable(): boolean {
    return (
      this.settings.current.orderHooks.apiKey !== '' && this.secrets.read(orderHooksValueKey).state === 'unreadable'
    );
  }

  private resolvePartner(id: string): Resolution {
    const partner = this.settings.current.partners.find((p) => p.id === id);
    if (!partner) return { kind: 'gone', reason: 'The partner was deleted.' };
    if (!partner.enabled) return { kind: 'paused', name: partner.name, reason: disabledReason };
    if (partner.held) return { kind: 'paused', name: partner.name, reason: onHoldReason(partner.name) };
    const unreadable = this.unreadablePartnerSecret(partner);
    if (unreadable === 'old signing secret') {
      return {
        kind: 'paused',
        name: partner.name,
        reason: `Held: ${partner.name}’s old signing secret cannot be read on this computer. End the overlap on the Partners page to send with the new secret only.`,
      };
    }
    if (unreadable !== null) {
      // Sending without the key or unsigned would be worse than waiting: the partner
      // would reject it, or worse, accept an unsigned request.
      return { kind: 'paused', name: partner.name, reason: heldReason(`${partner.name}’s ${unreadable}`, 'Partners') };
    }
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
        oldSigningSecret: this.oldSigningSecret(partner),
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
    if (this.hookSecretUnreadable()) {
      return { kind: 'paused', name, reason: heldReason('the Request Header Value', 'Order Webhooks') };
    }
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

  /** The built-in Test Inbox, where it listens (the port it remembers); examples are sent to it by hand. */
  private resolveTestInbox(): Resolution {
    const { port } = this.settings.current.testInbox;
    if (port === null) return { kind: 'paused', name: testInboxName, reason: 'The Test Inbox is not running.' };
    return {
      kind: 'ok',
      name: testInboxName,
      ratePerSecond: hookRatePerSecond,
      target: {
        url: testInboxUrl(port),
        customHeader: null,
        signingSecret: this.testInboxSecret,
        timeoutMs: connectTimeoutMs,
        connectTimeoutMs,
      },
    };
  }
}

/**
 * Why a disabled partner's webhooks wait: queued before it was disabled, they go
 * if it is enabled again; nothing new is queued for it meanwhile.
 */
export const disabledReason =
  'Disabled: the partner is not told of new changes. This one waits and goes if the partner is enabled again.';

/** Why a held partner's webhooks wait (#14): kept, and sent in order on Release. */
export function onHoldReason(name: string): string {
  return `On hold: kept for ${name} and sent, in order, when you release it on the Partners page.`;
}

/** Why deliveries wait for a secret, and where to enter it again. */
function heldReason(what: string, page: string): string {
  return `Held: ${what} cannot be read on this computer. Enter it again on the ${page} page to send.`;
}

/**
 * The URL as it will be called, so the log records exactly that. Saved URLs are
 * normalised already; one saved by an older version may not be (and a broken
 * one is left for the sender to refuse with its reason).
 */
/** As called: each saved URL is looked at once, not at every delivery (it took two URL parses each). */
const calledUrls = new Map<string, string>();

function calledUrl(saved: string): string {
  let called = calledUrls.get(saved);
  if (called === undefined) {
    called = urlProblem(saved) ? saved : normalizeUrl(saved);
    if (calledUrls.size >= 256) calledUrls.clear();
    calledUrls.set(saved, called);
  }
  return called;
}

function splitId(destinationId: string): [string, string | undefined] {
  const colon = destinationId.indexOf(':');
  return colon < 0 ? [destinationId, undefined] : [destinationId.slice(0, colon), destinationId.slice(colon + 1)];
}
