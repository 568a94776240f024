import { randomUUID } from 'node:crypto';
import type { DeliveriesChanged, DeliveryState } from '../../../shared/domain/deliveries';
import { partnerDestinationId } from '../../../shared/domain/destinations';
import type { ResyncPlan, ResyncProgress } from '../../../shared/domain/partner-resync';
import { HubFailure } from '../api/hub-failure';
import type { DeliverySystem } from '../engine/delivery-system';
import type { EventBus } from '../events/event-bus';
import { publishToOne } from '../outbox/publish-to-one';
import type { StoredPartner } from '../settings/settings-schema';
import type { SettingsRepository } from '../settings/settings-repository';
import {
  resyncCounts,
  resyncEvent,
  resyncTargets,
  unsubscribedKinds,
  type CurrentState,
  type ResyncTarget,
} from './resync-snapshot';

interface ResyncDeps {
  delivery: DeliverySystem;
  settings: SettingsRepository;
  events: EventBus;
  state: CurrentState;
  isOnline: () => boolean;
}

/** States after which a delivery will not be sent again by itself. */
const settledStates: ReadonlySet<DeliveryState> = new Set(['delivered', 'failed', 'superseded']);

interface Job {
  progress: ResyncProgress;
  targets: ResyncTarget[];
  cancelled: boolean;
  /** The delivery the job waits for, if any. */
  waitingFor: number | null;
  /** Wakes the loop when the delivery it waits for, the partner or the connection changed. */
  wake: () => void;
}

const offlineWords = 'Offline: the rest are sent when the connection is back.';

/**
 * "Send current state" (#14 point 3): a snapshot of everything a partner
 * subscribes to, queued for that one partner as ordinary events marked
 * `"resync": true`. One at a time: the next is queued once the one before it was
 * delivered or given up, so the partner receives them in order, the progress
 * says what arrived, and Cancel stops what is not queued yet (the one already
 * queued still goes: the queue is durable and takes nothing back). Offline or
 * while the partner fails, the queued one waits in the queue and the resync
 * with it. One resync per partner at a time.
 */
export class ResyncJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly stopListening: () => void;

  constructor(private readonly deps: ResyncDeps) {
    this.stopListening = deps.events.subscribe((event, payload) => {
      if (event === 'deliveries.changed') {
        const ids = new Set((payload as DeliveriesChanged).deliveries.map((d) => d.id));
        for (const job of this.jobs.values()) if (ids.has(job.waitingFor ?? -1)) job.wake();
      } else if (event === 'settings.changed' || event === 'system.status') {
        for (const job of this.jobs.values()) job.wake();
      }
    });
  }

  /** What a resync of this partner would send now, and the one running, if any. */
  plan(partnerId: string): ResyncPlan {
    const partner = this.partner(partnerId);
    const targets = resyncTargets(this.deps.state, partner.eventTypes);
    return {
      partnerId,
      partnerName: partner.name,
      counts: resyncCounts(targets),
      total: targets.length,
      notSubscribed: unsubscribedKinds(partner.eventTypes),
      running: this.current(partnerId),
    };
  }

  /** Starts a resync; refused for a disabled partner, one already resyncing, or nothing to send. */
  start(partnerId: string): ResyncProgress {
    const partner = this.partner(partnerId);
    if (!partner.enabled) {
      throw HubFailure.invalidField('id', `${partner.name} is disabled: enable it on this page first.`);
    }
    if (this.jobs.has(partnerId)) {
      throw HubFailure.invalidField(
        'id',
        `${partner.name} is already being sent its current state; wait for it to finish or cancel it.`,
      );
    }
    const targets = resyncTargets(this.deps.state, partner.eventTypes);
    if (targets.length === 0) {
      throw HubFailure.invalidField(
        'id',
        `${partner.name} subscribes to no store, menu or order events: there is no current state to send.`,
      );
    }
    const job: Job = {
      progress: {
        jobId: `resync_${randomUUID()}`,
        partnerId,
        partnerName: partner.name,
        state: 'running',
        counts: resyncCounts(targets),
        total: targets.length,
        queued: 0,
        delivered: 0,
        missed: [],
        waiting: null,
        stoppedReason: null,
      },
      targets,
      cancelled: false,
      waitingFor: null,
      wake: () => undefined,
    };
    this.jobs.set(partnerId, job);
    void this.run(job);
    return { ...job.progress };
  }

  /** Stops queuing the rest; the one already queued still arrives. */
  cancel(partnerId: string): ResyncProgress {
    const partner = this.partner(partnerId);
    const job = this.jobs.get(partnerId);
    if (!job) throw HubFailure.invalidField('id', `${partner.name} is not being sent its current state.`);
    job.cancelled = true;
    job.wake();
    return { ...job.progress, state: 'cancelled' };
  }

  /** Ends every resync (the app is closing); what is queued stays queued. */
  close(): void {
    this.stopListening();
    for (const job of this.jobs.values()) {
      job.cancelled = true;
      job.wake();
    }
  }

  private current(partnerId: string): ResyncProgress | null {
    const job = this.jobs.get(partnerId);
    return job ? { ...job.progress } : null;
  }

  private partner(id: string): StoredPartner {
    const partner = this.deps.settings.current.partners.find((p) => p.id === id);
    if (!partner) throw HubFailure.notFound('That partner');
    return partner;
  }

  private async run(job: Job): Promise<void> {
    const { progress } = job;
    const destination = { id: partnerDestinationId(progress.partnerId), name: progress.partnerName };
    try {
      for (const target of job.targets) {
        if (this.ended(job)) break;
        const event = resyncEvent(target, this.deps.state);
        if (!event) {
          // Deleted or closed since the resync started: the partner was told so by its own event.
          progress.counts[target.kind] -= 1;
          progress.total -= 1;
          continue;
        }
        const sent = publishToOne(this.deps.delivery, destination, { ...event, resync: true });
        progress.queued += 1;
        const state = await this.settled(job, sent.deliveryId);
        if (state === 'delivered') progress.delivered += 1;
        else if (state !== null)
          progress.missed.push({ deliveryId: sent.deliveryId, summary: event.summary, eventType: event.type });
        progress.waiting = null;
        this.report(job);
      }
    } finally {
      if (progress.state === 'running') progress.state = job.cancelled ? 'cancelled' : 'finished';
      progress.waiting = null;
      this.jobs.delete(progress.partnerId);
      this.report(job);
    }
  }

  /** Whether the job must stop before queuing more: cancelled, or the partner disabled or deleted. */
  private ended(job: Job): boolean {
    if (job.cancelled) return true;
    const partner = this.deps.settings.current.partners.find((p) => p.id === job.progress.partnerId);
    if (partner?.enabled) return false;
    job.progress.state = 'stopped';
    job.progress.stoppedReason = partner
      ? `${job.progress.partnerName} was disabled.`
      : `${job.progress.partnerName} was deleted.`;
    return true;
  }

  /**
   * Waits until the delivery is delivered or given up (its state), or the job
   * must end first (null). Woken by the delivery's own changes, settings and the
   * connection — never by polling.
   */
  private settled(job: Job, deliveryId: number): Promise<DeliveryState | null> {
    const read = this.deps.delivery.db.prepare('SELECT state, last_reason FROM deliveries WHERE id = ?');
    return new Promise((resolve) => {
      const check = (): void => {
        const row = read.get(deliveryId) as { state: DeliveryState; last_reason: string | null } | undefined;
        const state = row?.state ?? 'failed';
        if (settledStates.has(state)) return finish(state);
        if (this.ended(job)) return finish(null);
        const waiting = this.waitingWords(state, row?.last_reason ?? null);
        if (waiting !== job.progress.waiting) {
          job.progress.waiting = waiting;
          this.report(job);
        }
      };
      const finish = (state: DeliveryState | null): void => {
        job.waitingFor = null;
        job.wake = () => undefined;
        resolve(state);
      };
      job.waitingFor = deliveryId;
      job.wake = check;
      this.report(job);
      check();
    });
  }

  private waitingWords(state: DeliveryState, reason: string | null): string | null {
    if (!this.deps.isOnline()) return offlineWords;
    if (state === 'retrying') return `Waiting for a retry${reason ? ` — ${reason}` : ''}.`;
    if (state === 'paused') return `Held${reason ? ` — ${reason}` : ''}.`;
    return null;
  }

  private report(job: Job): void {
    this.deps.events.emit('partners.resyncProgress', { ...job.progress, missed: [...job.progress.missed] });
  }
}
