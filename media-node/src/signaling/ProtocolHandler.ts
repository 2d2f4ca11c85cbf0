import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import {
  notification,
  ProtocolError,
  type MethodName,
  type MethodRequest,
  type MethodResponse,
  type ParsedRequest,
  type Role,
} from '@chorus/protocol';
import type { types as ms } from 'mediasoup';
import type { AuthenticatedUser, Authenticator } from '../auth/Authenticator.js';
import { SessionAuthMonitor, type AuthEndReason } from '../auth/SessionAuthMonitor.js';
import type { MediaNodeConfig } from '../config.js';
import type { Logger } from '../logger.js';
import type { Clock } from '../utterances/UtterancePlayback.js';
import { webRtcTransportOptions, type TransportDirection } from '../media/webRtcTransportOptions.js';
import { Peer } from '../rooms/Peer.js';
import type { Room } from '../rooms/Room.js';
import type { RoomRegistry } from '../rooms/RoomRegistry.js';
import type { ViewerFeed } from '../rooms/ViewerFeed.js';
import { iceServersFor } from '@chorus/protocol/turn';
import { MediaLivenessMonitor } from './MediaLivenessMonitor.js';
import { isRefusal, toProtocolError, type RefusalCode } from './requestFailures.js';
import type { PeerSession, Transmit } from './PeerSession.js';
import type { SessionRegistry } from './SessionRegistry.js';

/**
 * What a carrier keeps per connection; the handler switches its session on join and leave. `user` is
 * who the last verified ID token says is on the other end: null until a join succeeds, and always null
 * when the node runs without authentication.
 */
export interface SignalingConnection {
  session: PeerSession | null;
  user: AuthenticatedUser | null;
  /**
   * A token the carrier has just verified for the request in hand (every Firestore command carries one),
   * so that a join or refreshAuth with that same token is not verified, with its revocation lookup, twice.
   */
  vouched?: { idToken: string; user: AuthenticatedUser } | undefined;
  readonly transmit: Transmit;
  /** Closes the connection after what was sent, when the node ends its session (expired or revoked token). */
  readonly end?: (reason: string) => void;
  /**
   * The carrier cannot see the client go (Firestore): the session's media is watched instead, and the
   * session ended once none of its transports has been connected for a while.
   */
  readonly watchMedia?: boolean;
}

export interface HandlerResult<M extends MethodName = MethodName> {
  data: MethodResponse<M>;
  /** Runs once the response is on its way, for notifications that must follow it. */
  after?: () => void;
}

/** Guards against a client exhausting the node by opening objects without end. */
export const PEER_LIMITS = { transports: 4, producers: 4, consumers: 64 } as const;

export interface ProtocolHandlerDeps {
  config: MediaNodeConfig;
  rooms: RoomRegistry;
  sessions: SessionRegistry;
  feed: ViewerFeed;
  logger: Logger;
  /** Null when the node runs without authentication (CHORUS_AUTH=off). */
  authenticator: Authenticator | null;
  /** Wall-clock time for token expiry; tests pass a fake one. */
  clock?: Clock;
}

/** WebSocket close reasons, by why the node ended the session. */
const END_REASONS: Record<SessionEndReason, string> = {
  'token-expired': 'ID token expired',
  'token-revoked': 'ID token revoked',
  'role-revoked': 'role no longer granted',
  'connection-lost': 'no media from the client',
};

/** How long before its token expires a session is reminded to refresh it. */
const AUTH_EXPIRY_WARNING_MS = 120_000;

type SessionEndReason = AuthEndReason | 'role-revoked' | 'connection-lost';

interface Credential {
  user: AuthenticatedUser;
  idToken: string;
}

interface Joined {
  session: PeerSession;
  peer: Peer;
  room: Room;
}

// A handler with nothing to wait for returns its result as it is: handle() awaits it, and its try catches
// what a handler throws either way.
type Handlers = {
  [M in MethodName]: (connection: SignalingConnection, data: MethodRequest<M>) => HandlerResult<M> | Promise<HandlerResult<M>>;
};

export interface ProtocolHandlerEvents {
  /** A request was refused for who sent it: no valid token (UNAUTHENTICATED) or a role it lacks (FORBIDDEN). */
  refused: [code: RefusalCode, method: MethodName];
  /** The node ended a session whose token expired or was revoked, or whose role was taken away. */
  sessionended: [reason: SessionEndReason];
  /** A live session's revocation check could not run (Google or the Auth API out of reach); the session was kept. */
  authcheckfailed: [];
}

/**
 * Carries out signaling requests against the rooms. It knows nothing of the carrier: the WebSocket and
 * the Firestore command records both hand it parsed requests, and it throws ProtocolErrors only.
 */
export class ProtocolHandler extends EventEmitter<ProtocolHandlerEvents> {
  private readonly rooms = new WeakMap<Peer, Room>();
  /** The connection a session is attached to, to close it when the node ends the session. */
  private readonly connections = new WeakMap<PeerSession, SignalingConnection>();
  private readonly handlers: Handlers;
  private readonly monitor: SessionAuthMonitor<PeerSession> | null;
  private readonly liveness: MediaLivenessMonitor<PeerSession>;

  constructor(private readonly deps: ProtocolHandlerDeps) {
    super();
    this.monitor =
      deps.authenticator &&
      new SessionAuthMonitor<PeerSession>({
        authenticator: deps.authenticator,
        checkIntervalMs: deps.config.auth.revocationCheckMs,
        expiryWarningMs: AUTH_EXPIRY_WARNING_MS,
        onExpiring: (session, authExpiresAt) => session.deliver(notification('authExpiring', { authExpiresAt })),
        onEnded: (session, reason, message) => this.endSession(session, reason, message),
        onCheckFailed: () => this.emit('authcheckfailed'),
        ...(deps.clock ? { clock: deps.clock } : {}),
        logger: deps.logger,
      });
    const graceMs = deps.config.signaling.mediaLostGraceMs;
    this.liveness = new MediaLivenessMonitor<PeerSession>({
      graceMs,
      onLost: (session) =>
        this.endSession(session, 'connection-lost', `none of this session's WebRTC transports has been connected for ${graceMs} ms; join again`),
    });
    this.handlers = {
      join: (c, d) => this.join(c, d),
      getRouterRtpCapabilities: (c) => ({ data: { rtpCapabilities: this.joined(c).room.router.rtpCapabilities } }),
      createWebRtcTransport: (c, d) => this.createWebRtcTransport(c, d),
      connectWebRtcTransport: async (c, d) => {
        await this.joined(c)
          .peer.transport(d.transportId)
          .connect({ dtlsParameters: d.dtlsParameters as ms.DtlsParameters });
        return { data: {} };
      },
      restartIce: async (c, d) => ({
        data: { iceParameters: await this.joined(c).peer.transport(d.transportId).restartIce() },
      }),
      produce: (c, d) => this.produce(c, d),
      closeProducer: (c, d) => {
        this.joined(c).peer.producer(d.producerId).close();
        return { data: {} };
      },
      consume: (c, d) => this.consume(c, d),
      resumeConsumer: async (c, d) => {
        const consumer = this.joined(c).peer.consumer(d.consumerId);
        await consumer.resume();
        // A viewer can only start decoding on a keyframe; ask for one now rather than wait for the next.
        if (consumer.kind === 'video') await consumer.requestKeyFrame();
        return { data: {} };
      },
      getStats: async (c, d) => ({
        data: { stats: await this.joined(c).peer.statsSource(d.id).getStats() },
      }),
      reroute: (c, d) => {
        const { peer, room } = this.joined(c);
        return { data: this.deps.feed.reroute(room, peer, d.viewerId, d.utteranceId) };
      },
      leave: (c) => {
        if (c.session) this.deps.sessions.close(c.session);
        c.session = null;
        return { data: {} };
      },
      refreshAuth: (c, d) => this.refreshAuth(c, d),
    };
  }

  /** Sessions whose token the node watches for expiry and revocation. */
  get authenticatedSessions(): number {
    return this.monitor?.size ?? 0;
  }

  /** Stops watching tokens; the sessions themselves are closed by their registry. */
  close(): void {
    this.monitor?.close();
  }

  async handle(connection: SignalingConnection, request: ParsedRequest): Promise<HandlerResult> {
    const handler = this.handlers[request.method] as (connection: SignalingConnection, data: unknown) => HandlerResult | Promise<HandlerResult>;
    try {
      return await handler(connection, request.data);
    } catch (error) {
      const failure = toProtocolError(error, this.deps.logger, { method: request.method, uid: connection.user?.uid });
      if (isRefusal(failure.code)) this.emit('refused', failure.code, request.method);
      throw failure;
    }
  }

  private joined(connection: SignalingConnection): Joined {
    const membership = connection.session && this.membershipOf(connection.session);
    if (!membership) throw new ProtocolError('NOT_JOINED', 'join a room first');
    return membership;
  }

  /** The session's live peer and its room; null once the peer left or its room closed. */
  private membershipOf(session: PeerSession): Joined | null {
    const peer = session.peer;
    const room = peer && this.rooms.get(peer);
    return peer && room && !peer.isClosed ? { session, peer, room } : null;
  }

  private async join(connection: SignalingConnection, data: MethodRequest<'join'>): Promise<HandlerResult<'join'>> {
    const { sessions } = this.deps;
    if (connection.session?.peer && !connection.session.peer.isClosed) {
      throw new ProtocolError('ALREADY_JOINED', 'this connection has already joined a room');
    }
    const auth = await this.authenticateJoin(connection, data);
    let session = connection.session;
    if (data.sessionToken) {
      const found = sessions.find(data.sessionToken);
      if (found && found.uid !== (auth?.user.uid ?? null)) {
        throw new ProtocolError('FORBIDDEN', 'that session belongs to another user');
      }
      // The resumed peer keeps its role, which the user's claims must still grant.
      const keptRole = found?.peer && !found.peer.isClosed ? found.peer.role : undefined;
      if (auth && keptRole && !grants(auth.user, keptRole)) {
        throw new ProtocolError('FORBIDDEN', `role "${keptRole}" of that session is no longer granted to this user; join afresh`);
      }
      const resumed = sessions.resume(data.sessionToken, connection.transmit);
      if (!resumed) throw new ProtocolError('SESSION_NOT_FOUND', 'no session to resume: it expired or is in use; join afresh');
      if (session && session !== resumed.session) sessions.close(session);
      session = resumed.session;
      this.adopt(connection, session, auth);
      const membership = this.membershipOf(session);
      if (membership) {
        if (membership.peer.role !== data.role) {
          // The resumed peer keeps its role; a different one would need a fresh join, checked afresh.
          this.deps.logger.info({ peerId: membership.peer.id, asked: data.role }, 'resumed with the role it had');
        }
        return {
          data: this.joinResponse(session, membership.peer, membership.room, true, auth),
          after: () => resumed.missed.forEach((missed) => connection.transmit(missed)),
        };
      }
    }
    if (!session && auth) this.ensureRoomForAnotherSession(auth.user.uid);
    session ??= sessions.open(connection.transmit);
    this.adopt(connection, session, auth);

    const room = await this.deps.rooms.getOrCreate(data.roomId);
    const joinedSession = session;
    const peer = new Peer(randomUUID(), data.role, (message) => joinedSession.deliver(message), auth?.user.uid ?? null);
    this.rooms.set(peer, room);
    room.addPeer(peer);
    session.peer = peer;
    peer.once('close', () => {
      if (joinedSession.peer === peer) joinedSession.peer = null;
      this.deps.logger.info({ roomId: room.id, peerId: peer.id }, 'peer left');
    });
    this.deps.logger.info({ roomId: room.id, peerId: peer.id, role: peer.role, uid: peer.uid }, 'peer joined');
    return { data: this.joinResponse(session, peer, room, false, auth), after: () => this.deps.feed.welcome(room, peer) };
  }

  /**
   * Verifies the join's ID token and that the role asked for is one the user's claims allow. An admin
   * may watch as a plain viewer too; nobody gains a role by naming it. Null without authentication.
   */
  private async authenticateJoin(connection: SignalingConnection, data: MethodRequest<'join'>): Promise<Credential | null> {
    const { authenticator } = this.deps;
    if (!authenticator) return null;
    if (!data.idToken) throw new ProtocolError('UNAUTHENTICATED', 'join needs idToken: the Firebase ID token of the signed-in user');
    const user = await verifyToken(authenticator, connection, data.idToken);
    if (connection.user && connection.user.uid !== user.uid) {
      throw new ProtocolError('FORBIDDEN', 'this connection belongs to another user; open a new one');
    }
    if (!grants(user, data.role)) {
      const roles = user.roles.length > 0 ? user.roles.join(', ') : 'none';
      throw new ProtocolError('FORBIDDEN', `role "${data.role}" is not granted to this user (granted: ${roles})`);
    }
    return { user, idToken: data.idToken };
  }

  /**
   * One user may hold this many sessions on the node, whatever carries them; a resumed session is the
   * same one, and a session ended (left, expired, its grace run out) frees its place.
   */
  private ensureRoomForAnotherSession(uid: string): void {
    const cap = this.deps.config.auth.maxSessionsPerUser;
    if (this.deps.sessions.countOf(uid) >= cap) {
      throw new ProtocolError('LIMIT_EXCEEDED', `this user already has ${cap} sessions on this node (CHORUS_MAX_SESSIONS_PER_USER); leave one first`);
    }
  }

  /** The connection now carries the session, on behalf of the verified user. */
  private adopt(connection: SignalingConnection, session: PeerSession, auth: Credential | null): void {
    connection.session = session;
    this.connections.set(session, connection);
    if (!auth) return;
    connection.user = auth.user;
    if (session.uid === null) {
      session.uid = auth.user.uid;
      session.once('close', () => this.monitor?.unwatch(session));
    }
    this.monitor?.watch(session, { uid: auth.user.uid, idToken: auth.idToken, expiresAtMs: auth.user.expiresAtMs });
  }

  private async refreshAuth(connection: SignalingConnection, data: MethodRequest<'refreshAuth'>): Promise<HandlerResult<'refreshAuth'>> {
    const { authenticator } = this.deps;
    if (!authenticator) throw new ProtocolError('UNSUPPORTED', 'this node runs without authentication: there is nothing to refresh');
    const session = connection.session;
    if (!connection.user || !session || session.isClosed)
      throw new ProtocolError('NOT_JOINED', 'join first; refreshAuth renews the token of a joined session');
    const user = await verifyToken(authenticator, connection, data.idToken);
    if (user.uid !== connection.user.uid) {
      throw new ProtocolError('FORBIDDEN', 'that ID token is of another user; a session keeps the user it was opened by');
    }
    // A demotion reaches the node with the first token minted after it: the peer's role goes with it.
    const peer = session.peer;
    if (peer && !peer.isClosed && !grants(user, peer.role)) {
      const message = `role "${peer.role}" is no longer granted to this user; join again as ${user.roles.join(' or ') || 'nothing'}`;
      this.endSession(session, 'role-revoked', message);
      throw new ProtocolError('FORBIDDEN', message);
    }
    connection.user = user;
    this.monitor?.watch(session, { uid: user.uid, idToken: data.idToken, expiresAtMs: user.expiresAtMs });
    return { data: { authExpiresAt: user.expiresAtMs } };
  }

  /** The token expired or was revoked: tell the client why, drop everything it had, close its connection. */
  private endSession(session: PeerSession, reason: SessionEndReason, message: string): void {
    this.deps.logger.info({ uid: session.uid, reason }, 'ending a session');
    this.liveness.forget(session);
    this.emit('sessionended', reason);
    session.deliver(notification('sessionEnded', { reason, message }));
    const connection = this.connections.get(session);
    this.deps.sessions.close(session);
    if (connection?.session === session) {
      connection.session = null;
      connection.user = null;
      connection.end?.(END_REASONS[reason]);
    }
  }

  private joinResponse(session: PeerSession, peer: Peer, room: Room, resumed: boolean, auth: Credential | null): MethodResponse<'join'> {
    return {
      peerId: peer.id,
      sessionToken: session.token,
      resumed,
      uid: auth?.user.uid ?? null,
      authExpiresAt: auth?.user.expiresAtMs ?? null,
      routerRtpCapabilities: room.router.rtpCapabilities,
      iceServers: iceServersFor(this.deps.config.ice, peer.id).iceServers,
    };
  }

  private async createWebRtcTransport(
    connection: SignalingConnection,
    data: MethodRequest<'createWebRtcTransport'>,
  ): Promise<HandlerResult<'createWebRtcTransport'>> {
    const { peer, room } = this.joined(connection);
    assertBelowLimit(peer, 'transports');
    const { webRtcTransport } = this.deps.config;
    const transport = await room.router.createWebRtcTransport(
      webRtcTransportOptions(webRtcTransport, { direction: data.direction, peerId: peer.id }, data.forceTcp),
    );
    if (peer.isClosed) {
      transport.close();
      throw new ProtocolError('NOT_JOINED', 'the peer left while its transport was being created');
    }
    peer.addTransport(transport);
    const session = connection.session;
    if (connection.watchMedia && session) {
      this.liveness.watch(session, transport);
      peer.once('close', () => this.liveness.forget(session));
    }
    await transport.setMaxIncomingBitrate(webRtcTransport.maxIncomingBitrate);
    return {
      data: {
        transportId: transport.id,
        iceParameters: transport.iceParameters,
        iceCandidates: transport.iceCandidates,
        dtlsParameters: transport.dtlsParameters,
        iceServers: iceServersFor(this.deps.config.ice, peer.id).iceServers,
      },
    };
  }

  private async produce(connection: SignalingConnection, data: MethodRequest<'produce'>): Promise<HandlerResult<'produce'>> {
    const { peer, room } = this.joined(connection);
    if (peer.role !== 'speaker') throw new ProtocolError('FORBIDDEN', 'only speakers may produce');
    assertBelowLimit(peer, 'producers');
    const transport = transportFor(peer, data.transportId, 'send');
    const producer = await transport.produce({
      kind: data.kind,
      rtpParameters: data.rtpParameters as ms.RtpParameters,
      appData: { ...data.appData, peerId: peer.id, uid: peer.uid },
    });
    peer.addProducer(producer);
    room.addProducer(producer, peer);
    return { data: { producerId: producer.id } };
  }

  private async consume(connection: SignalingConnection, data: MethodRequest<'consume'>): Promise<HandlerResult<'consume'>> {
    const { peer, room } = this.joined(connection);
    assertBelowLimit(peer, 'consumers');
    const transport = transportFor(peer, data.transportId, 'recv');
    const producer = this.deps.feed.privateProducer(room, peer, data.producerId) ?? room.producer(data.producerId);
    const rtpCapabilities = data.rtpCapabilities as ms.RtpCapabilities;
    if (!room.router.canConsume({ producerId: producer.id, rtpCapabilities })) {
      throw new ProtocolError('UNSUPPORTED', `these RTP capabilities cannot receive producer "${producer.id}"`);
    }
    const consumer = await transport.consume({
      producerId: producer.id,
      rtpCapabilities,
      paused: true,
      appData: { peerId: peer.id, uid: peer.uid },
    });
    peer.addConsumer(consumer);
    this.deps.feed.consumed(room, peer, consumer);
    const closed = (reason: string) => () => peer.notify(notification('consumerClosed', { consumerId: consumer.id, reason }));
    consumer.on('producerclose', closed('producer-closed'));
    return {
      data: {
        consumerId: consumer.id,
        producerId: producer.id,
        kind: consumer.kind,
        rtpParameters: consumer.rtpParameters,
        paused: true,
      },
    };
  }
}

/** Whether the user may join in `role`: one of its roles, or viewer for an admin (who watches like one). */
function grants(user: AuthenticatedUser, role: Role): boolean {
  return user.roles.includes(role) || (role === 'viewer' && user.roles.includes('admin'));
}

function verifyToken(authenticator: Authenticator, connection: SignalingConnection, idToken: string): Promise<AuthenticatedUser> {
  const vouched = connection.vouched;
  return vouched && vouched.idToken === idToken ? Promise.resolve(vouched.user) : authenticator.verify(idToken);
}

function assertBelowLimit(peer: Peer, kind: keyof typeof PEER_LIMITS): void {
  if (peer.counts[kind] >= PEER_LIMITS[kind]) {
    throw new ProtocolError('LIMIT_EXCEEDED', `a peer may hold at most ${PEER_LIMITS[kind]} ${kind}`);
  }
}

function transportFor(peer: Peer, transportId: string, direction: TransportDirection): ms.WebRtcTransport {
  const transport = peer.transport(transportId);
  if (transport.appData.direction !== direction) {
    throw new ProtocolError('INVALID_PARAMS', `transport "${transportId}" is a ${transport.appData.direction} transport, not ${direction}`);
  }
  return transport;
}
