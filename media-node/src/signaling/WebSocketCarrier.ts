import type { IncomingMessage, Server } from 'node:http';
import {
  errorResponse,
  MAX_MESSAGE_BYTES,
  okResponse,
  parseClientRequest,
  RequestParseError,
  type MethodName,
  type NotificationEnvelope,
  type RequestId,
  type ResponseEnvelope,
} from '@chorus/protocol';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import type { Logger } from '../logger.js';
import type { ProtocolHandler, SignalingConnection } from './ProtocolHandler.js';
import { RateLimiter, type RateLimitSettings } from './RateLimiter.js';
import { answerFailure } from './requestFailures.js';
import type { SessionRegistry } from './SessionRegistry.js';

export interface WebSocketCarrierSettings {
  path: string;
  heartbeatIntervalMs: number;
  rateLimit: RateLimitSettings;
  /** A connection that has not joined within this is closed. */
  authTimeoutMs: number;
  maxConnectionsPerIp: number;
  /** Proxies whose X-Forwarded-For names the client (Caddy in front of the node). */
  trustedProxies: readonly string[];
}

/**
 * Frames beyond this are cut off by ws itself with close code 1009. Between
 * MAX_MESSAGE_BYTES and this, the client gets a MESSAGE_TOO_LARGE error instead.
 */
const HARD_FRAME_LIMIT_BYTES = 4 * MAX_MESSAGE_BYTES;
/** A client this far over its rate is flooding, not bursting: drop the connection. */
const REJECTIONS_BEFORE_DISCONNECT = 200;
/** WebSocket close codes (RFC 6455). */
const CLOSE_POLICY_VIOLATION = 1008;
const CLOSE_GOING_AWAY = 1001;
/** Application close codes (4000-4999): the client must (re)authenticate. */
export const CLOSE_AUTH_TIMEOUT = 4401;
export const CLOSE_SESSION_ENDED = 4403;

/** Carries the signaling protocol over WebSocket: framing, heartbeats, rate limits, reconnects. */
export class WebSocketCarrier {
  private readonly wss: WebSocketServer;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly alive = new WeakMap<WebSocket, boolean>();
  private readonly connectionsPerIp = new Map<string, number>();

  constructor(
    server: Server,
    private readonly handler: ProtocolHandler,
    private readonly sessions: SessionRegistry,
    private readonly settings: WebSocketCarrierSettings,
    private readonly logger: Logger,
  ) {
    this.wss = new WebSocketServer({
      server,
      path: settings.path,
      maxPayload: HARD_FRAME_LIMIT_BYTES,
      // Refused before the upgrade, so a client sees why rather than a socket that opens and dies.
      verifyClient: (info, accept) => {
        if (this.atConnectionCap(this.clientAddress(info.req))) {
          accept(false, 429, 'too many connections from this address');
        } else accept(true);
      },
    });
    this.wss.on('connection', (socket, request) => this.onConnection(socket, request));
    this.heartbeat = setInterval(() => this.sweep(), settings.heartbeatIntervalMs);
    this.heartbeat.unref();
  }

  get connectionCount(): number {
    return this.wss.clients.size;
  }

  /** Closes every connection as "going away" (after what was queued for it), then the server. */
  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    const closed = [...this.wss.clients].map(
      (socket) =>
        new Promise<void>((resolve) => {
          socket.once('close', () => resolve());
          socket.close(CLOSE_GOING_AWAY, 'media node shutting down');
          // A peer that never answers the close handshake must not hold the shutdown up.
          setTimeout(() => {
            socket.terminate();
            resolve();
          }, 1_000).unref();
        }),
    );
    await Promise.all(closed);
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  /** A socket that has not answered the previous ping is dead: terminate it, which starts its session's grace period. */
  private sweep(): void {
    for (const socket of this.wss.clients) {
      if (this.alive.get(socket) === false) {
        socket.terminate();
        continue;
      }
      this.alive.set(socket, false);
      socket.ping();
    }
  }

  /** The client's address: the socket's peer, or what a trusted proxy in front says it saw. */
  private clientAddress(request: IncomingMessage): string {
    const peer = request.socket.remoteAddress ?? 'unknown';
    const forwarded = request.headers['x-forwarded-for'];
    if (!this.settings.trustedProxies.includes(peer) || typeof forwarded !== 'string') return peer;
    // The proxy appends the address it saw; anything before that the client may have written itself.
    return forwarded.split(',').at(-1)?.trim() || peer;
  }

  private atConnectionCap(address: string): boolean {
    return (this.connectionsPerIp.get(address) ?? 0) >= this.settings.maxConnectionsPerIp;
  }

  private onConnection(socket: WebSocket, request: IncomingMessage): void {
    const address = this.clientAddress(request);
    const log = this.logger.child({ remote: `${address}:${request.socket.remotePort}` });
    // Upgrades verified together may overshoot the cap: the latecomers are closed here.
    if (this.atConnectionCap(address)) {
      socket.close(CLOSE_POLICY_VIOLATION, 'too many connections from this address');
      return;
    }
    this.connectionsPerIp.set(address, (this.connectionsPerIp.get(address) ?? 0) + 1);
    this.alive.set(socket, true);
    socket.on('pong', () => this.alive.set(socket, true));

    const send = (message: ResponseEnvelope | NotificationEnvelope) => {
      if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
    };
    const connection: SignalingConnection = {
      session: null,
      user: null,
      transmit: send,
      // After the response to the request that ended it, if one did (a refresh that lost the role).
      end: (reason) => setImmediate(() => socket.close(CLOSE_SESSION_ENDED, reason)),
    };
    // Joining is what authenticates (or, without authentication, what makes a connection useful): a
    // connection without a session, new or after `leave`, has until the deadline to join.
    let authTimer: NodeJS.Timeout | undefined;
    const armAuthDeadline = () => {
      authTimer = setTimeout(() => {
        log.info('closing a connection that did not join in time');
        socket.close(CLOSE_AUTH_TIMEOUT, `not authenticated within ${this.settings.authTimeoutMs} ms: join with an idToken`);
      }, this.settings.authTimeoutMs);
      authTimer.unref();
    };
    armAuthDeadline();
    const limiter = RateLimiter.forClient(this.settings.rateLimit);
    let rejections = 0;
    // Requests of one connection run in order, as a client expects of a single channel.
    let queue = Promise.resolve();

    socket.on('message', (raw: RawData, isBinary: boolean) => {
      this.alive.set(socket, true);
      const overRate = limiter.admit();
      if (overRate) {
        rejections += 1;
        send(errorResponse(null, overRate));
        if (rejections >= REJECTIONS_BEFORE_DISCONNECT) {
          log.warn('closing a flooding connection');
          socket.close(CLOSE_POLICY_VIOLATION, 'message flood');
        }
        return;
      }
      rejections = 0;
      queue = queue
        .then(() => this.dispatch(connection, raw, isBinary, send, log))
        .then(() => {
          if (socket.readyState === WebSocket.CLOSED && connection.session) {
            // A join that finished after the socket closed (the deadline struck mid-verification):
            // its session starts its grace period now, as it would have on close.
            this.sessions.detach(connection.session);
            connection.session = null;
          }
          if (connection.session) {
            clearTimeout(authTimer);
            authTimer = undefined;
          } else if (!authTimer) armAuthDeadline();
        });
    });

    socket.on('close', () => {
      clearTimeout(authTimer);
      const remaining = (this.connectionsPerIp.get(address) ?? 1) - 1;
      if (remaining > 0) this.connectionsPerIp.set(address, remaining);
      else this.connectionsPerIp.delete(address);
      if (connection.session) this.sessions.detach(connection.session);
      connection.session = null;
    });
    socket.on('error', (error) => log.warn({ err: error }, 'websocket error'));
  }

  private async dispatch(
    connection: SignalingConnection,
    raw: RawData,
    isBinary: boolean,
    send: (message: ResponseEnvelope) => void,
    log: Logger,
  ): Promise<void> {
    let requestId: RequestId | null = null;
    let method: MethodName | undefined;
    try {
      if (isBinary) throw new RequestParseError('INVALID_MESSAGE', 'binary frames are not part of the protocol', null);
      const request = parseClientRequest(rawToString(raw));
      requestId = request.id;
      method = request.method;
      const result = await this.handler.handle(connection, request);
      send(okResponse(request.id, result.data));
      result.after?.();
    } catch (error) {
      const failure = answerFailure(error, log, { method, uid: connection.user?.uid });
      send(errorResponse(error instanceof RequestParseError ? error.requestId : requestId, failure));
    }
  }
}

function rawToString(raw: RawData): string {
  if (Array.isArray(raw)) return Buffer.concat(raw).toString('utf8');
  return Buffer.from(raw as ArrayBuffer).toString('utf8');
}
