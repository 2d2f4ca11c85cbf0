import type { Device } from 'mediasoup-client';
import type { Signaling } from '../signaling/Signaling.js';

/** What media setup needs from a joined session. */
export interface MediaContext {
  signaling: Signaling;
  /** Loaded with this session's router capabilities. */
  device: Device;
  iceTransportPolicy: RTCIceTransportPolicy;
}

/**
 * One side of a page's media (the speaker's publishing, the viewer's playback), driven by
 * the Session through the life of a signaling session.
 */
export interface MediaEndpoint {
  /** Creates transports and starts media on a freshly joined session. */
  start(context: MediaContext): Promise<void>;
  /** The session was resumed on a new socket: its transports need fresh ICE. */
  restartIce(): Promise<void>;
  /** Whether start() completed and its transports are still open, so a resumed session can keep them. */
  readonly active: boolean;
  /** Drops every transport, producer and consumer: the server's side of them is gone or abandoned. */
  close(): void;
}
