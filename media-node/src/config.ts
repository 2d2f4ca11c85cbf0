import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_HEARTBEAT_MS, parseDefaultRoles } from '@chorus/protocol';
import { DEFAULT_TURN_TTL_SECONDS } from '@chorus/protocol/turn';
import { z } from 'zod';
import { LOG_LEVELS, NUM_WORKERS_LIMITS, PORT_LIMITS, TURN_TTL_SECONDS_LIMITS } from './configLimits.js';

const envBoolean = z.enum(['1', '0', 'true', 'false', 'yes', 'no']).transform((value) => value === '1' || value === 'true' || value === 'yes');

const port = z.coerce.number().int().min(PORT_LIMITS.min).max(PORT_LIMITS.max);

const LOOPBACK_HOSTS = ['127.0.0.1', '::1', 'localhost'];

const defaultWebRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/**
 * Every setting of the media node, read from the environment in one place.
 * The variable names are the deployment contract with infra/ (systemd env file).
 */
const EnvSchema = z
  .object({
    CHORUS_HTTP_HOST: z.string().default('127.0.0.1'),
    CHORUS_HTTP_PORT: port.default(3000),
    CHORUS_WEB_ROOT: z.string().default(defaultWebRoot),
    CHORUS_LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),

    CHORUS_NUM_WORKERS: z.coerce.number().int().min(NUM_WORKERS_LIMITS.min).max(NUM_WORKERS_LIMITS.max).default(os.availableParallelism()),
    CHORUS_WORKER_LOG_LEVEL: z.enum(['debug', 'warn', 'error', 'none']).default('warn'),

    CHORUS_LISTEN_IP: z.ipv4().or(z.ipv6()).default('127.0.0.1'),
    CHORUS_ANNOUNCED_ADDRESS: z.string().min(1).optional(),
    CHORUS_RTC_MIN_PORT: port.default(40000),
    CHORUS_RTC_MAX_PORT: port.default(49999),
    CHORUS_ENABLE_UDP: envBoolean.default(true),
    CHORUS_ENABLE_TCP: envBoolean.default(true),
    CHORUS_INITIAL_OUTGOING_BITRATE: z.coerce.number().int().min(100_000).default(1_000_000),
    CHORUS_MAX_INCOMING_BITRATE: z.coerce.number().int().min(100_000).default(1_500_000),

    CHORUS_TURN_URLS: z.string().default(''),
    CHORUS_TURN_SECRET: z.string().optional(),
    CHORUS_TURN_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(TURN_TTL_SECONDS_LIMITS.min)
      .max(TURN_TTL_SECONDS_LIMITS.max)
      .default(DEFAULT_TURN_TTL_SECONDS),
    CHORUS_STUN_URLS: z.string().default(''),

    CHORUS_HEARTBEAT_INTERVAL_MS: z.coerce.number().int().min(100).default(10_000),
    CHORUS_RECONNECT_GRACE_MS: z.coerce.number().int().min(0).default(15_000),
    /** A Firestore session whose WebRTC transports have all been down this long is ended (its client is gone). */
    CHORUS_MEDIA_LOST_GRACE_MS: z.coerce.number().int().min(100).default(30_000),
    CHORUS_RATE_LIMIT_PER_SECOND: z.coerce.number().min(1).default(50),
    CHORUS_RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(100),

    CHORUS_VIEWER_FEED: z.enum(['utterances', 'live']).default('utterances'),
    CHORUS_UTTERANCE_STORE_BYTES: z.coerce.number().int().min(1_000_000).default(1_000_000_000),
    CHORUS_UTTERANCE_THRESHOLD_DBOV: z.coerce.number().min(-127).max(0).default(-50),
    CHORUS_UTTERANCE_SILENCE_MS: z.coerce.number().int().min(100).max(10_000).default(700),
    CHORUS_UTTERANCE_MAX_MS: z.coerce.number().int().min(1000).max(15_000).default(15_000),
    CHORUS_UTTERANCE_PREROLL_MS: z.coerce.number().int().min(0).max(2000).default(300),
    CHORUS_UTTERANCE_KEYFRAME_INTERVAL_MS: z.coerce.number().int().min(250).max(10_000).default(2000),
    /** Viewers at the live edge fed inside the worker (when it has Chorus's consumer switch), or all from Node. */
    CHORUS_LIVE_EDGE_RELAY: z.enum(['on', 'off']).default('on'),

    CHORUS_FIREBASE_PROJECT: z.string().optional(),
    CHORUS_REGION: z.string().max(64).optional(),
    /** Whether the node uses Firestore (registry, command carrier, utterance journal); on by default when a project is set. */
    CHORUS_FIRESTORE: z.enum(['on', 'off']).optional(),
    /** The node's id in nodes/{nodeId}; by default the host name and HTTP port, stable across restarts. */
    CHORUS_NODE_ID: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,128}$/, 'ids are 1-128 letters, digits, _ or -')
      .optional(),
    /** Where clients reach the node (wss://media1.example.com), without the signaling path; by default ws://<http host>:<port>. */
    CHORUS_PUBLIC_URL: z
      .string()
      .max(512)
      .regex(/^wss?:\/\/[^/\s]+$/, 'a ws:// or wss:// origin, without a path')
      .optional(),
    CHORUS_NODE_HEARTBEAT_MS: z.coerce.number().int().min(100).default(NODE_HEARTBEAT_MS),
    /** The consumers the node advertises it can carry; by default CONSUMERS_PER_WORKER per worker. */
    CHORUS_MAX_CONSUMERS: z.coerce.number().int().min(1).optional(),

    /** 'off' is for media-only tests on loopback: anyone who reaches the node joins in any role. */
    CHORUS_AUTH: z.enum(['firebase', 'off']).default('firebase'),
    /** Roles of a user whose ID token has no `roles` claim (comma list); never admin. */
    CHORUS_DEFAULT_ROLES: z.string().optional(),
    /** A connection that has not joined within this is closed. */
    CHORUS_AUTH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
    /** How often every session's token is checked for revocation. */
    CHORUS_REVOCATION_CHECK_MS: z.coerce.number().int().min(100).default(60_000),
    CHORUS_MAX_CONNECTIONS_PER_IP: z.coerce.number().int().min(1).default(20),
    CHORUS_MAX_SESSIONS_PER_USER: z.coerce.number().int().min(1).default(10),
    /** Proxies (exact addresses) whose X-Forwarded-For names the client, as Caddy on the same VM. */
    CHORUS_TRUSTED_PROXIES: z.string().default(''),
  })
  .refine((env) => env.CHORUS_RTC_MIN_PORT <= env.CHORUS_RTC_MAX_PORT, {
    message: 'CHORUS_RTC_MIN_PORT must not exceed CHORUS_RTC_MAX_PORT',
    path: ['CHORUS_RTC_MIN_PORT'],
  })
  .refine((env) => env.CHORUS_ENABLE_UDP || env.CHORUS_ENABLE_TCP, {
    message: 'at least one of CHORUS_ENABLE_UDP and CHORUS_ENABLE_TCP must be on',
    path: ['CHORUS_ENABLE_UDP'],
  })
  .refine((env) => env.CHORUS_UTTERANCE_MAX_MS > env.CHORUS_UTTERANCE_SILENCE_MS, {
    message: 'CHORUS_UTTERANCE_MAX_MS must exceed CHORUS_UTTERANCE_SILENCE_MS',
    path: ['CHORUS_UTTERANCE_MAX_MS'],
  })
  .refine((env) => env.CHORUS_FIRESTORE !== 'on' || env.CHORUS_FIREBASE_PROJECT, {
    message: 'CHORUS_FIREBASE_PROJECT is required with CHORUS_FIRESTORE=on',
    path: ['CHORUS_FIREBASE_PROJECT'],
  })
  .refine((env) => env.CHORUS_AUTH !== 'firebase' || env.CHORUS_FIREBASE_PROJECT, {
    message: 'CHORUS_FIREBASE_PROJECT is required with CHORUS_AUTH=firebase (the default); CHORUS_AUTH=off only for local media tests',
    path: ['CHORUS_FIREBASE_PROJECT'],
  })
  .refine((env) => !env.CHORUS_TURN_URLS || env.CHORUS_TURN_SECRET, {
    message: 'CHORUS_TURN_SECRET is required when CHORUS_TURN_URLS is set',
    path: ['CHORUS_TURN_SECRET'],
  });

export type MediaNodeConfig = ReturnType<typeof toConfig>;

/** Consumers one worker is advertised to carry: the fan-out benchmark (docs/benchmarks.md) reaches about 300 viewers of two consumers each per core, less headroom. */
export const CONSUMERS_PER_WORKER = 500;

/** The host name as a document id, with the port so that several nodes on one host stay apart. */
function defaultNodeId(port: number): string {
  const host =
    os
      .hostname()
      .replace(/[^A-Za-z0-9_-]/g, '-')
      .slice(0, 100) || 'node';
  return `${host}-${port}`;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function toConfig(env: z.infer<typeof EnvSchema>) {
  return {
    http: { host: env.CHORUS_HTTP_HOST, port: env.CHORUS_HTTP_PORT, webRoot: env.CHORUS_WEB_ROOT },
    logLevel: env.CHORUS_LOG_LEVEL,
    workers: { count: env.CHORUS_NUM_WORKERS, logLevel: env.CHORUS_WORKER_LOG_LEVEL },
    webRtcTransport: {
      listenIp: env.CHORUS_LISTEN_IP,
      announcedAddress: env.CHORUS_ANNOUNCED_ADDRESS,
      portRange: { min: env.CHORUS_RTC_MIN_PORT, max: env.CHORUS_RTC_MAX_PORT },
      enableUdp: env.CHORUS_ENABLE_UDP,
      enableTcp: env.CHORUS_ENABLE_TCP,
      initialAvailableOutgoingBitrate: env.CHORUS_INITIAL_OUTGOING_BITRATE,
      maxIncomingBitrate: env.CHORUS_MAX_INCOMING_BITRATE,
    },
    ice: {
      turnUrls: list(env.CHORUS_TURN_URLS),
      turnSecret: env.CHORUS_TURN_SECRET,
      turnTtlSeconds: env.CHORUS_TURN_TTL_SECONDS,
      stunUrls: list(env.CHORUS_STUN_URLS),
    },
    signaling: {
      heartbeatIntervalMs: env.CHORUS_HEARTBEAT_INTERVAL_MS,
      reconnectGraceMs: env.CHORUS_RECONNECT_GRACE_MS,
      mediaLostGraceMs: env.CHORUS_MEDIA_LOST_GRACE_MS,
      rateLimit: { perSecond: env.CHORUS_RATE_LIMIT_PER_SECOND, burst: env.CHORUS_RATE_LIMIT_BURST },
    },
    viewerFeed: env.CHORUS_VIEWER_FEED,
    utterances: {
      storeBytes: env.CHORUS_UTTERANCE_STORE_BYTES,
      recorder: {
        detector: {
          thresholdDbov: env.CHORUS_UTTERANCE_THRESHOLD_DBOV,
          onsetPackets: 2,
          hangoverMs: env.CHORUS_UTTERANCE_SILENCE_MS,
          maxDurationMs: env.CHORUS_UTTERANCE_MAX_MS,
        },
        preRollMs: env.CHORUS_UTTERANCE_PREROLL_MS,
        keyFrameIntervalMs: env.CHORUS_UTTERANCE_KEYFRAME_INTERVAL_MS,
      },
      relayLiveEdge: env.CHORUS_LIVE_EDGE_RELAY === 'on',
    },
    deployment: { firebaseProject: env.CHORUS_FIREBASE_PROJECT, region: env.CHORUS_REGION },
    firestore: {
      enabled: (env.CHORUS_FIRESTORE ?? (env.CHORUS_FIREBASE_PROJECT ? 'on' : 'off')) === 'on',
      nodeId: env.CHORUS_NODE_ID ?? defaultNodeId(env.CHORUS_HTTP_PORT),
      /** Undefined: ws://<http host>:<port>, known once the server listens. */
      publicUrl: env.CHORUS_PUBLIC_URL,
      region: env.CHORUS_REGION ?? 'local',
      heartbeatMs: env.CHORUS_NODE_HEARTBEAT_MS,
      maxConsumers: env.CHORUS_MAX_CONSUMERS ?? env.CHORUS_NUM_WORKERS * CONSUMERS_PER_WORKER,
    },
    auth: {
      mode: env.CHORUS_AUTH,
      defaultRoles: parseDefaultRoles(env.CHORUS_DEFAULT_ROLES),
      timeoutMs: env.CHORUS_AUTH_TIMEOUT_MS,
      revocationCheckMs: env.CHORUS_REVOCATION_CHECK_MS,
      maxConnectionsPerIp: env.CHORUS_MAX_CONNECTIONS_PER_IP,
      maxSessionsPerUser: env.CHORUS_MAX_SESSIONS_PER_USER,
      trustedProxies: list(env.CHORUS_TRUSTED_PROXIES),
    },
  };
}

function rolesProblem(text: string | undefined): string | undefined {
  try {
    parseDefaultRoles(text);
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
}

/**
 * Variables that make firebase-admin (or the Google Cloud clients under it) talk to an emulator:
 * the Auth emulator accepts unsigned tokens with any claims, the others hold no real data. Empty
 * counts as unset, as it does for firebase-admin.
 */
export const EMULATOR_VARIABLES = [
  'FIREBASE_AUTH_EMULATOR_HOST',
  'FIRESTORE_EMULATOR_HOST',
  'FIREBASE_DATABASE_EMULATOR_HOST',
  'FIREBASE_STORAGE_EMULATOR_HOST',
  'STORAGE_EMULATOR_HOST',
] as const;

/**
 * Why this node may be reached by others, or undefined when it serves loopback outside production:
 * test-only switches (CHORUS_AUTH=off, the emulators) are allowed only then.
 */
function exposure(env: NodeJS.ProcessEnv): string | undefined {
  if (env.NODE_ENV === 'production') return 'NODE_ENV=production';
  const host = env.CHORUS_HTTP_HOST || '127.0.0.1';
  if (!LOOPBACK_HOSTS.includes(host)) return `a non-loopback CHORUS_HTTP_HOST (${host}; loopback is ${LOOPBACK_HOSTS.join(', ')})`;
  return undefined;
}

/** Reads the configuration; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): MediaNodeConfig {
  const relevant = Object.fromEntries(Object.entries(env).filter(([key, value]) => key.startsWith('CHORUS_') && value !== ''));
  const parsed = EnvSchema.safeParse(relevant);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'env'}: ${issue.message}`);
  const exposed = exposure(env);
  if (exposed) {
    if (relevant.CHORUS_AUTH === 'off') problems.push(`CHORUS_AUTH: off is refused with ${exposed}; only for local media tests`);
    for (const name of EMULATOR_VARIABLES) {
      if (env[name]) problems.push(`${name}: refused with ${exposed}; the emulators are for tests only`);
    }
  }
  const roles = rolesProblem(relevant.CHORUS_DEFAULT_ROLES);
  if (roles) problems.push(`CHORUS_DEFAULT_ROLES: ${roles}`);
  if (!parsed.success || problems.length > 0) {
    throw new ConfigError(`invalid media node configuration:\n  ${problems.join('\n  ')}`);
  }
  return toConfig(parsed.data);
}
