import type { ErrorCode } from '@chorus/protocol';

/** Failures on the client's side of a request, next to the server's own error codes. */
export type ClientErrorCode =
  /** The socket was not open, or closed before the response came. */
  | 'DISCONNECTED'
  /** No response within the request timeout. */
  | 'TIMEOUT'
  /** The server answered with data that does not match the protocol schema. */
  | 'BAD_RESPONSE';

/** Why a signaling request failed: an error the server answered with, or a client-side failure. */
export class SignalingError extends Error {
  constructor(
    readonly code: ErrorCode | ClientErrorCode,
    message: string,
    readonly method?: string,
  ) {
    super(method ? `${method}: ${message}` : message);
    this.name = 'SignalingError';
  }

  /** True for failures caused by the connection or the node's momentary state rather than by what was asked. */
  get transient(): boolean {
    return this.code === 'DISCONNECTED' || this.code === 'TIMEOUT' || this.code === 'UNAVAILABLE';
  }
}

export function isSignalingError(error: unknown, code?: SignalingError['code']): error is SignalingError {
  return error instanceof SignalingError && (code === undefined || error.code === code);
}
