import type { types as ms } from 'mediasoup';

export interface LivenessClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const systemTimers: LivenessClock = {
  setTimeout: (callback, ms) => setTimeout(callback, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** What the monitor reads of a WebRTC transport: its states, and when they change. */
export type WatchedTransport = Pick<ms.WebRtcTransport, 'iceState' | 'dtlsState' | 'closed' | 'observer'>;

export interface MediaLivenessSettings<S> {
  /** How long a session may have no connected transport before it counts as lost. */
  graceMs: number;
  onLost: (session: S) => void;
  timers?: LivenessClock;
}

interface Watched {
  transports: Set<WatchedTransport>;
  /** Some transport of the session was connected once: from then on, none connected means trouble. */
  everConnected: boolean;
  timer: unknown;
}

/**
 * A client that signals over Firestore has no connection the node could see drop: when it vanishes, only
 * its media says so. This watches each such session's WebRTC transports and, once one of them has been
 * connected (ICE connected, DTLS neither closed nor failed), reports the session lost when none has been
 * for `graceMs`. A client gone quiet loses ICE consent about 30 s later (mediasoup's default); one that
 * closes its peer connection closes DTLS at once. A transport not yet connected proves nothing: a viewer
 * of the live view connects its transport only when there is something to consume.
 */
export class MediaLivenessMonitor<S> {
  private readonly sessions = new Map<S, Watched>();
  private readonly timers: LivenessClock;

  constructor(private readonly settings: MediaLivenessSettings<S>) {
    this.timers = settings.timers ?? systemTimers;
  }

  watch(session: S, transport: WatchedTransport): void {
    let watched = this.sessions.get(session);
    if (!watched) {
      watched = { transports: new Set(), everConnected: false, timer: undefined };
      this.sessions.set(session, watched);
    }
    watched.transports.add(transport);
    const check = () => this.check(session);
    transport.observer.on('icestatechange', check);
    transport.observer.on('dtlsstatechange', check);
    transport.observer.once('close', check);
    this.check(session);
  }

  /** The session ended or its peer left: nothing more to watch. */
  forget(session: S): void {
    const watched = this.sessions.get(session);
    if (!watched) return;
    this.timers.clearTimeout(watched.timer);
    this.sessions.delete(session);
  }

  private check(session: S): void {
    const watched = this.sessions.get(session);
    if (!watched) return;
    if ([...watched.transports].some(isConnected)) {
      watched.everConnected = true;
      this.timers.clearTimeout(watched.timer);
      watched.timer = undefined;
      return;
    }
    if (!watched.everConnected) return;
    watched.timer ??= this.timers.setTimeout(() => {
      watched.timer = undefined;
      if (this.sessions.get(session) !== watched || [...watched.transports].some(isConnected)) return;
      this.forget(session);
      this.settings.onLost(session);
    }, this.settings.graceMs);
  }
}

function isConnected(transport: WatchedTransport): boolean {
  return (
    !transport.closed &&
    (transport.iceState === 'connected' || transport.iceState === 'completed') &&
    transport.dtlsState !== 'closed' &&
    transport.dtlsState !== 'failed'
  );
}
