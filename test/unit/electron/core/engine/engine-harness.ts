import { DeliveryEngine, type EngineOptions } from '../../../../../electron/core/engine/delivery-engine';
import type { Destinations, Resolution } from '../../../../../electron/core/engine/destination-directory';
import type {
  DeliveryTarget,
  SendOutcome,
  WebhookMessage,
  WebhookSender,
} from '../../../../../electron/core/delivery/types';
import { EventBus } from '../../../../../electron/core/events/event-bus';
import { silentLogger } from '../../../../../electron/core/logging/console-logger';
import { Outbox } from '../../../../../electron/core/outbox/outbox';
import type { Logger } from '../../../../../electron/core/ports';
import { defaultSettings, type Settings } from '../../../../../electron/core/settings/settings-schema';
import { fakeTime } from '../../../../support/fake-time';
import { InMemoryQueue } from '../../../../support/in-memory-queue';
import { defaultOrderDeadlines } from '../../../../../shared/domain/order-deadlines';

export const partnerA = 'partner:a';

const target = (url: string): DeliveryTarget => ({
  url,
  customHeader: null,
  signingSecret: null,
  timeoutMs: 5_000,
  connectTimeoutMs: 5_000,
});

/** Settings with one enabled partner `a` subscribed to order.created, for routing. */
function settingsWithPartner(): Settings {
  const settings = defaultSettings();
  settings.partners.push({
    id: 'a',
    name: 'Partner A',
    url: 'https://a.example/hook',
    enabled: true,
    eventTypes: ['order.created'],
    headerName: '',
    signingRotation: null,
    held: false,
    timeoutSeconds: 5,
    rateLimitPerSecond: 1_000,
    orderDeadlines: { ...defaultOrderDeadlines },
    createdAt: '2026-11-22T12:00:00.000Z',
    updatedAt: '2026-11-22T12:00:00.000Z',
  });
  return settings;
}

export const answers = {
  delivered: (): SendOutcome => ({
    kind: 'delivered',
    status: 200,
    latencyMs: 3,
    responseExcerpt: '',
    responseTruncated: false,
    requestHeaders: {},
  }),
  serverError: (): SendOutcome => ({
    kind: 'failed',
    failure: 'http_server_error',
    status: 500,
    latencyMs: 3,
    responseExcerpt: '',
    responseTruncated: false,
    retryAfterMs: null,
    reason: '500 — the partner’s server had an error',
    requestHeaders: {},
  }),
};

/** A sender that answers from a script (then `delivered`), and remembers every call with its fake time. */
export class ScriptedSender implements WebhookSender {
  readonly calls: { eventId: string; at: number }[] = [];
  script: (() => SendOutcome)[] = [];

  constructor(private readonly now: () => number) {}

  send(_target: DeliveryTarget, message: WebhookMessage): Promise<SendOutcome> {
    this.calls.push({ eventId: message.id, at: this.now() });
    return Promise.resolve((this.script.shift() ?? answers.delivered)());
  }

  close(): void {}
}

/** A logger that keeps what was logged, to check an outage is reported once, not once per retry. */
export function recordingLogger(): Logger & { lines: { level: string; message: string }[] } {
  const lines: { level: string; message: string }[] = [];
  const log = (level: string) => (message: string) => void lines.push({ level, message });
  return { lines, info: log('info'), warn: log('warn'), error: log('error') };
}

/**
 * The engine on an in-memory queue, a fake clock and fake timers, with an
 * outbox publishing into the same queue: a whole delivery pipeline without
 * SQLite or HTTP, driven by moving fake time.
 */
export function engineHarness(options: Partial<EngineOptions> = {}) {
  const time = fakeTime();
  const queue = new InMemoryQueue();
  const sender = new ScriptedSender(time.now);
  const logger = recordingLogger();
  const events = new EventBus(silentLogger);
  const settings = settingsWithPartner();
  const resolutions = new Map<string, Resolution>([
    [partnerA, { kind: 'ok', name: 'Partner A', target: target('https://a.example/hook'), ratePerSecond: 1_000 }],
  ]);
  const directory: Destinations = {
    resolve: (id) => resolutions.get(id) ?? { kind: 'gone', reason: 'The partner was deleted.' },
    blocked: () => [],
    held: () => [],
    onHold: () => [],
    known: () => [...resolutions.keys()],
  };
  const engine = new DeliveryEngine({
    store: queue,
    directory,
    sender,
    clock: time.clock,
    events,
    logger,
    isOnline: () => true,
    disableDestination: () => undefined,
    timers: time.timers,
    options: {
      random: () => 0.5,
      reconnectRampMs: 0,
      flushIntervalMs: 5,
      retryScheduleMs: [5_000, 300_000],
      writeRetryMs: { initial: 250, max: 2_000 },
      ...options,
    },
  });
  const outbox = new Outbox({ store: queue, clock: time.clock, settings: () => settings, storeId: () => 'store_1' });
  let checks = 0;
  return {
    time,
    queue,
    sender,
    logger,
    engine,
    outbox,
    /** Publishes `n` order.created events (one check each), as a committed transaction would, and wakes the engine. */
    publish(n = 1): number[] {
      const ids: number[] = [];
      for (let i = 0; i < n; i++) {
        checks += 1;
        outbox.publish({
          type: 'order.created',
          resource: { type: 'order', id: `chk_${checks}` },
          summary: `Check #${checks}`,
          data: { number: checks },
          routing: { orderSource: 'olo' },
        });
        ids.push(queue.deliveries.length);
      }
      engine.notify();
      return ids;
    },
  };
}
