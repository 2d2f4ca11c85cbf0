import type { Signaling } from '../signaling/Signaling.js';
import type { Account } from './Account.js';

/** How long before the ID token expires the page sends the node a fresh one. */
const REFRESH_LEAD_MS = 5 * 60_000;
/** Never sooner than this after scheduling, so a token that is already short-lived cannot make it spin. */
const MIN_DELAY_MS = 10_000;

/**
 * Keeps the node's view of the user current: ID tokens last an hour and the node drops sessions
 * whose token expired, so shortly before expiry this gets a new token from Auth (getIdToken(true))
 * and hands it over with `refreshAuth`. A refresh while the carrier is down is skipped: the next
 * `join` carries the new token anyway. The node's `authExpiring` warning triggers a refresh too.
 */
export class AuthRefresher {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private unsubscribe: (() => void) | undefined;
  /** Tokens the node accepted through `refreshAuth`. */
  refreshes = 0;

  constructor(
    private readonly signaling: Signaling,
    private readonly account: Account,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(): void {
    if (this.unsubscribe) return;
    // The node warns when the token it holds is about to expire (a page that slept past its timer).
    this.unsubscribe = this.signaling.on('authExpiring', () => void this.refreshNow().catch(this.onError));
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
    clearTimeout(this.timer);
  }

  /** Gets a fresh token now and sends it; rejects with the node's answer if it refuses it. */
  async refreshNow(): Promise<void> {
    clearTimeout(this.timer);
    try {
      const idToken = await this.account.idToken(true);
      if (this.signaling.connected) {
        await this.signaling.request('refreshAuth', { idToken });
        this.refreshes++;
      }
    } finally {
      this.schedule();
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    const expiresAt = this.account.user?.tokenExpiresAt;
    if (!expiresAt) return;
    const delay = Math.max(MIN_DELAY_MS, expiresAt - REFRESH_LEAD_MS - Date.now());
    this.timer = setTimeout(() => void this.refreshNow().catch(this.onError), delay);
  }
}
