import { JoinRoomResponseSchema, type JoinRoomResponse } from '@chorus/protocol';
import { FirebaseError } from 'firebase/app';
import { httpsCallable, type Functions } from 'firebase/functions';

/** Why `joinRoom` failed; `transient` when asking again later may work (no node free, a timeout). */
export class JoinRoomError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'JoinRoomError';
  }

  get transient(): boolean {
    return this.code === 'functions/unavailable' || this.code === 'functions/deadline-exceeded';
  }
}

/**
 * Asks the `joinRoom` function which media node serves the room, with the caller's roles and TURN
 * servers. The Functions SDK sends the signed-in user's ID token along.
 */
export async function joinRoom(functions: Functions, roomId: string): Promise<JoinRoomResponse> {
  let data: unknown;
  try {
    data = (await httpsCallable(functions, 'joinRoom')({ roomId })).data;
  } catch (error) {
    // 'functions/unavailable' and the like: the code says more than the SDK's message alone.
    if (error instanceof FirebaseError) throw new JoinRoomError(error.code, `joinRoom failed (${error.code}): ${error.message}`);
    throw error;
  }
  const parsed = JoinRoomResponseSchema.safeParse(data);
  if (!parsed.success) throw new Error(`joinRoom answered something unexpected: ${parsed.error.message}`);
  return parsed.data;
}

/**
 * joinRoom, asked again with a growing delay (2 s doubling up to 30 s) while it fails transiently,
 * as when no media node is up yet; `onRetry` says when the next attempt comes.
 */
export async function joinRoomWithRetry(
  functions: Functions,
  roomId: string,
  onRetry: (error: JoinRoomError, retryInMs: number) => void,
  ask: typeof joinRoom = joinRoom,
): Promise<JoinRoomResponse> {
  for (let delay = 2_000; ; delay = Math.min(30_000, delay * 2)) {
    try {
      return await ask(functions, roomId);
    } catch (error) {
      if (!(error instanceof JoinRoomError) || !error.transient) throw error;
      onRetry(error, delay);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
