import { JoinRoomResponseSchema, type JoinRoomResponse } from '@chorus/protocol';
import { FirebaseError } from 'firebase/app';
import { httpsCallable, type Functions } from 'firebase/functions';

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
    if (error instanceof FirebaseError) throw new Error(`joinRoom failed (${error.code}): ${error.message}`);
    throw error;
  }
  const parsed = JoinRoomResponseSchema.safeParse(data);
  if (!parsed.success) throw new Error(`joinRoom answered something unexpected: ${parsed.error.message}`);
  return parsed.data;
}
