import { realTimers, type Timers } from '../../engine/timers';
import type { Clock, Logger } from '../../ports';
import type { MenuService } from './menu-service';

/** setTimeout's ceiling (~24.8 days); a later comeback is simply re-checked then. */
const maxTimerMs = 2 ** 31 - 1;
const retryAfterFailureMs = 60_000;

/**
 * Brings items 86'd "until later" back in stock when their time comes, and tells
 * partners (`menu.item.updated` + `menu.updated`) exactly as if the manager had
 * switched them back on. The times live in the database, so a comeback that fell
 * due while the app was closed happens at the next start.
 */
export class BackInStockExpiry {
  private timer: unknown = null;

  constructor(
    private readonly menus: MenuService,
    private readonly clock: Clock,
    private readonly logger: Logger,
    /** Called after items came back, so windows refetch the menus. */
    private readonly onBack: () => void,
    private readonly timers: Timers = realTimers,
  ) {}

  /** Brings back what is due and (re)arms the timer for the next; call at start and after every menu change. */
  check(): void {
    this.stop();
    let cameBack = false;
    try {
      cameBack = this.menus.bringBackDue();
    } catch (error) {
      // The items stay 86'd and are tried again below; nothing is lost.
      this.logger.error('could not bring 86’d items back in stock', {
        error: error instanceof Error ? error.message : String(error),
      });
    }
    const next = this.menus.writer.nextBackInStock();
    if (next !== null) {
      const now = this.clock.now().getTime();
      // Still due means bringing it back just failed: try again in a minute, not in a tight loop.
      const wait = next > now ? next - now : retryAfterFailureMs;
      this.timer = this.timers.setTimeout(() => this.check(), Math.min(wait, maxTimerMs));
    }
    // Last: the windows' refetch may lead straight back here (a menu change re-checks).
    if (cameBack) this.onBack();
  }

  stop(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }
}
