import { ProtocolError, type ErrorCode } from '@chorus/protocol';
import type { Logger } from '../logger.js';
import { mediasoupRefusal } from './mediasoupErrors.js';

/** What is known of the failed request, for the log line. */
export interface FailureContext {
  method?: string | undefined;
  [field: string]: unknown;
}

/** Codes that refuse a request for who sent it rather than for what it asks. */
export type RefusalCode = Extract<ErrorCode, 'UNAUTHENTICATED' | 'FORBIDDEN'>;

export function isRefusal(code: ErrorCode): code is RefusalCode {
  return code === 'UNAUTHENTICATED' || code === 'FORBIDDEN';
}

/**
 * The protocol error a client is told of, whatever failed: a ProtocolError as it is, mediasoup's
 * refusal of what the client asked as the client's error, and anything else as a fault of the node,
 * logged with its stack and answered INTERNAL without its message, which may name internals.
 */
export function toProtocolError(error: unknown, log: Logger, context: FailureContext = {}): ProtocolError {
  if (error instanceof ProtocolError) return error;
  const refusal = mediasoupRefusal(error, context.method ?? 'request');
  if (refusal) {
    if (refusal.code === 'MEDIA_ERROR') log.warn({ err: error, ...context }, 'media engine refused a request');
    return refusal;
  }
  log.error({ err: error, ...context }, 'a request failed on a fault of the node');
  return new ProtocolError('INTERNAL', `${context.method ?? 'the request'} failed on an internal error; it was logged`);
}

/**
 * What a carrier answers for a request that failed, the same over every carrier: toProtocolError's
 * error, with a log line for a refusal of who sent it (a malformed one is the client's to read).
 */
export function answerFailure(error: unknown, log: Logger, context: FailureContext = {}): ProtocolError {
  const answer = toProtocolError(error, log, context);
  if (isRefusal(answer.code)) log.info({ ...context, code: answer.code, reason: answer.message }, 'refused a request');
  return answer;
}
