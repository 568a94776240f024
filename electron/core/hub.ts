import type { HubEvents } from '../../shared/contract';
import type { SystemStatus } from '../../shared/domain/app-info';
import { createDispatcher } from './api/dispatcher';
import { appRoutes } from './api/routes/app-routes';
import { checksRoutes } from './api/routes/checks-routes';
import { desktopRoutes } from './api/routes/desktop-routes';
import { deliveriesRoutes } from './api/routes/deliveries-routes';
import { menuRoutes } from './api/routes/menu-routes';
import { orderHooksRoutes } from './api/routes/order-hooks-routes';
import { partnersRoutes } from './api/routes/partners-routes';
import { testEventsRoutes } from './api/routes/test-events-routes';
import { routingPreviewRoutes } from './api/routes/routing-preview-routes';
import { sampleDataRoutes } from './api/routes/sample-data-routes';
import { storeRoutes } from './api/routes/store-routes';
import type { WebhookSender } from './delivery/types';
import { BackOffice } from './domain/back-office';
import { PauseExpiry } from './domain/store/pause-expiry';
import { startTestInbox } from './inbox/inbox-startup';
import { TestInbox } from './inbox/test-inbox';
import type { EngineOptions } from './engine/delivery-engine';
import { DeliverySystem } from './engine/delivery-system';
import type { Timers } from './engine/timers';
import { EventBus } from './events/event-bus';
import { ensurePrivateDir } from './files/private-files';
import { createConsoleLogger } from './logging/console-logger';
import { NoticeBoard } from './notices/notice-board';
import { systemClock, type Hub, type HubOptions } from './ports';
import { SecretStore } from './secrets/secret-store';
import { unreadableSecretsInUse, unreadableSecretsNotice } from './secrets/unreadable-secrets-notice';
import { OrderHooksService, orderHooksValueKey } from './services/order-hooks-service';
import { PartnersService, partnerSecretKeys } from './services/partners-service';
import { SettingsRepository } from './settings/settings-repository';
import { storeIdOf } from './storage/meta';
import { StatusReporter } from './system/status-reporter';

/** Test and benchmark hooks into the core; the app itself passes none. */
export interface CoreOverrides {
  sender?: WebhookSender;
  timers?: Timers;
  engine?: Partial<EngineOptions>;
}

/** The hub plus the core's internals, for composition roots and tests. */
export interface Core extends Hub {
  delivery: DeliverySystem;
  events: EventBus;
  /** Reopens a paused store when its pause ends (tests drive it with a fake clock). */
  pauseExpiry: PauseExpiry;
  /** The built-in test receiver; `createHub` starts it, tests start it when they need it. */
  inbox: TestInbox;
  /** Starts the inbox on its remembered port; on a first run adds the sample partner. */
  startInbox(): Promise<void>;
  /**
   * Resolves once secrets the OS encrypted are decrypted and deliveries have
   * started. Without such secrets (plain-text cipher) that happens in openCore itself.
   */
  ready: Promise<void>;
}

/**
 * Builds the Electron-free core from its ports: settings, secrets, the delivery
 * system, services and the dispatcher that is the only way in. Problems found
 * while opening files become notices for the operator, not a crash or a reset.
 */
export function openCore(options: HubOptions, overrides: CoreOverrides = {}): Core {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createConsoleLogger();
  ensurePrivateDir(options.dataDir);

  const events = new EventBus(logger);
  const notices = new NoticeBoard(clock, events);
  const settings = SettingsRepository.open({ dir: options.dataDir, openBackend: options.openSettings, clock });
  for (const report of settings.reports) notices.post(report.level, report.message);
  const secrets = SecretStore.open(options.dataDir, options.cipher, clock);
  if (secrets.problem) {
    notices.post(
      'warning',
      `Your saved secrets could not be read, so API key values and partner secrets must be entered again. ` +
        `The unreadable file was kept as ${secrets.problem.backupPath}.`,
    );
  }

  const isOnline = (): boolean => options.connectivity.isOnline();
  const delivery = new DeliverySystem({
    dataDir: options.dataDir,
    appVersion: options.appVersion,
    settings,
    secrets,
    clock,
    logger,
    events,
    isOnline,
    ...overrides,
  });
  if (delivery.setAside) {
    notices.post(
      'error',
      `The delivery database could not be opened (${delivery.setAside.reason}), so a new one was started. ` +
        `The old file was kept as ${delivery.setAside.backupPath}; webhooks queued in it were not sent.`,
    );
  }

  const status = new StatusReporter({
    events,
    store: delivery.store,
    directory: delivery.directory,
    isOnline,
  });
  const stopWatching = options.connectivity.watch(() => {
    delivery.engine.connectivityChanged();
    status.changed(true);
  });
  const stopListening = events.subscribe((event) => {
    if (event === 'settings.changed') delivery.engine.reconcile();
    // A partner disabled, enabled or deleted changes what is failing and what is held.
    if (event === 'settings.changed' || event === 'deliveries.changed' || event === 'delivery.alert') status.changed();
  });

  const backOffice = new BackOffice({
    db: delivery.db,
    clock,
    transaction: (work) => delivery.transaction(work),
    publish: (event) => void delivery.outbox.publish(event),
    storeId: storeIdOf(delivery.db),
  });
  const pauseExpiry = new PauseExpiry(backOffice.store, clock, logger, () =>
    events.emit('domain.changed', { scope: 'store' }),
  );
  pauseExpiry.check();
  const stopWatchingStore = events.subscribe((event, payload) => {
    if (event !== 'domain.changed') return;
    const { scope } = payload as HubEvents['domain.changed'];
    if (scope === 'store' || scope === 'all') pauseExpiry.check();
  });

  // Any partner's signing secret may have signed what arrives at the test inbox.
  const inbox = new TestInbox(
    clock,
    events,
    () =>
      settings.current.partners.flatMap((p) => {
        const secret = secrets.get(partnerSecretKeys(p.id).signing);
        return secret ? [{ name: p.name, secret }] : [];
      }),
    () =>
      [
        secrets.get(orderHooksValueKey),
        ...settings.current.partners.map((p) => secrets.get(partnerSecretKeys(p.id).header)),
      ].filter((value): value is string => value !== null),
  );

  const partners = new PartnersService(settings, secrets, clock);
  const dispatch = createDispatcher(
    {
      ...appRoutes({
        info: () => ({
          name: 'Integration Hub',
          version: options.appVersion,
          mode: options.mode,
          dataDir: options.dataDir,
          secrets: options.cipher.protection,
        }),
        notices,
        status: (): SystemStatus => status.current(),
      }),
      ...desktopRoutes(settings, events, options.desktop),
      ...orderHooksRoutes(new OrderHooksService(settings, secrets, clock), events),
      ...partnersRoutes(partners, events),
      ...deliveriesRoutes(delivery, settings, events),
      ...storeRoutes(backOffice.store, events),
      ...menuRoutes(backOffice.menus, events),
      ...checksRoutes(backOffice.checks, events),
      ...sampleDataRoutes(backOffice, events),
      ...routingPreviewRoutes(settings),
      ...testEventsRoutes(delivery, settings, inbox),
    },
    logger,
  );

  let closed = false;
  // Deliveries start only once every secret is decrypted: before that, a partner
  // would look held, or worse, its secret "not set".
  const startDelivery = (): void => {
    if (closed) return;
    const notice = unreadableSecretsNotice(
      unreadableSecretsInUse(settings.current, secrets),
      options.cipher.protection.encrypted,
      options.mode,
    );
    if (notice) notices.post('warning', notice);
    delivery.start();
  };
  let ready: Promise<void>;
  if (secrets.needsUnlock) {
    ready = secrets.unlock().then((report) => {
      if (report.reEncrypted > 0) logger.info('encrypted secrets again', { count: report.reEncrypted });
      startDelivery();
    });
  } else {
    startDelivery();
    ready = Promise.resolve();
  }

  return {
    ready,
    call: dispatch,
    subscribe: (listener) => events.subscribe(listener),
    postNotice: (level, message) => void notices.post(level, message),
    delivery,
    events,
    pauseExpiry,
    inbox,
    startInbox: () =>
      startTestInbox({
        inbox,
        settings,
        partners,
        delivery,
        events,
        notices,
        samplePartner: options.samplePartner ?? true,
      }),
    close: async () => {
      closed = true;
      // Nothing may still be decrypting into a store that is being closed.
      await ready.catch(() => undefined);
      stopWatching();
      stopListening();
      stopWatchingStore();
      pauseExpiry.stop();
      await inbox.close();
      status.close();
      await delivery.close();
    },
  };
}

/** The core as the transports see it, with the test inbox listening. */
export async function createHub(options: HubOptions, overrides?: CoreOverrides): Promise<Hub> {
  const core = openCore(options, overrides);
  try {
    await core.ready;
    await core.startInbox();
  } catch (error) {
    await core.close();
    throw error;
  }
  return core;
}
