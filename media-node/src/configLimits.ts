// Limits of the media node's settings, shared with infra/ (which is CommonJS and loads this file
// through require()): a Pulumi stack that config.ts would refuse fails at `pulumi preview`, not as
// a node that crash-loops under autohealing. Plain constants only, so both module systems and
// both tool chains (tsx here, jest and tsx in infra/) can load it without pulling in mediasoup.

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** CHORUS_NUM_WORKERS. */
export const NUM_WORKERS_LIMITS = { min: 1, max: 256 } as const;

/** CHORUS_TURN_TTL_SECONDS: the protocol's, which the functions share. */
export { TURN_TTL_SECONDS_LIMITS } from '@chorus/protocol/turn';

/** CHORUS_HTTP_PORT, CHORUS_RTC_MIN_PORT and CHORUS_RTC_MAX_PORT. */
export const PORT_LIMITS = { min: 1, max: 65535 } as const;
