import * as z from 'zod/mini';
import {
  DtlsParametersSchema,
  IceCandidateSchema,
  IceParametersSchema,
  IceServerSchema,
  MediaKindSchema,
  RtpCapabilitiesSchema,
  RtpParametersSchema,
} from './mediaTypes.js';

const Id = z.string().check(z.minLength(1), z.maxLength(128));
/** A Firebase ID token (a JWT, about 1 kB; more with large custom claims). */
const IdToken = z.string().check(z.minLength(1), z.maxLength(8192));
const AppData = z.optional(z.record(z.string().check(z.maxLength(64)), z.union([z.string().check(z.maxLength(256)), z.number(), z.boolean()])));

/** Admins watch like viewers and may reroute any viewer in their room. */
export const RoleSchema = z.enum(['speaker', 'viewer', 'admin']);
export type Role = z.infer<typeof RoleSchema>;

/**
 * Every request a client may send: its parameters and what a successful response carries.
 * Adding a method here makes it typed for the server handler and the client alike.
 */
export const methods = {
  join: {
    request: z.object({
      roomId: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'roomId must be 1-64 letters, digits, _ or -')),
      role: RoleSchema,
      /** A session token from an earlier join: resumes that session if it is still within its grace period. */
      sessionToken: z.optional(z.string().check(z.maxLength(128))),
      /**
       * The user's Firebase ID token. Required unless the node runs without authentication: its absence
       * is answered with UNAUTHENTICATED. `role` must be one of the roles the token's claims allow.
       */
      idToken: z.optional(IdToken),
    }),
    response: z.object({
      peerId: Id,
      sessionToken: z.string(),
      resumed: z.boolean(),
      /** Who the node took the caller for; null when it runs without authentication. */
      uid: z.nullable(z.string()),
      /** When the ID token expires (ms since the epoch): send `refreshAuth` before. Null without authentication. */
      authExpiresAt: z.nullable(z.number()),
      routerRtpCapabilities: RtpCapabilitiesSchema,
      iceServers: z.array(IceServerSchema),
    }),
  },
  getRouterRtpCapabilities: {
    request: z.optional(z.object({})),
    response: z.object({ rtpCapabilities: RtpCapabilitiesSchema }),
  },
  createWebRtcTransport: {
    request: z.object({
      direction: z.enum(['send', 'recv']),
      forceTcp: z.optional(z.boolean()),
    }),
    response: z.object({
      transportId: Id,
      iceParameters: IceParametersSchema,
      iceCandidates: z.array(IceCandidateSchema),
      dtlsParameters: DtlsParametersSchema,
      iceServers: z.array(IceServerSchema),
    }),
  },
  connectWebRtcTransport: {
    request: z.object({ transportId: Id, dtlsParameters: DtlsParametersSchema }),
    response: z.object({}),
  },
  restartIce: {
    request: z.object({ transportId: Id }),
    response: z.object({ iceParameters: IceParametersSchema }),
  },
  produce: {
    request: z.object({
      transportId: Id,
      kind: MediaKindSchema,
      rtpParameters: RtpParametersSchema,
      appData: AppData,
    }),
    response: z.object({ producerId: Id }),
  },
  closeProducer: {
    request: z.object({ producerId: Id }),
    response: z.object({}),
  },
  consume: {
    request: z.object({
      transportId: Id,
      producerId: Id,
      rtpCapabilities: RtpCapabilitiesSchema,
    }),
    response: z.object({
      consumerId: Id,
      producerId: Id,
      kind: MediaKindSchema,
      rtpParameters: RtpParametersSchema,
      /** Consumers always start paused; the client resumes them once its track is wired. */
      paused: z.literal(true),
    }),
  },
  resumeConsumer: {
    request: z.object({ consumerId: Id }),
    response: z.object({}),
  },
  getStats: {
    request: z.object({ id: Id }),
    response: z.object({ stats: z.array(z.record(z.string(), z.unknown())) }),
  },
  /**
   * Switches a viewer to an utterance now, even mid-utterance: `utteranceId`, or the recommender's next
   * pick when it is absent. `viewerId` defaults to the caller; only an admin may name someone else.
   */
  reroute: {
    request: z.object({ viewerId: z.optional(Id), utteranceId: z.optional(Id) }),
    response: z.object({ utteranceId: z.nullable(Id) }),
  },
  leave: {
    request: z.optional(z.object({})),
    response: z.object({}),
  },
  /**
   * Hands the node a fresh ID token of the same user, before the current one expires (tokens last an
   * hour; the session may last longer). Another user's token is refused with FORBIDDEN.
   */
  refreshAuth: {
    request: z.object({ idToken: IdToken }),
    response: z.object({ authExpiresAt: z.number() }),
  },
} as const;

export type MethodName = keyof typeof methods;
export type MethodRequest<M extends MethodName> = z.infer<(typeof methods)[M]['request']>;
export type MethodResponse<M extends MethodName> = z.infer<(typeof methods)[M]['response']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, name);
}

/** `speakerUid` is the speaker's user id, absent when the node runs without authentication. */
const UtteranceEvent = z.object({
  utteranceId: Id,
  speakerId: Id,
  speakerUid: z.optional(z.string()),
  startedAt: z.number(),
  durationMs: z.nullable(z.number()),
});

/** Server-to-client notifications. */
export const notifications = {
  /** A producer became available in the room (live producers, until rerouting replaces this). */
  producerAdded: z.object({ producerId: Id, peerId: Id, kind: MediaKindSchema }),
  /** A consumer was closed by the server: its producer went away, or its transport did. */
  consumerClosed: z.object({ consumerId: Id, reason: z.string() }),
  /**
   * The worker behind the room died, or the node is shutting down. Everything the peer had there is
   * gone and the peer has left the room; its session stays, so the client sends `join` again (without
   * a sessionToken) on the same connection.
   */
  mediaReset: z.object({ reason: z.enum(['worker-died', 'room-closed']), message: z.string() }),
  /** What this viewer's consumers carry from now on. `durationMs` is null while it is being recorded. */
  nowPlaying: z.object({
    utteranceId: Id,
    speakerId: Id,
    speakerUid: z.optional(z.string()),
    startedAt: z.number(),
    recording: z.boolean(),
    durationMs: z.nullable(z.number()),
  }),
  /** Nothing is left to play; playback resumes by itself as soon as someone starts talking. */
  nothingToPlay: z.object({}),
  /** Someone in the room started talking (the speaker hears of its own utterances too). */
  utteranceStarted: UtteranceEvent,
  utteranceEnded: UtteranceEvent,
  /** The ID token expires at `authExpiresAt`: send `refreshAuth` with a fresh one, or the session ends then. */
  authExpiring: z.object({ authExpiresAt: z.number() }),
  /**
   * The node ended the session: its token expired without a refresh, the user's tokens were revoked
   * (signed out everywhere, disabled, deleted), or a refreshed token no longer grants the peer's role.
   * Everything the peer had is gone and the connection closes; sign in again and join afresh.
   */
  sessionEnded: z.object({ reason: z.enum(['token-expired', 'token-revoked', 'role-revoked', 'connection-lost']), message: z.string() }),
} as const;

export type NotificationName = keyof typeof notifications;
export type NotificationData<N extends NotificationName> = z.infer<(typeof notifications)[N]>;

export function isNotificationName(name: string): name is NotificationName {
  return Object.prototype.hasOwnProperty.call(notifications, name);
}
