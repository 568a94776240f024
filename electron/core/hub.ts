import type { HubEvents } from '../../shared/contract';
import type { SystemStatus } from '../../shared/domain/app-info';
import { testInboxName } from '../../shared/domain/destinations';
import { createDispatcher } from './api/dispatcher';
import { appRoutes } from './api/routes/app-routes';
import { checksRoutes } from './api/routes/checks-routes';
import { desktopRoutes } from './api/routes/desktop-routes';
import { deliveriesRoutes } from './api/routes/deliveries-routes';
import { menuRoutes } from './api/routes/menu-routes';
import { menuStructureRoutes } from './api/routes/menu-structure-routes';
import { orderHooksRoutes } from './api/routes/order-hooks-routes';
import { partnersRoutes } from './api/routes/partners-routes';
import { testEventsRoutes } from './api/routes/test-events-routes';
import { eventCatalogRoutes } from './api/routes/event-catalog-routes';
import { partnerResyncRoutes } from './api/routes/partner-resync-routes';
import { orderDeadlinesRoutes } from './api/routes/order-deadlines-routes';
import { routingPreviewRoutes } from './api/routes/routing-preview-routes';
import { sampleDataRoutes } from './api/routes/sample-data-routes';
import { storeRoutes } from './api/routes/store-routes';
import { DeadlineWatcher } from './deadlines/deadline-watcher';
import { LateOrderRows } from './deadlines/late-order-rows';
import type { WebhookSender } from './delivery/types';
import { BackOffice } from './domain/back-office';
import { BackInStockExpiry } from './domain/menu/back-in-stock-expiry';
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
import { systemClock, type Clock, type Hub, type HubOptions, type Logger } from './ports';
import { orderHooksValueKey, partnerSecretKeys } from './secrets/secret-keys';
import { unreadableSecretsInUse, unreadableSecretsNotice } from './secrets/unreadable-secrets-notice';
import { OrderHooksService } from './services/order-hooks-service';
import { PartnersService } from './services/partners-service';
import { SigningOverlapExpiry } from './services/signing-overlap-expiry';
import { openConfiguration } from './settings/open-configuration';
import type { SettingsRepository, SettingsSection } from './settings/settings-repository';
import { lockDataFolder, type DataFolderLock } from './startup/data-folder-lock';
import { databaseLossNotice } from './storage/lost-data';
import { storeIdOf } from './storage/meta';
import { StatusReporter } from './system/status-reporter';
import { currentStateOf } from './resync/current-state';
import { ResyncJobs } from './resync/resync-jobs';

/** Test and benchmark hooks into the core; the app itself passes none. */
export interface CoreOverrides {
  sender?: WebhookSender;
  timers?: Timers;
  engine?: Partial<EngineOptions>;
}

/** The hub plus the core's internals, for composition roots and tests. */
export interface Core extends Hub {
  delivery: DeliverySystem;
  /** The settings, whose every change the queue and the windows follow. */
  settings: SettingsRepository;
  events: EventBus;
  /** Reopens a paused store when its pause ends (tests drive it with a fake clock). */
  pauseExpiry: PauseExpiry;
  /** Brings items 86'd "until later" back in stock when their time comes. */
  backInStock: BackInStockExpiry;
  /** Forgets a rotated-out signing secret when its overlap ends (tests drive it with a fake clock). */
  signingOverlaps: SigningOverlapExpiry;
  /** Finds order webhooks past their deadline (tests drive it with a fake clock). */
  deadlines: DeadlineWatcher;
  /** The built-in test receiver; `createHub` starts it, tests start it when they need it. */
  inbox: TestInbox;
  /** Starts the inbox on its remembered port; on a first run adds the sample partner. */
  startInbox(): Promise<void>;
  /**
   * Resolves once secrets the OS encrypted are decrypted and deliveries have
   * started. Without such secrets (plain-text cipher) that happens in openCore itself.
   */
  ready: Promise<void>;
  /** This hub's hold on its data folder; browser mode adds its address for a second start to show. */
  folderLock: Pick<DataFolderLock, 'describe'>;
  /** "Send current state" to a partner (#14 point 3). */
  resyncs: ResyncJobs;
}

/** Which window scope each settings section is refetched under. */
const scopeOf: Record<SettingsSection, HubEvents['settings.changed']['scope'] | null> = {
  orderHooks: 'orderHooks',
  partners: 'partners',
  delivery: 'deliveryPolicy',
  testInbox: null,
  desktop: 'desktop',
};

/**
 * Builds the Electron-free core from its ports: settings, secrets, the delivery
 * system, services and the dispatcher that is the only way in. It first takes
 * the data folder's lock, so one hub per folder holds in every mode (a second
 * start throws `DataFolderInUse`). Problems found while opening files become
 * notices for the operator, not a crash or a reset; data written by a newer
 * version stops the start (`WrittenByNewerVersion`) without touching it.
 */
export function openCore(options: HubOptions, overrides: CoreOverrides = {}): Core {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createConsoleLogger();
  ensurePrivateDir(options.dataDir);
  const folderLock = lockDataFolder(
    options.dataDir,
    { mode: options.mode, appVersion: options.appVersion },
    clock.now(),
  );
  try {
    return assemble(options, overrides, folderLock, clock, logger);
  } catch (error) {
    folderLock.release();
    throw error;
  }
}

function assemble(
  options: HubOptions,
  overrides: CoreOverrides,
  folderLock: DataFolderLock,
  clock: Clock,
  logger: Logger,
): Core {
  const events = new EventBus(logger);
  const notices = new NoticeBoard(clock, events);
  const { config, reports } = openConfiguration({
    dir: options.dataDir,
    openBackend: options.openSettings,
    cipher: options.cipher,
    clock,
    appVersion: options.appVersion,
  });
  const { settings, secrets } = config;

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
    resultsWriter: options.resultsWriter,
    ...overrides,
  });
  for (const report of reports) notices.post(report.level, report.message);
  if (delivery.setAside) notices.post('error', databaseLossNotice(delivery.setAside));

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
    // A partner disabled, enabled or deleted changes what is failing and what is held.
    if (event === 'settings.changed' || event === 'deliveries.changed' || event === 'delivery.alert') status.changed();
  });
  // Windows refetch whatever changed, whoever changed it (the queue follows on its own).
  const stopFollowingSettings = settings.subscribe((sections) => {
    for (const section of sections) {
      const scope = scopeOf[section];
      if (scope) events.emit('settings.changed', { scope });
    }
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
  const backInStock = new BackInStockExpiry(backOffice.menus, clock, logger, () =>
    events.emit('domain.changed', { scope: 'menus' }),
  );
  backInStock.check();
  const stopWatchingStore = events.subscribe((event, payload) => {
    if (event !== 'domain.changed') return;
    const { scope } = payload as HubEvents['domain.changed'];
    if (scope === 'store' || scope === 'all') pauseExpiry.check();
    if (scope === 'menus' || scope === 'all') backInStock.check();
  });

  // Any partner's signing secret may have signed what arrives at the test inbox, or its own.
  const inbox = new TestInbox(
    clock,
    events,
    () => [
      ...settings.current.partners.flatMap((p) => {
        const secret = secrets.get(partnerSecretKeys(p.id).signing);
        return secret ? [{ name: p.name, secret }] : [];
      }),
      { name: testInboxName, secret: delivery.directory.testInboxSecret },
    ],
    () =>
      [
        secrets.get(orderHooksValueKey),
        ...settings.current.partners.map((p) => secrets.get(partnerSecretKeys(p.id).header)),
      ].filter((value): value is string => value !== null),
  );

  const partners = new PartnersService(config, clock);
  // Before deliveries start: an overlap that ended while the app was closed must not hold a partner.
  const signingOverlaps = new SigningOverlapExpiry(settings, partners, clock, logger, overrides.timers);
  signingOverlaps.check();
  const stopFollowingOverlaps = settings.subscribe((sections) => {
    if (sections.includes('partners')) signingOverlaps.check();
  });
  const resyncs = new ResyncJobs({ delivery, settings, events, state: currentStateOf(backOffice), isOnline });
  const deadlines = new DeadlineWatcher(
    new LateOrderRows(delivery.db),
    () => settings.current,
    clock,
    events,
    logger,
    overrides.timers,
  );
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
      ...desktopRoutes(settings, options.desktop),
      ...orderHooksRoutes(new OrderHooksService(config, clock)),
      ...partnersRoutes(partners),
      ...deliveriesRoutes(delivery, settings),
      ...storeRoutes(backOffice.store, events),
      ...menuRoutes(backOffice.menus, events),
      ...menuStructureRoutes(backOffice.structure, events),
      ...checksRoutes(backOffice.checks, events),
      ...sampleDataRoutes(backOffice, events),
      ...routingPreviewRoutes(settings),
      ...testEventsRoutes(delivery, settings, inbox),
      ...eventCatalogRoutes(delivery, settings),
      ...partnerResyncRoutes(resyncs),
      ...orderDeadlinesRoutes(deadlines),
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
    // At once: what became late while the app was closed or the PC asleep is late now.
    deadlines.start();
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
    settings,
    events,
    pauseExpiry,
    backInStock,
    signingOverlaps,
    deadlines,
    inbox,
    folderLock,
    resyncs,
    startInbox: () =>
      startTestInbox({
        inbox,
        settings,
        partners,
        delivery,
        notices,
        samplePartner: options.samplePartner ?? true,
      }),
    close: async () => {
      closed = true;
      // Nothing may still be decrypting into a store that is being closed.
      await ready.catch(() => undefined);
      stopWatching();
      stopListening();
      stopFollowingSettings();
      stopWatchingStore();
      stopFollowingOverlaps();
      resyncs.close();
      signingOverlaps.stop();
      deadlines.stop();
      pauseExpiry.stop();
      try {
        backInStock.stop();
        await inbox.close();
        status.close();
        await delivery.close();
      } finally {
        // Last: until the database is closed, no other hub may open the folder.
        folderLock.release();
      }
    },
  };
}

/** The core as the transports see it, with the test inbox listening. */
export async function createHub(options: HubOptions, overrides?: CoreOverrides): Promise<Core> {
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
