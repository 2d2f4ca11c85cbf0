import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { Registry } from 'prom-client';
import type { Logger } from '../logger.js';
import { serveStatic } from './staticFiles.js';
import { serveUserApi, type UserApiDeps } from './userApi.js';

export interface HttpEndpoints {
  metrics: Registry;
  /** Healthy while the node can place a room. */
  health: () => { healthy: boolean; detail: Record<string, unknown> };
  webRoot: string;
  /** /api/*: what a signed-in user may ask (Authorization: Bearer <idToken>). */
  api: UserApiDeps;
}

/** /healthz and /metrics (for probes, unauthenticated), the user API and the web client; the signaling carrier attaches its upgrade handler to the same server. */
export function createHttpServer(endpoints: HttpEndpoints, logger: Logger): Server {
  const webRoot = path.resolve(endpoints.webRoot);
  return createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const respond = async () => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      if (pathname === '/healthz') {
        const { healthy, detail } = endpoints.health();
        response
          .writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' })
          .end(JSON.stringify({ status: healthy ? 'ok' : 'unavailable', ...detail }));
        return;
      }
      if (pathname === '/metrics') {
        const body = await endpoints.metrics.metrics();
        response.writeHead(200, { 'content-type': endpoints.metrics.contentType }).end(body);
        return;
      }
      if (await serveUserApi(endpoints.api, pathname, request, response)) return;
      if (await serveStatic(webRoot, request, response)) return;
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    };
    respond().catch((error: unknown) => {
      logger.error({ err: error, pathname }, 'http request failed');
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    });
  });
}
