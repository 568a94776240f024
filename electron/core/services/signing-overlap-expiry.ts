import { realTimers, type Timers } from '../engine/timers';
import type { Clock, Logger } from '../ports';
import type { SettingsRepository } from '../settings/settings-repository';
import type { PartnersService } from './partners-service';

/** setTimeout's ceiling (~24.8 days); a longer wait is simply re-checked then. */
const maxTimerMs = 2 ** 31 - 1;

/**
 * Ends each signing-secret rotation's overlap when its time comes (#14): the old
 * secret is removed from the secret store and the partner's row stops showing
 * it. Requests stop carrying the old signature at that time whether or not this
 * has run (the sender judges each attempt by its own timestamp); this is what
 * forgets the secret, and what releases a partner held because the old secret
 * could not be read.
 */
export class SigningOverlapExpiry {
  private timer: unknown = null;
  private checking = false;

  constructor(
    private readonly settings: SettingsRepository,
    private readonly partners: PartnersService,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly timers: Timers = realTimers,
  ) {}

  /** Ends every overlap that is over and arms the timer for the next; call at start and after partner changes. */
  check(): void {
    // Ending an overlap is itself a partner change, which calls back here.
    if (this.checking) return;
    this.checking = true;
    try {
      this.endDue();
    } finally {
      this.checking = false;
    }
    this.arm();
  }

  stop(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private endDue(): void {
    const now = this.clock.now().getTime();
    for (const partner of this.settings.current.partners) {
      const rotation = partner.signingRotation;
      if (!rotation || Date.parse(rotation.oldSecretStopsAt) > now) continue;
      try {
        this.partners.endSigningOverlap(partner.id);
        this.logger.info('a signing-secret overlap ended; only the new secret signs', { partner: partner.id });
      } catch (error) {
        // Nothing is signed with it any more either way; the next start or partner change tries again.
        this.logger.error('could not remove the old signing secret after its overlap', {
          partner: partner.id,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
  }

  private arm(): void {
    this.stop();
    const stops = this.settings.current.partners.flatMap((partner) =>
      partner.signingRotation ? [Date.parse(partner.signingRotation.oldSecretStopsAt)] : [],
    );
    if (stops.length === 0) return;
    const wait = Math.max(0, Math.min(...stops) - this.clock.now().getTime());
    // At least a second: an overlap whose removal failed is not retried in a tight loop.
    this.timer = this.timers.setTimeout(() => this.check(), Math.min(Math.max(wait, 1_000), maxTimerMs));
  }
}
