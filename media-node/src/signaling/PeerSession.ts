import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { NotificationEnvelope } from '@chorus/protocol';
import type { Peer } from '../rooms/Peer.js';

export type Transmit = (notification: NotificationEnvelope) => void;

const MAX_QUEUED_WHILE_DETACHED = 256;

export interface PeerSessionEvents {
  close: [];
}

/**
 * A client's signaling session. It outlives a dropped connection for a grace period,
 * holding the notifications the client missed, so a reconnecting client resumes with
 * its transports, producers and consumers intact.
 */
export class PeerSession extends EventEmitter<PeerSessionEvents> {
  readonly token = randomBytes(24).toString('base64url');
  peer: Peer | null = null;
  /** The user who opened the session (null without authentication): only that user may resume it. */
  uid: string | null = null;
  /**
   * Set by a carrier whose connections cannot tell that their client is gone (Firestore): detaches the
   * session from that connection so that a resume from elsewhere takes it over. False when it no longer
   * holds the session. The caller has checked that the resuming user owns it.
   */
  release: (() => boolean) | null = null;
  private closed = false;
  private transmit: Transmit | null;
  private readonly missed: NotificationEnvelope[] = [];

  constructor(transmit: Transmit) {
    super();
    this.transmit = transmit;
  }

  get isAttached(): boolean {
    return this.transmit !== null;
  }

  /** Delivers now, or keeps it for the client's return. */
  deliver(notification: NotificationEnvelope): void {
    if (this.transmit) this.transmit(notification);
    else if (this.missed.length < MAX_QUEUED_WHILE_DETACHED) this.missed.push(notification);
  }

  detach(): void {
    this.transmit = null;
  }

  attach(transmit: Transmit): NotificationEnvelope[] {
    this.transmit = transmit;
    return this.missed.splice(0);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.transmit = null;
    this.missed.length = 0;
    this.peer?.close();
    this.peer = null;
    this.emit('close');
  }
}
