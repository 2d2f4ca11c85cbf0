import type { CandidateType, InboundRtpStats, InboundVideoStats, OutboundRtpStats } from './media/stats.js';
import type { NowPlayingRecord } from './utterances/NowPlaying.js';
import type { OwnUtterance } from './utterances/OwnUtterances.js';

// What the pages publish on window.chorus for end-to-end tests (and for a curious console).
// Plain fields are kept current; the functions read the browser's WebRTC stats when called.

/**
 * States both pages share: sign-in (with Firebase only), the room's node, the socket and the join.
 * 'signed-out': waiting for the user to sign in; 'joining-room': asking `joinRoom` for the room's node.
 */
export type CommonState = 'signed-out' | 'joining-room' | 'connecting' | 'joining' | 'disconnected' | 'error';

/** The signed-in user as a page shows it. */
export interface HookUser {
  uid: string;
  email: string | null;
  roles: string[];
}

export interface PageHooks<State extends string> {
  state: State;
  /** The last error or connection problem shown; null again once publishing or receiving. */
  error: string | null;
  roomId: string;
  peerId: string | null;
  /** mediasoup-client ConnectionState of the page's transport, or null before there is one. */
  transportState: string | null;
  /**
   * Local candidate type of the transport's selected ICE pair ('relay' means TURN), or null.
   * Refreshed on every transport state change and every stats call.
   */
  selectedCandidatePairType: CandidateType | null;
  /** The signaling carrier: 'websocket' (default) or 'firestore' (`?carrier=firestore`). */
  carrier: 'websocket' | 'firestore';
  /** The signed-in user; null before sign-in, and always on a deployment without Firebase (no config.json). */
  user: HookUser | null;
  /** What `joinRoom` answered; null without Firebase. */
  room: { nodeId: string; signalingUrl: string; roles: string[] } | null;
  /** performance.now() when the page called `joinRoom`, for the join-to-first-frame benchmark; null without Firebase. */
  joinRoomStartedAt: number | null;
  /** Fresh ID tokens the node accepted through `refreshAuth`. */
  authRefreshes: number;
  /** Gets a fresh ID token (getIdToken(true)) and sends it with `refreshAuth` now; rejects without sign-in. */
  refreshAuth(): Promise<void>;
}

/** The connection and account fields every page starts with, before it connects or signs in. */
export function initialConnectionHooks(
  carrier: PageHooks<string>['carrier'],
): Pick<
  PageHooks<string>,
  'transportState' | 'selectedCandidatePairType' | 'carrier' | 'user' | 'room' | 'joinRoomStartedAt' | 'authRefreshes' | 'refreshAuth'
> {
  return {
    transportState: null,
    selectedCandidatePairType: null,
    carrier,
    user: null,
    room: null,
    joinRoomStartedAt: null,
    authRefreshes: 0,
    refreshAuth: () => Promise.reject(new Error('not signed in: this site has no Firebase config.json')),
  };
}

export type SpeakerState = CommonState | 'starting-media' | 'publishing';

export interface SpeakerHooks extends PageHooks<SpeakerState> {
  page: 'speaker';
  /** Server ids of the current producers (audio and video), empty until publishing. */
  producerIds: string[];
  outboundStats(): Promise<{
    /** The video producer's outbound-rtp (packetsSent, bytesSent, framesEncoded, frameWidth, frameHeight). */
    video: OutboundRtpStats | null;
    /** The audio producer's outbound-rtp (packetsSent, bytesSent). */
    audio: OutboundRtpStats | null;
    selectedCandidatePairType: CandidateType | null;
  }>;
  /** This speaker's utterances as the server recorded them, oldest first (utterance feed only). */
  utterances: OwnUtterance[];
  /** The server is recording this speaker's speech right now. */
  hearing: boolean;
}

/** 'waiting': joined, nothing received yet; 'receiving': at least one consumer resumed. */
export type ViewerState = CommonState | 'waiting' | 'receiving';

export interface ViewerConsumerInfo {
  consumerId: string;
  producerId: string;
  peerId: string;
  kind: 'audio' | 'video';
  /** The server resumed it: media flows. */
  resumed: boolean;
}

export interface ViewerHooks extends PageHooks<ViewerState> {
  page: 'viewer';
  consumers: ViewerConsumerInfo[];
  inboundStats(): Promise<{
    /** The newest live video consumer's inbound-rtp, null if there is none or it has no stats yet. */
    video: InboundVideoStats | null;
    /** The newest live audio consumer's inbound-rtp (packetsReceived, bytesReceived). */
    audio: InboundRtpStats | null;
    selectedCandidatePairType: CandidateType | null;
  }>;
  /** Every `nowPlaying` received, oldest first, with `receivedAt` = performance.now() on arrival (utterance feed only). */
  nowPlaying: NowPlayingRecord[];
  /** Ids of the consumers the page holds now; under the utterance feed they stay the same across switches. */
  consumerIds(): string[];
  /** Sends `reroute` {} as the Next button does; resolves to the server's answer, rejects with its error. */
  next(): Promise<{ utteranceId: string | null }>;
}

declare global {
  interface Window {
    chorus?: SpeakerHooks | ViewerHooks;
  }
}
