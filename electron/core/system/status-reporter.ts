import type { FailingDestination, HeldPartner, SystemStatus } from '../../../shared/domain/app-info';
import { failingAfter } from '../engine/delivery-engine';
import type { DeliveryStore } from '../engine/delivery-store';
import type { DestinationDirectory } from '../engine/destination-directory';
import type { EventBus } from '../events/event-bus';

/** The status bar changes with every delivery; a few updates a second is all a person can read. */
const minIntervalMs = 500;

interface StatusDeps {
  events: EventBus;
  store: DeliveryStore;
  directory: DestinationDirectory;
  isOnline: () => boolean;
}

/** Computes the status bar's facts and pushes them, throttled, when they may have changed. */
export class StatusReporter {
  private timer: NodeJS.Timeout | undefined;
  private last: string | null = null;

  constructor(private readonly deps: StatusDeps) {}

  current(): SystemStatus {
    const counts = this.deps.store.queueCounts();
    const heldPartners = this.heldPartners();
    const keptForHeld = heldPartners.reduce((sum, partner) => sum + partner.waiting, 0);
    return {
      online: this.deps.isOnline(),
      ...counts,
      held: counts.held - keptForHeld,
      failingPartners: this.failing(),
      heldPartners,
    };
  }

  /** Partners on hold, each with the webhooks kept for it (#14). */
  private heldPartners(): HeldPartner[] {
    const ids = this.deps.directory.onHold();
    const waiting = this.deps.store.waitingFor(ids);
    return ids.map((id) => {
      const resolution = this.deps.directory.resolve(id);
      return { id, name: resolution.kind === 'gone' ? id : resolution.name, waiting: waiting.get(id) ?? 0 };
    });
  }

  /**
   * Failing destinations that are still configured and enabled: a disabled or held
   * partner (or a hook set to NO) is not failing — nothing is sent to it — and a
   * deleted one is gone. Its streak stays on disk, so enabling it again shows where it stood.
   */
  private failing(): FailingDestination[] {
    return this.deps.store.failing(failingAfter).flatMap(({ id, reason, failure, paused }) => {
      const resolution = this.deps.directory.resolve(id);
      if (resolution.kind !== 'ok') return [];
      return [
        { id, name: resolution.name, state: paused ? ('paused' as const) : ('failing' as const), reason, failure },
      ];
    });
  }

  /** Queue changes are throttled; a connectivity change is pushed at once (`now`). */
  changed(now = false): void {
    if (now) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.push();
      return;
    }
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.push();
    }, minIntervalMs);
    this.timer.unref();
  }

  private push(): void {
    const status = this.current();
    const key = JSON.stringify(status);
    if (key === this.last) return;
    this.last = key;
    this.deps.events.emit('system.status', status);
  }

  close(): void {
    clearTimeout(this.timer);
  }
}
