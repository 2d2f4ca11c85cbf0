import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, test } from '@jest/globals';
import { within } from '../../src/timeLimit.js';

describe('within', () => {
  test('gives the value of a promise that settles in time', async () => {
    expect(await within(Promise.resolve(42), 1000)).toEqual({ value: 42 });
    // An undefined value is still a value, told apart from running out of time.
    expect(await within(Promise.resolve(undefined), 1000)).toEqual({ value: undefined });
  });

  test('gives undefined once the time runs out', async () => {
    expect(await within(sleep(200), 20)).toBeUndefined();
  });

  test('rejects with the promise when it rejects in time', async () => {
    await expect(within(Promise.reject(new Error('refused')), 1000)).rejects.toThrow('refused');
  });
});
