import type { IncomingMessage, ServerResponse } from 'node:http';
import { ProtocolError, type ErrorCode } from '@chorus/protocol';
import type { AuthenticatedUser, Authenticator } from '../auth/Authenticator.js';
import type { UtteranceStore } from '../utterances/UtteranceStore.js';

export interface UserApiDeps {
  /** Null when the node runs without authentication: then the API is not served. */
  authenticator: Authenticator | null;
  utterances: UtteranceStore;
}

const ROOM_UTTERANCES = /^\/api\/rooms\/([A-Za-z0-9_-]{1,64})\/utterances$/;

/**
 * The HTTP endpoints that act for a signed-in user, who proves it with `Authorization: Bearer <idToken>`.
 * Answers true when the path was one of them.
 */
export async function serveUserApi(deps: UserApiDeps, pathname: string, request: IncomingMessage, response: ServerResponse): Promise<boolean> {
  if (!pathname.startsWith('/api/')) return false;
  try {
    if (!deps.authenticator) throw new ProtocolError('UNSUPPORTED', 'this node runs without authentication, so it serves no user API');
    if (pathname === '/api/me') {
      const user = await authenticate(deps.authenticator, request);
      sendJson(response, 200, { uid: user.uid, roles: user.roles, expiresAt: user.expiresAtMs });
      return true;
    }
    const roomUtterances = ROOM_UTTERANCES.exec(pathname);
    if (roomUtterances) {
      const user = await authenticate(deps.authenticator, request);
      if (!user.roles.includes('admin')) throw new ProtocolError('FORBIDDEN', 'listing utterances is for admins');
      const roomId = roomUtterances[1]!;
      const utterances = deps.utterances
        .list((u) => u.origin.roomId === roomId)
        .map((u) => {
          const { id, speakerId, speakerUid, startedAt, state, durationMs, bytes } = u.summary();
          return { utteranceId: id, speakerId, speakerUid: speakerUid ?? null, startedAt, state, durationMs, bytes };
        });
      sendJson(response, 200, { roomId, utterances });
      return true;
    }
    throw new ProtocolError('NOT_FOUND', `no API endpoint ${pathname}`);
  } catch (error) {
    if (!(error instanceof ProtocolError)) throw error;
    sendJson(response, HTTP_STATUS[error.code] ?? 500, { error: { code: error.code, message: error.message } }, error.code === 'UNAUTHENTICATED');
    return true;
  }
}

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNSUPPORTED: 404,
  UNAVAILABLE: 503,
};

async function authenticate(authenticator: Authenticator, request: IncomingMessage): Promise<AuthenticatedUser> {
  const header = request.headers.authorization;
  const match = header && /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new ProtocolError('UNAUTHENTICATED', 'send the Firebase ID token as "Authorization: Bearer <idToken>"');
  return authenticator.verify(match[1]!);
}

function sendJson(response: ServerResponse, status: number, body: unknown, challenge = false): void {
  response
    .writeHead(status, {
      'content-type': 'application/json',
      'cache-control': 'no-store',
      ...(challenge ? { 'www-authenticate': 'Bearer' } : {}),
    })
    .end(JSON.stringify(body));
}
