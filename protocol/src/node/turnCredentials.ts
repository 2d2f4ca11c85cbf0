// Node-only (node:crypto): the media node and the Cloud Functions both hand out TURN credentials.
// The browser bundle never imports this module (the package root does not export it).
import { createHmac } from 'node:crypto';
import type { IceServer } from '../mediaTypes.js';

/**
 * CHORUS_TURN_TTL_SECONDS, for the media node and the functions alike (infra checks its stacks
 * against it too): how long the TURN credentials handed to a browser stay valid.
 */
export const TURN_TTL_SECONDS_LIMITS = { min: 60, max: 7 * 86400 } as const;
export const DEFAULT_TURN_TTL_SECONDS = 3600;

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
export function createTurnCredential(secret: string, userId: string, ttlSeconds: number, nowMs: number = Date.now()): TurnCredential {
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

export interface IceServerGrant {
  iceServers: IceServer[];
  /** When the TURN credential expires, ms since the epoch; without TURN nothing expires, but a client still learns when to ask again. */
  expiresAtMs: number;
}

/** The ICE servers handed to one client: STUN as configured, TURN with a fresh credential for that client. */
export function iceServersFor(settings: IceServerSettings, userId: string, nowMs: number = Date.now()): IceServerGrant {
  const iceServers: IceServer[] = [];
  if (settings.stunUrls.length) iceServers.push({ urls: settings.stunUrls });
  if (!settings.turnUrls.length || !settings.turnSecret) return { iceServers, expiresAtMs: nowMs + settings.turnTtlSeconds * 1000 };
  const { username, credential, expiresAt } = createTurnCredential(settings.turnSecret, userId, settings.turnTtlSeconds, nowMs);
  iceServers.push({ urls: settings.turnUrls, username, credential });
  return { iceServers, expiresAtMs: expiresAt * 1000 };
}
