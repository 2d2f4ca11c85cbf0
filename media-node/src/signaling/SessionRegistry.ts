import { PeerSession, type Transmit } from './PeerSession.js';
import type { NotificationEnvelope } from '@chorus/protocol';

/** Live sessions by token, with the grace timers of those whose connection dropped. */
export class SessionRegistry {
  private readonly byToken = new Map<string, PeerSession>();
  private readonly graceTimers = new Map<PeerSession, NodeJS.Timeout>();

  constructor(private readonly graceMs: number) {}

  get size(): number {
    return this.byToken.size;
  }

  open(transmit: Transmit): PeerSession {
    const session = new PeerSession(transmit);
    this.byToken.set(session.token, session);
    return session;
  }

  /** Live sessions of this user, attached or in their grace period: what the per-user cap counts. */
  countOf(uid: string): number {
    let count = 0;
    for (const session of this.byToken.values()) if (session.uid === uid) count++;
    return count;
  }

  /** The live session with this token, attached or not, without touching it. */
  find(token: string): PeerSession | undefined {
    return this.byToken.get(token);
  }

  /**
   * Reattaches a dropped session; null when the token is unknown, its grace period ran out, or it is
   * attached to a connection that does not give it up (see PeerSession.release).
   */
  resume(token: string, transmit: Transmit): { session: PeerSession; missed: NotificationEnvelope[] } | null {
    const session = this.byToken.get(token);
    if (!session || (session.isAttached && !session.release?.())) return null;
    clearTimeout(this.graceTimers.get(session));
    this.graceTimers.delete(session);
    return { session, missed: session.attach(transmit) };
  }

  /** The connection dropped: keep the session for the grace period, then clean up all it owned. */
  detach(session: PeerSession): void {
    if (!this.byToken.has(session.token)) return;
    session.detach();
    if (this.graceMs === 0) return this.close(session);
    const timer = setTimeout(() => this.close(session), this.graceMs);
    timer.unref();
    this.graceTimers.set(session, timer);
  }

  close(session: PeerSession): void {
    clearTimeout(this.graceTimers.get(session));
    this.graceTimers.delete(session);
    this.byToken.delete(session.token);
    session.close();
  }

  closeAll(): void {
    for (const session of [...this.byToken.values()]) this.close(session);
  }
}
