import { ProtocolError } from '@chorus/protocol';
import type { Logger } from '../logger.js';
import type { Clock } from '../utterances/UtterancePlayback.js';
import type { Authenticator } from './Authenticator.js';

/** Epoch time: token expiry is in epoch ms, unlike the monotonic clock playback uses. */
export const wallClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export type AuthEndReason = 'token-expired' | 'token-revoked';

/** The token a session last proved itself with. */
export interface SessionCredential {
  uid: string;
  idToken: string;
  expiresAtMs: number;
}

export interface SessionAuthMonitorSettings<K> {
  authenticator: Pick<Authenticator, 'checkNotRevoked'>;
  /** How often every watched token is checked for revocation. */
  checkIntervalMs: number;
  /** How long before expiry `onExpiring` fires, so the client refreshes in time. */
  expiryWarningMs: number;
  onExpiring: (key: K, expiresAtMs: number) => void;
  /** The session must end now: it is no longer watched when this runs. */
  onEnded: (key: K, reason: AuthEndReason, message: string) => void;
  /** A revocation check could not run (Google or the Auth API out of reach): the sessions were kept. */
  onCheckFailed?: (error: unknown) => void;
  /** The first retry after a sweep with failed checks; each further failed sweep doubles it, up to checkIntervalMs. */
  retryBaseMs?: number;
  clock?: Clock;
  logger?: Logger;
}

interface Watched {
  credential: SessionCredential;
  timers: unknown[];
}

/** Revocation checks run this many at a time, so a sweep of many sessions does not burst the Auth API. */
const CHECK_CONCURRENCY = 8;

const DEFAULT_RETRY_BASE_MS = 1_000;

/**
 * Ends sessions whose token expired without a refresh, and sessions whose user's tokens were revoked
 * (found by a periodic check: revocation is not pushed to the node). It knows sessions only as keys,
 * whatever carries them.
 */
export class SessionAuthMonitor<K> {
  private readonly watched = new Map<K, Watched>();
  private readonly clock: Clock;
  private sweepTimer: unknown;
  private sweeping = false;
  private closed = false;
  /** Sweeps in a row that had a check fail; they shorten the wait to the next sweep. */
  private failedSweeps = 0;
  private sweepFailed = false;

  constructor(private readonly settings: SessionAuthMonitorSettings<K>) {
    this.clock = settings.clock ?? wallClock;
    this.scheduleSweep();
  }

  get size(): number {
    return this.watched.size;
  }

  /** Watches a session, or moves it to a fresher token of the same user. */
  watch(key: K, credential: SessionCredential): void {
    if (this.closed) return;
    this.clearTimers(key);
    const now = this.clock.now();
    const untilExpiry = credential.expiresAtMs - now;
    const timers = [
      this.clock.setTimeout(
        () => this.end(key, credential, 'token-expired', 'the ID token expired without a refresh; sign in again and rejoin'),
        Math.max(0, untilExpiry),
      ),
    ];
    if (untilExpiry > this.settings.expiryWarningMs) {
      timers.push(this.clock.setTimeout(() => this.settings.onExpiring(key, credential.expiresAtMs), untilExpiry - this.settings.expiryWarningMs));
    }
    this.watched.set(key, { credential, timers });
  }

  unwatch(key: K): void {
    this.clearTimers(key);
    this.watched.delete(key);
  }

  close(): void {
    this.closed = true;
    this.clock.clearTimeout(this.sweepTimer);
    for (const key of [...this.watched.keys()]) this.unwatch(key);
  }

  /**
   * Checks every watched token once (a token shared by several sessions, as by a user's browser tabs,
   * once for all); resolves when all checks are done.
   */
  async sweep(): Promise<void> {
    if (this.sweeping) return;
    this.sweeping = true;
    this.sweepFailed = false;
    try {
      const byToken = new Map<string, Array<{ key: K; credential: SessionCredential }>>();
      for (const [key, { credential }] of this.watched) {
        const sharing = byToken.get(credential.idToken) ?? [];
        sharing.push({ key, credential });
        byToken.set(credential.idToken, sharing);
      }
      const pending = [...byToken.entries()];
      const worker = async () => {
        for (let next = pending.shift(); next; next = pending.shift()) await this.check(next[0], next[1]);
      };
      await Promise.all(Array.from({ length: CHECK_CONCURRENCY }, worker));
    } finally {
      this.sweeping = false;
      this.failedSweeps = this.sweepFailed ? this.failedSweeps + 1 : 0;
    }
  }

  private async check(idToken: string, sessions: Array<{ key: K; credential: SessionCredential }>): Promise<void> {
    try {
      await this.settings.authenticator.checkNotRevoked(idToken);
    } catch (error) {
      if (error instanceof ProtocolError && error.code === 'UNAUTHENTICATED') {
        for (const { key, credential } of sessions) {
          const expired = this.clock.now() >= credential.expiresAtMs;
          this.end(key, credential, expired ? 'token-expired' : 'token-revoked', error.message);
        }
      } else {
        // Not knowing is no reason to cut someone off: the sessions stay, and the next sweep comes sooner.
        this.sweepFailed = true;
        this.settings.onCheckFailed?.(error);
        this.settings.logger?.warn(
          { err: error, cause: (error as { cause?: unknown } | null)?.cause, sessions: sessions.length },
          'could not check a session token for revocation; kept the session, retrying',
        );
      }
    }
  }

  /** Ends the session, unless it moved to another token meanwhile (a refresh during a check). */
  private end(key: K, credential: SessionCredential, reason: AuthEndReason, message: string): void {
    if (this.watched.get(key)?.credential !== credential) return;
    this.unwatch(key);
    this.settings.onEnded(key, reason, message);
  }

  private scheduleSweep(): void {
    if (this.closed) return;
    this.sweepTimer = this.clock.setTimeout(() => {
      void this.sweep().finally(() => this.scheduleSweep());
    }, this.nextSweepInMs());
  }

  /** The check interval, or after failed sweeps a backoff from retryBaseMs that doubles up to it. */
  private nextSweepInMs(): number {
    const interval = this.settings.checkIntervalMs;
    if (this.failedSweeps === 0) return interval;
    const base = this.settings.retryBaseMs ?? DEFAULT_RETRY_BASE_MS;
    return Math.min(interval, base * 2 ** Math.min(this.failedSweeps - 1, 30));
  }

  private clearTimers(key: K): void {
    for (const timer of this.watched.get(key)?.timers ?? []) this.clock.clearTimeout(timer);
  }
}
