import type { MethodResponse, Role } from '@chorus/protocol';
import { errorMessage } from '../errorMessage.js';
import { loadDevice } from '../media/device.js';
import type { MediaEndpoint } from '../media/MediaEndpoint.js';
import { toRtpCapabilities } from '../media/wire.js';
import type { Signaling } from '../signaling/Signaling.js';
import { isSignalingError } from '../signaling/SignalingError.js';

export type SessionPhase =
  | { phase: 'connecting' }
  | { phase: 'joining' }
  /** Joined, and the endpoint's media is set up (or kept, when `resumed`). */
  | { phase: 'joined'; peerId: string; resumed: boolean }
  /** The socket is down; the client reconnects on its own. */
  | { phase: 'disconnected'; reason: string; retryInMs: number }
  /** Something the client cannot recover from; it stopped. */
  | { phase: 'failed'; error: string };

export interface SessionOptions {
  roomId: string;
  role: Role;
  iceTransportPolicy: RTCIceTransportPolicy;
  /** The signed-in user's Firebase ID token, sent with every `join`; absent when the node runs without auth. */
  idToken?: () => Promise<string>;
}

type Joined = MethodResponse<'join'>;

/**
 * A page's membership in a room, across dropped sockets and media resets: it joins on every
 * new socket, resumes the previous session with its token when the server still holds it
 * (keeping the transports, with fresh ICE), and otherwise starts the endpoint's media over.
 * Lifecycle steps run one at a time, in order.
 */
export class Session {
  private sessionToken: string | undefined;
  private steps: Promise<void> = Promise.resolve();
  /** A media reset is queued: a failure of the step before it is its symptom, not fatal. */
  private resetQueued = false;
  private stopped = false;

  constructor(
    private readonly signaling: Signaling,
    private readonly options: SessionOptions,
    private readonly endpoint: MediaEndpoint,
    private readonly onPhase: (phase: SessionPhase) => void,
  ) {}

  start(): void {
    this.signaling.onConnection((event) => {
      if (this.stopped) return;
      if (event.type === 'open') this.enqueue(() => this.join());
      else if (event.type === 'closed') this.onPhase({ phase: 'disconnected', reason: event.reason, retryInMs: event.retryInMs });
      else this.fail(event.reason);
    });
    this.signaling.on('mediaReset', ({ reason, message }) => {
      this.resetQueued = true;
      this.enqueue(() => {
        this.resetQueued = false;
        return this.joinAfresh(`media reset (${reason}): ${message}`);
      });
    });
    this.signaling.on('sessionEnded', ({ reason, message }) => {
      // An expired token (a page that slept through its refresh) only needs a fresh one, which the
      // next join carries, and media that stopped reaching the node a join afresh; revoked tokens and
      // roles are for the user to sort out.
      if (reason === 'token-expired' || reason === 'connection-lost') this.signaling.reconnect(`the node ended the session: ${message}`);
      else this.fail(`the node ended the session (${reason}): ${message}`);
    });
    this.onPhase({ phase: 'connecting' });
    this.signaling.connect();
  }

  /** Leaves the room for good (page closing, or a fatal error). */
  leave(): void {
    this.stopped = true;
    if (this.signaling.connected) this.signaling.request('leave', {}).catch(() => undefined);
    this.endpoint.close();
    this.signaling.close();
  }

  private enqueue(step: () => Promise<void>): void {
    this.steps = this.steps.then(step).catch((error: unknown) => this.handleStepError(error));
  }

  private handleStepError(error: unknown): void {
    if (this.stopped) return;
    if (isSignalingError(error, 'DISCONNECTED')) return; // The next socket joins again.
    if (isSignalingError(error, 'TIMEOUT') || isSignalingError(error, 'UNAVAILABLE')) {
      // The state of whatever timed out is unknown, or the node could not serve us yet:
      // a new socket, after the usual backoff, resumes or rebuilds it.
      this.signaling.reconnect(error.message);
      return;
    }
    if (this.resetQueued) {
      console.warn('[session] step failed before a media reset', error);
      return;
    }
    console.error('[session]', error);
    this.fail(errorMessage(error));
  }

  private fail(error: string): void {
    this.leave();
    this.onPhase({ phase: 'failed', error });
  }

  private async join(): Promise<void> {
    this.onPhase({ phase: 'joining' });
    const { roomId, role } = this.options;
    const sessionToken = this.sessionToken;
    let joined: Joined;
    try {
      joined = await this.signaling.request('join', { roomId, role, sessionToken, ...(await this.credentials()) });
    } catch (error) {
      if (!sessionToken || !isSignalingError(error, 'SESSION_NOT_FOUND')) throw error;
      console.info('[session] the previous session is gone; joining afresh');
      this.endpoint.close();
      joined = await this.signaling.request('join', { roomId, role, ...(await this.credentials()) });
    }
    this.sessionToken = joined.sessionToken;

    if (!joined.resumed) return this.setUpMedia(joined);
    if (!this.endpoint.active) {
      return this.joinAfresh('the resumed session had no media set up here');
    }
    try {
      await this.endpoint.restartIce();
    } catch (error) {
      if (isSignalingError(error) && error.transient) throw error;
      return this.joinAfresh(`ICE restart failed: ${errorMessage(error)}`);
    }
    this.onPhase({ phase: 'joined', peerId: joined.peerId, resumed: true });
  }

  /** Drops the current session, if any, on the server and here, then joins as a new peer. */
  private async joinAfresh(reason: string): Promise<void> {
    console.info(`[session] starting over: ${reason}`);
    this.endpoint.close();
    this.sessionToken = undefined;
    this.onPhase({ phase: 'joining' });
    await this.signaling.request('leave', {}).catch((error: unknown) => {
      if (isSignalingError(error) && error.transient) throw error;
      // NOT_JOINED and the like: there was nothing left to leave.
    });
    const { roomId, role } = this.options;
    const joined = await this.signaling.request('join', { roomId, role, ...(await this.credentials()) });
    this.sessionToken = joined.sessionToken;
    await this.setUpMedia(joined);
  }

  /** A current ID token for `join` (Firebase refreshes it when it is close to expiry), if the page has one. */
  private async credentials(): Promise<{ idToken?: string }> {
    return this.options.idToken ? { idToken: await this.options.idToken() } : {};
  }

  private async setUpMedia(joined: Joined): Promise<void> {
    this.endpoint.close();
    const device = await loadDevice(toRtpCapabilities(joined.routerRtpCapabilities));
    await this.endpoint.start({
      signaling: this.signaling,
      device,
      iceTransportPolicy: this.options.iceTransportPolicy,
    });
    this.onPhase({ phase: 'joined', peerId: joined.peerId, resumed: false });
  }
}
