import { eventTypes } from '../../../shared/domain/event-types';
import { partnerInputSchema } from '../../../shared/domain/partners';
import type { DeliverySystem } from '../engine/delivery-system';
import type { NoticeBoard } from '../notices/notice-board';
import { partnerDestinationId } from '../outbox/routing';
import type { PartnersService } from '../services/partners-service';
import type { Settings } from '../settings/settings-schema';
import type { SettingsRepository } from '../settings/settings-repository';
import { publishTestEvent } from './publish-test-event';
import { testInboxUrl as inboxUrl, type TestInbox } from './test-inbox';

export const samplePartnerName = 'Test Inbox (sample)';

export interface InboxStartupDeps {
  inbox: TestInbox;
  settings: SettingsRepository;
  partners: PartnersService;
  delivery: DeliverySystem;
  notices: NoticeBoard;
  /** On a first run, add a partner pointing at the inbox (the app's default). */
  samplePartner: boolean;
}

/** `url` with the old inbox address swapped for the new one, or null when it points elsewhere. */
function moved(url: string, from: string, to: string): string | null {
  if (url !== from && !url.startsWith(`${from}/`) && !url.startsWith(`${from}?`)) return null;
  return to + url.slice(from.length);
}

/** Re-points every partner and order hook aimed at the inbox's old address; counts what moved. */
function repoint(draft: Settings, from: string, to: string): { settings: Settings; partners: number; hooks: number } {
  let partners = 0;
  let hooks = 0;
  const next = structuredClone(draft);
  for (const partner of next.partners) {
    const url = moved(partner.url, from, to);
    if (url !== null) [partner.url, partners] = [url, partners + 1];
  }
  for (const hook of [next.orderHooks.openOrder, next.orderHooks.updateOrder, next.orderHooks.closeOrder]) {
    const url = moved(hook.url, from, to);
    if (url !== null) [hook.url, hooks] = [url, hooks + 1];
  }
  return { settings: next, partners, hooks };
}

/**
 * Starts the Test Inbox where it listened last time, so what points at it keeps
 * working. If that port is taken now, the inbox takes another and the partners
 * and hooks aimed at it follow, with a notice. On the very first run a sample
 * partner is pointed at it and sent a test event, so a newcomer sees a delivery
 * flow before configuring anything.
 */
export async function startTestInbox(deps: InboxStartupDeps): Promise<void> {
  const { inbox, settings, notices } = deps;
  const previous = settings.current.testInbox.port;
  await inbox.start(previous);
  const port = inbox.port;
  if (port === null) return;

  if (port !== previous) {
    let moved = { partners: 0, hooks: 0 };
    settings.update((draft) => {
      if (previous === null) return { ...draft, testInbox: { port } };
      const { settings: next, ...counts } = repoint(draft, inboxUrl(previous), inboxUrl(port));
      moved = counts;
      return { ...next, testInbox: { port } };
    });
    const total = moved.partners + moved.hooks;
    if (total > 0) {
      notices.post(
        'info',
        `The Test Inbox moved from port ${previous} (taken by another program) to port ${port}; ` +
          `${total === 1 ? 'the partner or hook' : `the ${total} partners and hooks`} pointing at it now use the new address.`,
      );
    }
  }

  if (settings.firstRun && deps.samplePartner) await addSamplePartner(deps, inboxUrl(port));
}

async function addSamplePartner({ partners, delivery }: InboxStartupDeps, url: string): Promise<void> {
  const { partner } = await partners.create(
    partnerInputSchema.parse({
      name: samplePartnerName,
      url,
      enabled: true,
      eventTypes: [...eventTypes],
      header: { name: '', value: { action: 'keep' } },
      // Signed, so the inbox shows a signature check passing from the start.
      signingSecret: 'generate',
      timeoutSeconds: 5,
      rateLimitPerSecond: 50,
    }),
  );
  publishTestEvent(delivery, { id: partnerDestinationId(partner.id), name: partner.name });
}
