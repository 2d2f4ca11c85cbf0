import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../../src/config.js';

describe('loadConfig: authentication', () => {
  it('verifies Firebase ID tokens by default, with a 5 s join deadline, 20 connections per address and checks every minute', () => {
    const config = loadConfig({ CHORUS_FIREBASE_PROJECT: 'demo-chorus' });
    expect(config.auth).toStrictEqual({
      mode: 'firebase',
      defaultRoles: ['speaker', 'viewer'],
      timeoutMs: 5_000,
      revocationCheckMs: 60_000,
      maxSessionsPerUser: 10,
      maxConnectionsPerIp: 20,
      trustedProxies: [],
    });
    expect(config.deployment.firebaseProject).toBe('demo-chorus');
  });

  it('refuses Firebase authentication without the project, naming the variable', () => {
    expect(() => loadConfig({})).toThrow(/CHORUS_FIREBASE_PROJECT is required/);
  });

  it('turns authentication off only when asked, and only on loopback outside production', () => {
    expect(loadConfig({ CHORUS_AUTH: 'off' }).auth.mode).toBe('off');
    expect(() => loadConfig({ CHORUS_AUTH: 'off', CHORUS_HTTP_HOST: '0.0.0.0' })).toThrow(
      /CHORUS_AUTH: off is refused with a non-loopback CHORUS_HTTP_HOST/,
    );
    expect(() => loadConfig({ CHORUS_AUTH: 'off', NODE_ENV: 'production' })).toThrow(/refused with NODE_ENV=production/);
    expect(() => loadConfig({ CHORUS_AUTH: 'none' })).toThrow(/CHORUS_AUTH/);
  });

  it('reads default roles, and refuses unknown ones and admin for everyone', () => {
    const base = { CHORUS_FIREBASE_PROJECT: 'demo-chorus' };
    expect(loadConfig({ ...base, CHORUS_DEFAULT_ROLES: 'viewer' }).auth.defaultRoles).toStrictEqual(['viewer']);
    expect(() => loadConfig({ ...base, CHORUS_DEFAULT_ROLES: 'viewer,host' })).toThrow(/CHORUS_DEFAULT_ROLES: unknown role "host"/);
    expect(() => loadConfig({ ...base, CHORUS_DEFAULT_ROLES: 'viewer,admin' })).toThrow(/admin cannot be a default role/);
  });

  it('reads the trusted proxies and limits', () => {
    const config = loadConfig({
      CHORUS_FIREBASE_PROJECT: 'demo-chorus',
      CHORUS_TRUSTED_PROXIES: '127.0.0.1, ::1',
      CHORUS_AUTH_TIMEOUT_MS: '2000',
      CHORUS_MAX_CONNECTIONS_PER_IP: '5',
      CHORUS_REVOCATION_CHECK_MS: '30000',
      CHORUS_MAX_SESSIONS_PER_USER: '3',
    });
    expect(config.auth).toMatchObject({
      trustedProxies: ['127.0.0.1', '::1'],
      timeoutMs: 2000,
      maxConnectionsPerIp: 5,
      revocationCheckMs: 30_000,
      maxSessionsPerUser: 3,
    });
  });
});
