import type { MethodName, MethodRequest, MethodResponse, NotificationData, NotificationName } from '@chorus/protocol';

export type ConnectionEvent =
  /** The carrier is open (the first time, or again after a drop): the session joins on it. */
  | { type: 'open' }
  /** The carrier closed or could not be opened; another attempt follows in `retryInMs`. */
  | { type: 'closed'; reason: string; retryInMs: number }
  /** The client cannot connect at all (for example a malformed URL) and will not retry. */
  | { type: 'failed'; reason: string };

export type NotificationHandler<N extends NotificationName> = (data: NotificationData<N>) => void;

/**
 * What the session and the media endpoints need from a signaling carrier: typed requests, typed
 * notifications and connection events. The WebSocket (SignalingClient) and Firestore
 * (FirestoreSignalingClient) carriers implement it, so the pages work the same over either.
 */
export interface Signaling {
  /** Which carrier this is, for the page's details and test hooks. */
  readonly carrier: 'websocket' | 'firestore';
  readonly connected: boolean;
  /** Starts connecting; the client keeps reconnecting after every drop until close(). */
  connect(): void;
  /** Closes the carrier for good and fails the requests still waiting. */
  close(): void;
  /** Drops the current connection as a network failure would, so the usual reconnection follows. */
  reconnect(reason: string): void;
  onConnection(listener: (event: ConnectionEvent) => void): () => void;
  on<N extends NotificationName>(name: N, handler: NotificationHandler<N>): () => void;
  request<M extends MethodName>(method: M, data: MethodRequest<M>): Promise<MethodResponse<M>>;
}
