// Node-only (node:crypto): the media node and the Cloud Functions both hand out TURN credentials.
// The browser bundle never imports this module (the package root does not export it).
import { createHmac } from 'node:crypto';
import type { IceServer } from '../mediaTypes.js';

export interface TurnCredential {
  username: string;
  credential: string;
  expiresAt: number;
}

/**
 * Time-limited TURN credentials per the TURN REST API draft (coturn's use-auth-secret):
 * the username carries its own expiry and the password is an HMAC of it, so coturn can
 * check them with the shared secret alone and nothing has to be stored.
 */
export function createTurnCredential(
  secret: string,
  userId: string,
  ttlSeconds: number,
  nowMs: number = Date.now(),
): TurnCredential {
  const expiresAt = Math.floor(nowMs / 1000) + ttlSeconds;
  const username = `${expiresAt}:${userId.replace(/:/g, '_')}`;
  const credential = createHmac('sha1', secret).update(username).digest('base64');
  return { username, credential, expiresAt };
}

export interface IceServerSettings {
  turnUrls: string[];
  turnSecret?: string | undefined;
  turnTtlSeconds: number;
  stunUrls: string[];
}

/** The ICE servers handed to one client: STUN as configured, TURN with fresh credentials for that client. */
export function iceServersFor(settings: IceServerSettings, userId: string, nowMs?: number): IceServer[] {
  const servers: IceServer[] = [];
  if (settings.stunUrls.length) servers.push({ urls: settings.stunUrls });
  if (settings.turnUrls.length && settings.turnSecret) {
    const { username, credential } = createTurnCredential(settings.turnSecret, userId, settings.turnTtlSeconds, nowMs);
    servers.push({ urls: settings.turnUrls, username, credential });
  }
  return servers;
}
