import {
  parseServerMessage,
  type ErrorBody,
  type MethodName,
  type MethodRequest,
  type MethodResponse,
  type NotificationEnvelope,
  type ResponseEnvelope,
} from '@chorus/protocol';
import { WebSocket } from 'ws';

export class RequestFailed extends Error {
  constructor(
    readonly method: string,
    readonly body: ErrorBody,
  ) {
    super(`${method} failed: ${body.code}: ${body.message}`);
  }
  get code() {
    return this.body.code;
  }
}

/**
 * Asserts that a request fails with the given protocol error code (and message, if given).
 * For jest tests only; jest's `expect` is imported when called, so that the benchmark (not jest)
 * can still import this module.
 */
export async function expectProtocolError(promise: Promise<unknown>, code: string, message?: RegExp): Promise<void> {
  const { expect } = await import('@jest/globals');
  const outcome = await promise.then(
    (value) => ({ resolved: value }),
    (error: unknown) => ({ rejected: error }),
  );
  // A request that succeeded, or failed other than with a protocol error response, shows up here.
  expect(outcome).toStrictEqual({ rejected: expect.any(RequestFailed) });
  const error = (outcome as { rejected: RequestFailed }).rejected;
  // The received string carries the server's message, to explain an unexpected code.
  expect(`${error.code}: ${error.body.message}`).toMatch(new RegExp(`^${code}: `));
  if (message) expect(error.body.message).toMatch(message);
}

/** A bare protocol client for tests: typed requests, raw frames, and every message kept for inspection. */
export class SignalingTestClient {
  readonly notifications: NotificationEnvelope[] = [];
  readonly responses: ResponseEnvelope[] = [];
  private nextId = 1;
  private readonly pending = new Map<string | number, (response: ResponseEnvelope) => void>();
  private readonly waiters: Array<() => void> = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (raw) => {
      // ws hands a text frame over as one Buffer (its default binaryType, 'nodebuffer').
      const message = parseServerMessage((raw as Buffer).toString('utf8'));
      if (message.type === 'notification') this.notifications.push(message);
      else {
        this.responses.push(message);
        if (message.id !== null) this.pending.get(message.id)?.(message);
      }
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  /** `autoPong: false` makes a client that ignores heartbeats, as one whose network vanished would. */
  static connect(url: string, options: { autoPong?: boolean } = {}): Promise<SignalingTestClient> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, { autoPong: options.autoPong ?? true });
      socket.once('open', () => resolve(new SignalingTestClient(socket)));
      socket.once('error', reject);
    });
  }

  async request<M extends MethodName>(method: M, data?: MethodRequest<M>): Promise<MethodResponse<M>> {
    const response = await this.requestRaw({ type: 'request', id: this.nextId++, method, data });
    if (!response.ok) throw new RequestFailed(method, response.error);
    return response.data as MethodResponse<M>;
  }

  /** Sends any object as a request and returns the response with its id. */
  requestRaw(message: { id: string | number } & Record<string, unknown>): Promise<ResponseEnvelope> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no response to ${JSON.stringify(message).slice(0, 80)}`)), 10_000);
      this.pending.set(message.id, (response) => {
        clearTimeout(timer);
        this.pending.delete(message.id);
        resolve(response);
      });
      this.socket.send(JSON.stringify(message));
    });
  }

  /** Sends raw bytes and waits for the next response, whatever its id. */
  async sendRawExpectingResponse(payload: string | Buffer, options?: { binary?: boolean }): Promise<ResponseEnvelope> {
    const before = this.responses.length;
    this.socket.send(payload, { binary: options?.binary ?? false });
    await this.until(() => this.responses.length > before, 'a response');
    return this.responses[before]!;
  }

  async until(predicate: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  async notification(method: string, match: (data: Record<string, unknown>) => boolean = () => true): Promise<NotificationEnvelope> {
    let found: NotificationEnvelope | undefined;
    await this.until(
      () => (found = this.notifications.find((n) => n.method === method && match(n.data as Record<string, unknown>))) !== undefined,
      `notification ${method}`,
    );
    return found!;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.socket.readyState === WebSocket.CLOSED) return resolve();
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }
}
