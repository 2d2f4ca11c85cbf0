import { z } from 'zod';
import {
  MAX_MESSAGE_BYTES,
  ProtocolError,
  RequestEnvelopeSchema,
  ServerMessageSchema,
  type NotificationEnvelope,
  type RequestEnvelope,
  type RequestId,
  type ResponseEnvelope,
  type ServerMessage,
} from './envelope.js';
import {
  isMethodName,
  methods,
  notifications,
  type MethodName,
  type MethodRequest,
  type NotificationData,
  type NotificationName,
} from './methods.js';

const utf8 = new TextEncoder();

export type ParsedRequest = { [M in MethodName]: { id: RequestId; method: M; data: MethodRequest<M> } }[MethodName];

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}

/** Best effort: the id of a request that failed validation, so its error can be correlated. */
function salvageId(value: unknown): RequestId | null {
  if (value && typeof value === 'object' && 'id' in value) {
    const id = RequestEnvelopeSchema.shape.id.safeParse((value as { id: unknown }).id);
    if (id.success) return id.data;
  }
  return null;
}

export class RequestParseError extends ProtocolError {
  constructor(
    code: ConstructorParameters<typeof ProtocolError>[0],
    message: string,
    readonly requestId: RequestId | null,
  ) {
    super(code, message);
  }
}

/**
 * Validates one raw client message down to typed method parameters.
 * Throws RequestParseError with the code a client should see.
 */
export function parseClientRequest(raw: string): ParsedRequest {
  if (utf8.encode(raw).length > MAX_MESSAGE_BYTES) {
    throw new RequestParseError('MESSAGE_TOO_LARGE', `message exceeds ${MAX_MESSAGE_BYTES} bytes`, null);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new RequestParseError('BAD_JSON', 'message is not valid JSON', null);
  }
  const envelope = RequestEnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    throw new RequestParseError('INVALID_MESSAGE', `not a request: ${describeIssues(envelope.error)}`, salvageId(json));
  }
  return parseRequestEnvelope(envelope.data);
}

export function parseRequestEnvelope(envelope: RequestEnvelope): ParsedRequest {
  const { id, method } = envelope;
  if (!isMethodName(method)) {
    throw new RequestParseError('UNKNOWN_METHOD', `unknown method "${method}"`, id);
  }
  const params = methods[method].request.safeParse(envelope.data);
  if (!params.success) {
    throw new RequestParseError('INVALID_PARAMS', `invalid ${method} parameters: ${describeIssues(params.error)}`, id);
  }
  return { id, method, data: params.data } as ParsedRequest;
}

export function parseServerMessage(raw: string): ServerMessage {
  return ServerMessageSchema.parse(JSON.parse(raw));
}

export function okResponse(id: RequestId, data: unknown): ResponseEnvelope {
  return { type: 'response', id, ok: true, data };
}

export function errorResponse(id: RequestId | null, error: ProtocolError): ResponseEnvelope {
  return { type: 'response', id, ok: false, error: { code: error.code, message: error.message } };
}

export function notification<N extends NotificationName>(method: N, data: NotificationData<N>): NotificationEnvelope {
  return { type: 'notification', method, data: notifications[method].parse(data) };
}

export function request<M extends MethodName>(id: RequestId, method: M, data: MethodRequest<M>): RequestEnvelope {
  return { type: 'request', id, method, data };
}
