// All the functions' configuration, in one place. Values come from firebase-functions params: on
// deploy from functions/.env.<project> (or prompts) and Secret Manager for the TURN secret; in the
// emulator from functions/.env.demo-chorus and functions/.secret.local. docs/firestore.md lists them.
// The names match the media node's (CHORUS_TURN_*, CHORUS_STUN_URLS, CHORUS_DEFAULT_ROLES), since
// both hand out TURN credentials for the same coturn and read roles the same way.
import { defineInt, defineSecret, defineString } from 'firebase-functions/params';
import { DEFAULT_ROLES, parseDefaultRoles, type Role } from '@chorus/protocol';
import { DEFAULT_TURN_TTL_SECONDS, TURN_TTL_SECONDS_LIMITS, type IceServerSettings } from '@chorus/protocol/turn';

/** coturn's `static-auth-secret`, shared with the media nodes. */
export const turnSecret = defineSecret('CHORUS_TURN_SECRET');

const turnUrls = defineString('CHORUS_TURN_URLS', {
  default: '',
  description: 'Comma-separated TURN URLs for nodes that do not register their own (NodeRecord.turnUrls)',
});
const stunUrls = defineString('CHORUS_STUN_URLS', { default: '', description: 'Comma-separated STUN URLs' });
const turnTtlSeconds = defineInt('CHORUS_TURN_TTL_SECONDS', {
  default: DEFAULT_TURN_TTL_SECONDS,
  description: 'How long TURN credentials stay valid (60 s to 7 days), as on the media node',
});
const defaultRoles = defineString('CHORUS_DEFAULT_ROLES', {
  default: DEFAULT_ROLES.join(','),
  description: 'Roles of users without a roles claim; firestore.rules defaultRoles() must agree',
});
const sessionMaxAgeHours = defineInt('CHORUS_SESSION_MAX_AGE_HOURS', {
  default: 24,
  description: 'The cleanup deletes sessions (and their commands and notifications) older than this',
});
const messageMaxAgeMinutes = defineInt('CHORUS_MESSAGE_MAX_AGE_MINUTES', {
  default: 15,
  description: 'The cleanup deletes commands and notifications older than this',
});

function list(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function inRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be an integer from ${min} to ${max}, not ${value}`);
  return value;
}

/** What joinRoom needs. Read per call: params have no value before the function runs. */
export function joinConfig(): { ice: IceServerSettings; defaultRoles: Role[] } {
  const ice: IceServerSettings = {
    turnUrls: list(turnUrls.value()),
    turnSecret: turnSecret.value() || undefined,
    turnTtlSeconds: inRange('CHORUS_TURN_TTL_SECONDS', turnTtlSeconds.value(), TURN_TTL_SECONDS_LIMITS.min, TURN_TTL_SECONDS_LIMITS.max),
    stunUrls: list(stunUrls.value()),
  };
  return { ice, defaultRoles: rolesConfig() };
}

export function rolesConfig(): Role[] {
  try {
    return parseDefaultRoles(defaultRoles.value());
  } catch (error) {
    throw new Error(`CHORUS_DEFAULT_ROLES: ${(error as Error).message}`);
  }
}

export interface CleanupLimits {
  sessionMaxAgeMs: number;
  messageMaxAgeMs: number;
}

export function cleanupConfig(): CleanupLimits {
  return {
    sessionMaxAgeMs: inRange('CHORUS_SESSION_MAX_AGE_HOURS', sessionMaxAgeHours.value(), 1, 24 * 30) * 3_600_000,
    messageMaxAgeMs: inRange('CHORUS_MESSAGE_MAX_AGE_MINUTES', messageMaxAgeMinutes.value(), 1, 24 * 60) * 60_000,
  };
}
