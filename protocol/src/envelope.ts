import * as z from 'zod/mini';

/** Largest message, in bytes, that either side accepts. SDP-derived RTP parameters stay well below it. */
export const MAX_MESSAGE_BYTES = 64 * 1024;

export const RequestIdSchema = z.union([z.int().check(z.nonnegative()), z.string().check(z.minLength(1), z.maxLength(64))]);
export type RequestId = z.infer<typeof RequestIdSchema>;

export const RequestEnvelopeSchema = z.object({
  type: z.literal('request'),
  id: RequestIdSchema,
  method: z.string().check(z.minLength(1), z.maxLength(64)),
  data: z.optional(z.unknown()),
});
export type RequestEnvelope = z.infer<typeof RequestEnvelopeSchema>;

export const ErrorCode = z.enum([
  'BAD_JSON',
  'INVALID_MESSAGE',
  'UNKNOWN_METHOD',
  'INVALID_PARAMS',
  'MESSAGE_TOO_LARGE',
  'RATE_LIMITED',
  /** No valid Firebase ID token: missing, forged, expired, revoked or for another project. */
  'UNAUTHENTICATED',
  'NOT_JOINED',
  'ALREADY_JOINED',
  'SESSION_NOT_FOUND',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNSUPPORTED',
  'LIMIT_EXCEEDED',
  /** The node cannot serve this right now (no media worker running, shutting down); retry later or elsewhere. */
  'UNAVAILABLE',
  /** The media engine refused the operation (for example parameters it cannot use); the message says why. */
  'MEDIA_ERROR',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorBodySchema = z.object({
  code: ErrorCode,
  message: z.string(),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

export const ResponseEnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ type: z.literal('response'), id: z.nullable(RequestIdSchema), ok: z.literal(true), data: z.unknown() }),
  z.object({ type: z.literal('response'), id: z.nullable(RequestIdSchema), ok: z.literal(false), error: ErrorBodySchema }),
]);
export type ResponseEnvelope = z.infer<typeof ResponseEnvelopeSchema>;

export const NotificationEnvelopeSchema = z.object({
  type: z.literal('notification'),
  method: z.string(),
  data: z.unknown(),
});
export type NotificationEnvelope = z.infer<typeof NotificationEnvelopeSchema>;

export const ServerMessageSchema = z.union([ResponseEnvelopeSchema, NotificationEnvelopeSchema]);
export type ServerMessage = z.infer<typeof ServerMessageSchema>;

/** An error that carries a protocol error code to the peer that caused it. */
export class ProtocolError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ProtocolError';
  }
}
