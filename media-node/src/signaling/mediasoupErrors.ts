import { createRequire } from 'node:module';
import path from 'node:path';
import { ProtocolError } from '@chorus/protocol';
import * as mediasoup from 'mediasoup';

/** mediasoup's own code: an error created here was mediasoup's decision, not a fault of ours. */
const MEDIASOUP_LIB = path.dirname(createRequire(import.meta.url).resolve('mediasoup')) + path.sep;

/**
 * The protocol error for an error mediasoup raised about a request, or null for any other error.
 *
 * mediasoup 3.27 signals bad arguments with plain TypeErrors (its ortc validation, its own argument
 * checks, and the worker's MediaSoupTypeError, which Channel rejects as `new TypeError(reason)`), and
 * whatever else the worker refuses with a plain Error made in Channel. Only where such an error was
 * made tells it from a TypeError or Error of a bug of ours, which must not reach the client as the
 * client's fault. Its own classes are told by class.
 */
export function mediasoupRefusal(error: unknown, method: string): ProtocolError | null {
  if (!(error instanceof Error)) return null;
  const refused = (code: ConstructorParameters<typeof ProtocolError>[0]) => new ProtocolError(code, `${method}: ${error.message}`);
  if (error instanceof mediasoup.errors.UnsupportedError) return refused('UNSUPPORTED');
  if (error instanceof mediasoup.errors.NotFoundError) return refused('NOT_FOUND');
  // The room's worker died under the request: the room closes and its peers hear mediaReset.
  if (error instanceof mediasoup.errors.WorkerClosedError)
    return new ProtocolError('UNAVAILABLE', `${method}: the media worker of this room stopped; join again`);
  if (!madeByMediasoup(error)) return null;
  if (error instanceof TypeError) return refused('INVALID_PARAMS');
  // Requests reach the worker only after validation, so what it refuses is the client's parameters or timing.
  return refused('MEDIA_ERROR');
}

/** Whether the first frame of the error's stack, where it was created, is in mediasoup's code. */
function madeByMediasoup(error: Error): boolean {
  const frame = error.stack?.split('\n').find((line) => line.trimStart().startsWith('at '));
  return frame?.includes(MEDIASOUP_LIB) ?? false;
}
