import {
  parseServerMessage,
  request as requestEnvelope,
  type MethodName,
  type MethodRequest,
  type MethodResponse,
  type NotificationName,
  type ResponseEnvelope,
} from '@chorus/protocol';
import { errorMessage } from '../errorMessage.js';
import { PendingRequests } from './PendingRequests.js';
import type { ConnectionEvent, NotificationHandler, Signaling } from './Signaling.js';
import { SignalingError } from './SignalingError.js';
import { SignalingListeners } from './SignalingListeners.js';

export type { ConnectionEvent } from './Signaling.js';

export interface SignalingOptions {
  requestTimeoutMs?: number;
  /** Reconnect backoff: the first delay, doubled on each failed attempt up to the maximum. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
}

/**
 * The WebSocket to the media node: typed requests correlated with their responses by id,
 * typed notifications, and reconnection with exponential backoff until close() is called.
 * Every message is checked against the protocol schemas on the way in.
 */
export class SignalingClient implements Signaling {
  readonly carrier = 'websocket';
  private readonly minBackoffMs: number;
  private readonly maxBackoffMs: number;
  private socket: WebSocket | null = null;
  private running = false;
  private failedAttempts = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private nextRequestId = 1;
  private readonly pending: PendingRequests<number>;
  private readonly events = new SignalingListeners();

  constructor(
    readonly url: string,
    options: SignalingOptions = {},
  ) {
    this.pending = new PendingRequests(options.requestTimeoutMs ?? 10_000);
    this.minBackoffMs = options.minBackoffMs ?? 500;
    this.maxBackoffMs = options.maxBackoffMs ?? 10_000;
  }

  get connected(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  /** Starts connecting; the client keeps reconnecting after every drop until close(). */
  connect(): void {
    if (this.running) return;
    this.running = true;
    this.openSocket();
  }

  /** Closes the socket for good and fails the requests still waiting. */
  close(): void {
    this.running = false;
    clearTimeout(this.reconnectTimer);
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, 'client closed');
    this.pending.failAll('connection closed by the client');
  }

  /** Drops the current socket as a network failure would, so the usual reconnection follows. */
  reconnect(reason: string): void {
    if (!this.socket) return;
    console.warn(`[signaling] reconnecting: ${reason}`);
    this.socket.close(4000, reason.slice(0, 100));
  }

  onConnection(listener: (event: ConnectionEvent) => void): () => void {
    return this.events.onConnection(listener);
  }

  on<N extends NotificationName>(name: N, handler: NotificationHandler<N>): () => void {
    return this.events.on(name, handler);
  }

  request<M extends MethodName>(method: M, data: MethodRequest<M>): Promise<MethodResponse<M>> {
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) {
      return Promise.reject(new SignalingError('DISCONNECTED', 'not connected to the signaling server', method));
    }
    const id = this.nextRequestId++;
    const response = this.pending.wait(id, method);
    try {
      socket.send(JSON.stringify(requestEnvelope(id, method, data)));
    } catch (error) {
      this.pending.fail(id, 'DISCONNECTED', `cannot send: ${errorMessage(error)}`);
    }
    return response;
  }

  private openSocket(): void {
    let socket: WebSocket;
    try {
      socket = new WebSocket(this.url);
    } catch (error) {
      this.running = false;
      this.events.emit({ type: 'failed', reason: `cannot open a WebSocket to "${this.url}": ${errorMessage(error)}` });
      return;
    }
    this.socket = socket;
    let opened = false;
    socket.onopen = () => {
      if (this.socket !== socket) return;
      opened = true;
      this.events.emit({ type: 'open' });
    };
    socket.onmessage = (event) => {
      if (this.socket === socket) this.receive(event.data);
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.pending.failAll('the connection to the signaling server closed');
      if (!this.running) return;
      const retryInMs = this.nextBackoff();
      this.reconnectTimer = setTimeout(() => this.openSocket(), retryInMs);
      // 1006 is the browser's code for "no close frame": it says nothing the message does not.
      const detail = event.reason ? ` (${event.code} ${event.reason})` : event.code === 1006 ? '' : ` (code ${event.code})`;
      const reason = opened ? `lost the connection to ${socket.url}${detail}` : `cannot reach the signaling server at ${socket.url}${detail}`;
      this.events.emit({ type: 'closed', reason, retryInMs });
    };
  }

  private nextBackoff(): number {
    const ceiling = Math.min(this.maxBackoffMs, this.minBackoffMs * 2 ** this.failedAttempts);
    this.failedAttempts++;
    // A random delay between half and all of the ceiling keeps clients from reconnecting in lockstep.
    return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
  }

  private receive(raw: unknown): void {
    if (typeof raw !== 'string') {
      console.warn('[signaling] ignoring a binary message');
      return;
    }
    let message;
    try {
      message = parseServerMessage(raw);
    } catch (error) {
      console.warn('[signaling] ignoring a malformed message', errorMessage(error), raw.slice(0, 200));
      return;
    }
    if (message.type === 'response') this.settle(message);
    else this.events.dispatch(message.method, message.data);
  }

  private settle(response: ResponseEnvelope): void {
    if (typeof response.id === 'number' && this.pending.settle(response.id, response)) {
      // Only an answered request proves the node serves us: a socket that opens only to be told
      // UNAVAILABLE (or to time out) must not reset the backoff, or the retries would come at full rate.
      if (response.ok) this.failedAttempts = 0;
      return;
    }
    const detail = response.ok ? '' : `: ${response.error.code} ${response.error.message}`;
    console.warn(`[signaling] response to unknown request ${String(response.id)}${detail}`);
  }
}
