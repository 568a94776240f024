import type { SystemStatus } from '../../../shared/domain/app-info';
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
    const failingPartners = this.deps.store.failing(failingAfter).map(({ id }) => {
      const resolution = this.deps.directory.resolve(id);
      return resolution.kind === 'gone' ? id : resolution.name;
    });
    return { online: this.deps.isOnline(), queued: this.deps.store.countQueued(), failingPartners };
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
