import { Counter, Gauge, type Registry } from 'prom-client';
import type { ProtocolHandler } from '../signaling/ProtocolHandler.js';

/** What authentication refuses and ends, for every carrier: a burst of refusals is an attack or a broken client. */
export function registerAuthMetrics(registry: Registry, handler: ProtocolHandler): void {
  const refusals = new Counter({
    name: 'chorus_auth_refusals_total',
    help: 'Requests refused for who sent them: UNAUTHENTICATED (no valid ID token) or FORBIDDEN (a role the user lacks), by method',
    labelNames: ['code', 'method'],
    registers: [registry],
  });
  handler.on('refused', (code, method) => refusals.inc({ code, method }));
  const ended = new Counter({
    name: 'chorus_auth_sessions_ended_total',
    help: 'Sessions the node ended: ID token expired unrefreshed or revoked, role revoked, or (Firestore) media lost',
    labelNames: ['reason'],
    registers: [registry],
  });
  handler.on('sessionended', (reason) => ended.inc({ reason }));
  const checkFailures = new Counter({
    name: 'chorus_auth_check_failures_total',
    help: "Revocation checks of live sessions that could not run (Google's keys or the Auth API out of reach); the sessions were kept and the check retried",
    registers: [registry],
  });
  handler.on('authcheckfailed', () => checkFailures.inc());
  new Gauge({
    name: 'chorus_authenticated_sessions',
    help: 'Sessions whose ID token the node watches for expiry and revocation',
    registers: [registry],
    collect() {
      this.set(handler.authenticatedSessions);
    },
  });
}
