import type * as z from 'zod/mini';
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
import { describeIssues, inEnglish } from './english.js';
import { CommandRecordSchema, type CommandRecord } from './firestore.js';
import {
  isMethodName,
  methods,
  notifications,
  type MethodName,
  type MethodRequest,
  type MethodResponse,
  type NotificationData,
  type NotificationName,
} from './methods.js';

const utf8 = new TextEncoder();

export type ParsedRequest = { [M in MethodName]: { id: RequestId; method: M; data: MethodRequest<M> } }[MethodName];

/** Best effort: the id of a request that failed validation, so its error can be correlated. */
function salvageId(value: unknown): RequestId | null {
  if (value && typeof value === 'object' && 'id' in value) {
    const id = RequestEnvelopeSchema.shape.id.safeParse(value.id);
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
  const envelope = RequestEnvelopeSchema.safeParse(json, inEnglish);
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
  const params = methods[method].request.safeParse(envelope.data, inEnglish);
  if (!params.success) {
    throw new RequestParseError('INVALID_PARAMS', `invalid ${method} parameters: ${describeIssues(params.error)}`, id);
  }
  return { id, method, data: params.data } as ParsedRequest;
}

/**
 * A Firestore command record (sessions/{sessionId}/commands/{commandId}) validated down to its typed
 * request, as parseClientRequest does for a WebSocket message. Throws RequestParseError.
 */
export function parseCommandRecord(value: unknown): { record: CommandRecord; request: ParsedRequest } {
  const record = CommandRecordSchema.safeParse(value, inEnglish);
  if (!record.success) {
    throw new RequestParseError('INVALID_MESSAGE', `not a command record: ${describeIssues(record.error)}`, salvageId(value));
  }
  const { id, method, data: text } = record.data;
  // The same bytes firestore.rules bounds (maxMessageBytes()), so the rules refuse what this would.
  if (text !== undefined && utf8.encode(text).length > MAX_MESSAGE_BYTES) {
    throw new RequestParseError('MESSAGE_TOO_LARGE', `command data exceeds ${MAX_MESSAGE_BYTES} bytes`, id);
  }
  let data: unknown;
  try {
    data = text === undefined ? undefined : JSON.parse(text);
  } catch {
    throw new RequestParseError('BAD_JSON', 'command data is not valid JSON', id);
  }
  return { record: record.data, request: parseRequestEnvelope({ type: 'request', id, method, data }) };
}

export function parseServerMessage(raw: string): ServerMessage {
  return ServerMessageSchema.parse(JSON.parse(raw), inEnglish);
}

/** Data checked against a protocol schema, or what is wrong with it. */
export type Checked<T> = { ok: true; data: T } | { ok: false; problem: string };

function check(schema: z.ZodMiniType, data: unknown): Checked<unknown> {
  const result = schema.safeParse(data, inEnglish);
  return result.success ? { ok: true, data: result.data } : { ok: false, problem: describeIssues(result.error) };
}

/** A successful response's data, checked against what its method returns. */
export function checkResponseData<M extends MethodName>(method: M, data: unknown): Checked<MethodResponse<M>> {
  return check(methods[method].response, data) as Checked<MethodResponse<M>>;
}

/** A notification's data, checked against its schema. */
export function checkNotificationData<N extends NotificationName>(name: N, data: unknown): Checked<NotificationData<N>> {
  return check(notifications[name], data) as Checked<NotificationData<N>>;
}

export function okResponse(id: RequestId, data: unknown): ResponseEnvelope {
  return { type: 'response', id, ok: true, data };
}

export function errorResponse(id: RequestId | null, error: ProtocolError): ResponseEnvelope {
  return { type: 'response', id, ok: false, error: { code: error.code, message: error.message } };
}

export function notification<N extends NotificationName>(method: N, data: NotificationData<N>): NotificationEnvelope {
  return { type: 'notification', method, data: notifications[method].parse(data, inEnglish) };
}

export function request<M extends MethodName>(id: RequestId, method: M, data: MethodRequest<M>): RequestEnvelope {
  return { type: 'request', id, method, data };
}
