import * as z from 'zod/mini';
import { ErrorBodySchema, RequestIdSchema } from './envelope.js';
import { IceServerSchema } from './mediaTypes.js';
import { RoleSchema, type Role } from './methods.js';

/**
 * The Firestore data model: collection names and the shape of each document, shared by the media
 * node, the Cloud Functions, the web client and the security rules' tests. docs/firestore.md gives
 * the reasons; firestore.rules enforces who writes what. Times are Firestore Timestamps written with
 * serverTimestamp(), so every writer's clock agrees with the rules' `request.time`.
 */
export const collections = {
  /** rooms/{roomId}: which media node serves the room. Written by functions only. */
  rooms: 'rooms',
  /** rooms/{roomId}/utterances/{utteranceId}: metadata of recorded utterances; the media stays on the node. */
  utterances: 'utterances',
  /** nodes/{nodeId}: the registry of media nodes, each writing its own document and heartbeat. */
  nodes: 'nodes',
  /** sessions/{sessionId}: a user's signaling session over the Firestore carrier. */
  sessions: 'sessions',
  /** sessions/{sessionId}/commands/{commandId}: one request and, once executed, its result. */
  commands: 'commands',
  /** sessions/{sessionId}/notifications/{notificationId}: what the node tells the session's client. */
  notifications: 'notifications',
  /** routingDecisions/{decisionId}: who was played what and why, for audit and future recommenders. */
  routingDecisions: 'routingDecisions',
} as const;

/** The custom claim that carries a user's roles: `{ roles: ['viewer'] }`. */
export const ROLES_CLAIM = 'roles';
export const RoleListSchema = z.array(RoleSchema).check(z.maxLength(3));

/**
 * The roles of a user whose token carries no `roles` claim. Configurable with CHORUS_DEFAULT_ROLES
 * (read by the functions and the media node alike, with parseDefaultRoles); firestore.rules hard-codes
 * the same default in `defaultRoles()` (protocol/test/firestoreRules.test.ts fails when they differ),
 * so a deployment that changes it must change the rules too. Speaking is open by
 * default, as it was before sign-in existed; set CHORUS_DEFAULT_ROLES=viewer for invited speakers only.
 */
export const DEFAULT_ROLES: readonly Role[] = ['speaker', 'viewer'];

/**
 * Parses a comma-separated role list such as CHORUS_DEFAULT_ROLES ("speaker,viewer"). Blank or
 * missing text means DEFAULT_ROLES; an unknown role throws, so a typo fails at startup, not at join.
 */
export function parseRoleList(text: string | undefined): Role[] {
  if (text === undefined || !text.trim()) return [...DEFAULT_ROLES];
  const roles = new Set<Role>();
  for (const item of text.split(',')) {
    const name = item.trim();
    if (!name) continue;
    const parsed = RoleSchema.safeParse(name);
    if (!parsed.success) throw new Error(`unknown role "${name}" in role list "${text}" (roles: ${RoleSchema.options.join(', ')})`);
    roles.add(parsed.data);
  }
  return [...roles];
}

/**
 * CHORUS_DEFAULT_ROLES as parseRoleList reads it, refusing admin: admin for every signed-in user
 * would undo what roles are for. Throws with the reason.
 */
export function parseDefaultRoles(text: string | undefined): Role[] {
  const roles = parseRoleList(text);
  if (roles.includes('admin')) throw new Error('admin cannot be a default role; grant it per user');
  return roles;
}

/**
 * The roles a verified token grants: its `roles` claim when present, else the defaults. A claim that
 * is present but malformed grants nothing, so a bad admin write fails closed; unknown names are dropped.
 */
export function rolesFromClaims(claims: Record<string, unknown>, defaults: readonly Role[]): Role[] {
  if (!(ROLES_CLAIM in claims)) return [...defaults];
  const claim = claims[ROLES_CLAIM];
  if (!Array.isArray(claim)) return [];
  return [...new Set(claim.filter((role): role is Role => RoleSchema.safeParse(role).success))];
}

const DocId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,128}$/, 'ids are 1-128 letters, digits, _ or -'));

export const NodeLoadSchema = z.object({
  workers: z.int(),
  rooms: z.int(),
  transports: z.int(),
  producers: z.int(),
  consumers: z.int(),
  utteranceStoreBytes: z.number(),
});
export type NodeLoad = z.infer<typeof NodeLoadSchema>;

/** What a media node registers about itself. `heartbeatAt` is a Timestamp set on every heartbeat. */
export const NodeRecordSchema = z.object({
  nodeId: DocId,
  /** Where clients reach the node: `wss://host` or `ws://127.0.0.1:port`, without the signaling path. */
  publicUrl: z.string().check(z.maxLength(512)),
  signalingPath: z.string(),
  /**
   * The node's own coturn (`turn:host:3478`, `turns:host:5349`), which shares the TURN secret with the
   * functions. When absent, joinRoom hands out the URLs configured in CHORUS_TURN_URLS.
   */
  turnUrls: z.optional(z.array(z.string().check(z.maxLength(256))).check(z.maxLength(8))),
  region: z.string().check(z.maxLength(64)),
  capacity: z.object({ workers: z.int(), maxConsumers: z.int() }),
  load: NodeLoadSchema,
  state: z.enum(['up', 'draining']),
  startedAt: z.unknown(),
  heartbeatAt: z.unknown(),
});
export type NodeRecord = z.infer<typeof NodeRecordSchema>;

export const RoomRecordSchema = z.object({
  nodeId: DocId,
  assignedAt: z.unknown(),
  lastJoinAt: z.unknown(),
});

/**
 * A session document's id: its owner's uid, `_`, and 20 random letters or digits (a Firestore auto id).
 * firestore.rules (isOwnSessionId) lets only that uid create it, so no other user can recreate a
 * deleted session's id and read what is left under it.
 */
export function sessionIdFor(uid: string, randomSuffix: string): string {
  if (!/^[A-Za-z0-9]{20}$/.test(randomSuffix)) throw new Error('a session id suffix is 20 letters or digits');
  return `${uid}_${randomSuffix}`;
}

/** Created by the client that owns it; the media node addressed by `nodeId` serves its commands. */
export const SessionRecordSchema = z.object({
  uid: z.string(),
  nodeId: DocId,
  roomId: DocId,
  createdAt: z.unknown(),
});
export type SessionRecord = z.infer<typeof SessionRecordSchema>;

/**
 * A signaling request carried by Firestore. The client creates it with `state: 'pending'` and the
 * request fields; the media node alone moves it to `done` with `response` or `error`.
 * `idToken` authenticates the request, as `join.idToken` does over WebSocket.
 */
export const CommandRecordSchema = z.object({
  uid: z.string(),
  nodeId: DocId,
  id: RequestIdSchema,
  method: z.string().check(z.minLength(1), z.maxLength(64)),
  /**
   * The request's parameters as JSON text, so that firestore.rules can bound them at MAX_MESSAGE_BYTES
   * bytes of UTF-8 (maxMessageBytes()), as the node measures them: rules cannot measure a map.
   */
  data: z.optional(z.string()),
  idToken: z.string().check(z.maxLength(8192)),
  state: z.enum(['pending', 'done']),
  createdAt: z.unknown(),
  /**
   * Set by the media node, in one conditional write, before it executes the command: `<nodeId>/<bootId>`.
   * A claimed command never runs twice, even when Firestore delivers it again after a reconnection.
   */
  claimedBy: z.optional(z.string()),
  claimedAt: z.optional(z.unknown()),
  response: z.optional(z.unknown()),
  error: z.optional(ErrorBodySchema),
  completedAt: z.optional(z.unknown()),
});
export type CommandRecord = z.infer<typeof CommandRecordSchema>;

/**
 * A command the node has completed: it deletes the bearer secrets with the result (`idToken`, and
 * the `idToken` and `sessionToken` parameters of join and refreshAuth, rewriting `data` without them), since the document outlives the
 * command until the cleanup and nothing needs them any more.
 */
export const DoneCommandRecordSchema = z.extend(z.omit(CommandRecordSchema, { idToken: true }), { state: z.literal('done') });

export const NotificationRecordSchema = z.object({
  method: z.string(),
  data: z.unknown(),
  seq: z.int(),
  at: z.unknown(),
});
export type NotificationRecord = z.infer<typeof NotificationRecordSchema>;

export const UtteranceRecordSchema = z.object({
  roomId: DocId,
  nodeId: DocId,
  speakerPeerId: z.string(),
  speakerUid: z.nullable(z.string()),
  startedAt: z.number(),
  durationMs: z.nullable(z.number()),
  bytes: z.number(),
  state: z.enum(['recording', 'complete', 'evicted']),
});
export type UtteranceRecord = z.infer<typeof UtteranceRecordSchema>;

export const RoutingDecisionSchema = z.object({
  roomId: DocId,
  nodeId: DocId,
  viewerPeerId: z.string(),
  viewerUid: z.nullable(z.string()),
  utteranceId: z.nullable(z.string()),
  speakerUid: z.nullable(z.string()),
  reason: z.enum(['recommender', 'next', 'admin', 'evicted', 'nothing-to-play']),
  at: z.unknown(),
});
export type RoutingDecision = z.infer<typeof RoutingDecisionSchema>;

/** What the `joinRoom` callable takes and returns. */
export const JoinRoomRequestSchema = z.object({
  roomId: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'roomId must be 1-64 letters, digits, _ or -')),
});
export const JoinRoomResponseSchema = z.object({
  roomId: z.string(),
  nodeId: z.string(),
  /** The node's WebSocket signaling URL, ready to open. */
  signalingUrl: z.string(),
  iceServers: z.array(IceServerSchema),
  /** Expiry of the TURN credentials, in ms since the epoch. */
  iceServersExpireAt: z.number(),
  /** The roles the caller's claims allow; `join` may narrow them to one. */
  roles: RoleListSchema,
});
export type JoinRoomResponse = z.infer<typeof JoinRoomResponseSchema>;

export const SetRolesRequestSchema = z.object({ uid: z.string().check(z.minLength(1), z.maxLength(128)), roles: RoleListSchema });

/** How often a node beats, and after how long without a beat it counts as dead. */
export const NODE_HEARTBEAT_MS = 10_000;
export const NODE_STALE_MS = 45_000;
