import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { createAxiosSender } from '../delivery/axios-sender';
import type { WebhookSender } from '../delivery/types';
import type { EventBus } from '../events/event-bus';
import { DeliveryLog } from '../log/delivery-log';
import { SqliteLogRows } from '../log/log-rows';
import { ResendJobs } from '../log/resend-jobs';
import { RetentionPruner } from '../log/retention';
import { Outbox, type NewEvent, type PublishedEvent } from '../outbox/outbox';
import { SqliteOutboxStore } from '../outbox/outbox-store';
import type { Clock, Logger, ResultsWriterScript } from '../ports';
import type { SecretStore } from '../secrets/secret-store';
import type { SettingsRepository } from '../settings/settings-repository';
import { databaseFileName, inTransaction, openDatabase, type SetAsideDatabase } from '../storage/database';
import { storeIdOf } from '../storage/meta';
import { DeliveryEngine, type EngineOptions } from './delivery-engine';
import { DeliveryStore } from './delivery-store';
import { DestinationDirectory } from './destination-directory';
import type { EngineStore, ResultRecorder } from './queue-ports';
import { ThreadedRecorder } from './threaded-recorder';
import type { Timers } from './timers';

const dayMs = 86_400_000;
/**
 * How long closing lets attempts in flight finish on their own before cutting
 * them off. The app must quit within seconds even while a partner hangs; a cut-off
 * attempt spends nothing and is sent again (same id) at the next start.
 */
export const closeGraceMs = 1_000;
/** Retention runs shortly after start and then hourly, off the start-up path. */
const retentionEveryMs = 60 * 60 * 1000;

export interface DeliverySystemOptions {
  dataDir: string;
  appVersion: string;
  settings: SettingsRepository;
  secrets: SecretStore;
  clock: Clock;
  logger: Logger;
  events: EventBus;
  isOnline: () => boolean;
  sender?: WebhookSender;
  timers?: Timers;
  engine?: Partial<EngineOptions>;
  /** The results writer thread's script; absent, results are written on this thread. */
  resultsWriter?: ResultsWriterScript;
}

/** The store with results written by `recorder` (the writer thread), everything else on this connection. */
function writingThrough(store: DeliveryStore, recorder: ResultRecorder): EngineStore {
  return {
    claimDue: (now, limit, excluded, inFlight) => store.claimDue(now, limit, excluded, inFlight),
    nextDueAfter: (now, excluded) => store.nextDueAfter(now, excluded),
    hasDue: (now, excluded) => store.hasDue(now, excluded),
    record: (records, now) => recorder.record(records, now),
    failUnreadable: (rows, now) => store.failUnreadable(rows, now),
    recoverInFlight: (now) => store.recoverInFlight(now),
    reconcile: (blocked, known, now) => store.reconcile(blocked, known, now),
    healthPaused: () => store.healthPaused(),
    setHealthPause: (id, reason, now) => store.setHealthPause(id, reason, now),
  };
}

/**
 * Everything about getting events to partners, assembled: the database, the
 * outbox domain services publish into, the engine, the log and resends.
 */
export class DeliverySystem {
  readonly db: DatabaseSync;
  readonly outbox: Outbox;
  readonly store: DeliveryStore;
  readonly directory: DestinationDirectory;
  readonly engine: DeliveryEngine;
  readonly log: DeliveryLog;
  readonly resends: ResendJobs;
  readonly pruner: RetentionPruner;
  /** Set when the database file could not be used and was moved aside. */
  readonly setAside: SetAsideDatabase | null;
  private readonly sender: WebhookSender;
  private readonly writer: ThreadedRecorder | null;
  private readonly events: EventBus;
  private readonly clock: Clock;
  private retentionTimer: NodeJS.Timeout | undefined;
  private firstPruneTimer: NodeJS.Timeout | undefined;
  private stopFollowingSettings: () => void = () => undefined;
  private readonly settings: SettingsRepository;
  private readonly logger: Logger;

  constructor(options: DeliverySystemOptions) {
    const path = join(options.dataDir, databaseFileName);
    const opened = openDatabase(path, options.clock, {
      appVersion: options.appVersion,
    });
    this.db = opened.db;
    this.setAside = opened.setAside;
    this.events = options.events;
    this.clock = options.clock;
    this.settings = options.settings;
    this.logger = options.logger;
    const storeId = storeIdOf(this.db);
    this.outbox = new Outbox({
      store: new SqliteOutboxStore(this.db),
      clock: options.clock,
      settings: () => options.settings.current,
      storeId: () => storeId,
    });
    this.store = new DeliveryStore(this.db);
    this.directory = new DestinationDirectory(options.settings, options.secrets, options.clock);
    this.sender =
      options.sender ??
      createAxiosSender({
        userAgent: `IntegrationHub/${options.appVersion}`,
        isOnline: options.isOnline,
        clock: options.clock,
      });
    this.writer = options.resultsWriter
      ? new ThreadedRecorder(
          options.resultsWriter,
          () => ({
            path,
            // Read when the thread starts: the same durability as this connection has then.
            synchronous: (this.db.prepare('PRAGMA synchronous').get() as { synchronous: number }).synchronous,
            busyTimeoutMs: (this.db.prepare('PRAGMA busy_timeout').get() as { timeout: number }).timeout,
          }),
          this.store,
          options.logger,
        )
      : null;
    this.engine = new DeliveryEngine({
      store: this.writer ? writingThrough(this.store, this.writer) : this.store,
      directory: this.directory,
      sender: this.sender,
      clock: options.clock,
      events: options.events,
      logger: options.logger,
      isOnline: options.isOnline,
      disableDestination: (id) => this.disable(options.settings, id),
      timers: options.timers,
      options: {
        pauseAfterFailingMs: () => options.settings.current.delivery.pauseAfterFailingDays * dayMs,
        ...options.engine,
      },
    });
    this.log = new DeliveryLog(new SqliteLogRows(this.db, () => this.directory.onHold()), () =>
      this.engine.sendingIds(),
    );
    this.resends = new ResendJobs(this.db, options.clock, options.events, () => this.engine.notify());
    this.pruner = new RetentionPruner(this.db, options.clock, () => options.settings.current.delivery.retentionDays);
  }

  now(): number {
    return this.clock.now().getTime();
  }

  start(): void {
    this.engine.start();
    // Whoever changes the settings — a window, a 410 from a partner, the inbox moving —
    // the queue follows: the repository says so itself, no caller has to remember.
    this.stopFollowingSettings = this.settings.subscribe(() => {
      try {
        this.engine.reconcile();
      } catch (error) {
        this.logger.error('could not apply changed settings to the queue', { error: String(error) });
      }
    });
    const prune = (): void => {
      void this.pruner.pruneAll();
    };
    this.retentionTimer = setInterval(prune, retentionEveryMs);
    this.retentionTimer.unref();
    // Kept so close() can cancel it: a prune after close runs on a closed database.
    this.firstPruneTimer = setTimeout(prune, 30_000);
    this.firstPruneTimer.unref();
  }

  /**
   * Publishes events in their own transaction. Domain services that change data
   * call `outbox.publish` inside their transaction instead (`inTransaction`).
   */
  publish(events: readonly NewEvent[]): PublishedEvent[] {
    return this.transaction(() => events.map((event) => this.outbox.publish(event)));
  }

  /**
   * Runs `work` (domain writes + `outbox.publish`) in one transaction, then wakes
   * the engine and tells the log about the new deliveries. On a rollback nothing
   * is announced: those deliveries never existed.
   */
  transaction<T>(work: () => T): T {
    let result: T;
    try {
      result = inTransaction(this.db, work);
    } catch (error) {
      this.outbox.takeChanges();
      throw error;
    }
    const deliveries = this.outbox.takeChanges();
    if (deliveries.length > 0) this.events.emit('deliveries.changed', { deliveries });
    if (deliveries.length > 0) this.engine.deliveriesAdded();
    else this.engine.notify();
    return result;
  }

  async close(graceMs = closeGraceMs): Promise<void> {
    this.stopFollowingSettings();
    clearInterval(this.retentionTimer);
    clearTimeout(this.firstPruneTimer);
    const stopped = this.engine.stop();
    const cutOff = setTimeout(() => this.sender.close(), graceMs);
    await stopped;
    clearTimeout(cutOff);
    this.sender.close();
    await this.writer?.close();
    // SQLite's advice: refresh planner statistics on the way out.
    this.db.exec('PRAGMA optimize');
    this.db.close();
  }

  /** 410 Gone: the partner (or hook) retired this endpoint; stop sending and say so. */
  private disable(settings: SettingsRepository, destinationId: string): void {
    const [kind, id] = destinationId.split(':');
    settings.update((draft) => {
      if (kind === 'partner') {
        draft.partners = draft.partners.map((p) => (p.id === id ? { ...p, enabled: false } : p));
      } else if (kind === 'hook' && (id === 'openOrder' || id === 'updateOrder' || id === 'closeOrder')) {
        draft.orderHooks[id] = { ...draft.orderHooks[id], enabled: false };
      }
      return draft;
    });
  }
}
