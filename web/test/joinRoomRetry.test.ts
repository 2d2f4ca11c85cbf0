import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { JoinRoomResponse } from '@chorus/protocol';
import type { Functions } from 'firebase/functions';
import { JoinRoomError, joinRoomWithRetry } from '../src/firebase/joinRoom.js';

const answer: JoinRoomResponse = {
  roomId: 'lobby',
  nodeId: 'node-1',
  signalingUrl: 'ws://127.0.0.1:3000/ws',
  iceServers: [],
  iceServersExpireAt: 0,
  roles: ['viewer'],
};
const functions = {} as Functions;

describe('joinRoomWithRetry', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('asks again, 2 s then 4 s later, while no node can take the room', async () => {
    const unavailable = new JoinRoomError('functions/unavailable', 'no healthy media node');
    const ask = jest
      .fn<(f: Functions, roomId: string) => Promise<JoinRoomResponse>>()
      .mockRejectedValueOnce(unavailable)
      .mockRejectedValueOnce(unavailable)
      .mockResolvedValueOnce(answer);
    const retries: number[] = [];
    const joined = joinRoomWithRetry(functions, 'lobby', (_error, retryInMs) => retries.push(retryInMs), ask);
    await jest.advanceTimersByTimeAsync(1_999);
    expect(ask).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1 + 4_000);
    await expect(joined).resolves.toBe(answer);
    expect(ask).toHaveBeenCalledTimes(3);
    expect(retries).toStrictEqual([2_000, 4_000]);
  });

  it('gives up at once on an error that asking again cannot fix', async () => {
    const denied = new JoinRoomError('functions/permission-denied', 'your account has no roles');
    const ask = jest.fn<(f: Functions, roomId: string) => Promise<JoinRoomResponse>>().mockRejectedValue(denied);
    await expect(joinRoomWithRetry(functions, 'lobby', () => undefined, ask)).rejects.toBe(denied);
    expect(ask).toHaveBeenCalledTimes(1);
  });
});
