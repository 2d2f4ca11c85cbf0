import { ProtocolError } from '@chorus/protocol';

/** What one client may send, over whichever carrier (CHORUS_RATE_LIMIT_PER_SECOND and _BURST). */
export interface RateLimitSettings {
  perSecond: number;
  burst: number;
}

/**
 * Token bucket: allows bursts up to `burst` messages, refilled at `perSecond`.
 * Time is injected so the behaviour can be tested without waiting.
 */
export class RateLimiter {
  private tokens: number;
  private lastRefill: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.lastRefill = now();
  }

  static forClient(settings: RateLimitSettings): RateLimiter {
    return new RateLimiter(settings.perSecond, settings.burst);
  }

  /** Takes one token for a client's request; the error to answer it with when the client is over its rate. */
  admit(): ProtocolError | null {
    return this.tryTake() ? null : new ProtocolError('RATE_LIMITED', 'too many requests; slow down');
  }

  /** Takes one token; false when the caller is over its rate. */
  tryTake(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.lastRefill) / 1000) * this.perSecond);
    this.lastRefill = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
