import { realTimers, type Timers } from '../../engine/timers';
import type { Clock, Logger } from '../../ports';
import type { StoreService } from './store-service';

/** setTimeout's ceiling (~24.8 days); a longer pause is simply re-checked then. */
const maxTimerMs = 2 ** 31 - 1;

/**
 * Ends a pause when its time comes: the store opens again and partners get
 * `store.updated`, exactly as if the operator had clicked Open. Without it a
 * "paused until 14:00" store would stay paused for partners forever.
 */
export class PauseExpiry {
  private timer: unknown = null;

  constructor(
    private readonly store: StoreService,
    private readonly clock: Clock,
    private readonly logger: Logger,
    /** Called after the store reopened, so windows refetch it. */
    private readonly onReopened: () => void,
    private readonly timers: Timers = realTimers,
  ) {}

  /** Looks at the store's status now and (re)arms the timer; call at start and after every store change. */
  check(): void {
    this.stop();
    const status = this.store.get().status;
    if (status.state !== 'paused') return;
    const wait = Date.parse(status.until) - this.clock.now().getTime();
    if (wait > 0) {
      this.timer = this.timers.setTimeout(() => this.check(), Math.min(wait, maxTimerMs));
      return;
    }
    try {
      if (this.store.setStatus({ state: 'open' }).changed) this.onReopened();
    } catch (error) {
      // The next start or store change tries again; the pause is not lost.
      this.logger.error('could not end the store pause', {
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  stop(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }
}
