import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { Account } from '../src/firebase/Account.js';
import { AuthRefresher } from '../src/firebase/AuthRefresher.js';
import type { Signaling } from '../src/signaling/Signaling.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** An account whose tokens last an hour from when they are minted. */
function fakeAccount() {
  let minted = 0;
  const account = {
    user: { tokenExpiresAt: Date.now() + HOUR },
    idToken: jest.fn((forceRefresh?: boolean) => {
      if (forceRefresh) {
        minted++;
        account.user.tokenExpiresAt = Date.now() + HOUR;
      }
      return Promise.resolve(`token-${minted}`);
    }),
  };
  return account;
}

function fakeSignaling() {
  const handlers = new Map<string, () => void>();
  const signaling = {
    connected: true,
    request: jest.fn<(method: string, data: unknown) => Promise<{ authExpiresAt: number }>>(() =>
      Promise.resolve({ authExpiresAt: Date.now() + HOUR }),
    ),
    on: jest.fn((name: string, handler: () => void) => {
      handlers.set(name, handler);
      return () => handlers.delete(name);
    }),
    notify: (name: string) => handlers.get(name)?.(),
  };
  return signaling;
}

describe('AuthRefresher', () => {
  let account: ReturnType<typeof fakeAccount>;
  let signaling: ReturnType<typeof fakeSignaling>;
  let errors: unknown[];
  let refresher: AuthRefresher;

  beforeEach(() => {
    jest.useFakeTimers({ now: 1_000_000 });
    account = fakeAccount();
    signaling = fakeSignaling();
    errors = [];
    refresher = new AuthRefresher(signaling as unknown as Signaling, account as unknown as Account, (error) => errors.push(error));
  });

  afterEach(() => {
    refresher.stop();
    jest.useRealTimers();
  });

  it('sends a freshly minted token five minutes before the current one expires, and again an hour later', async () => {
    refresher.start();
    await jest.advanceTimersByTimeAsync(55 * MINUTE - 1_000);
    expect(signaling.request).not.toHaveBeenCalled();

    await jest.advanceTimersByTimeAsync(1_000);
    expect(account.idToken).toHaveBeenCalledWith(true);
    expect(signaling.request).toHaveBeenCalledWith('refreshAuth', { idToken: 'token-1' });
    expect(refresher.refreshes).toBe(1);

    await jest.advanceTimersByTimeAsync(55 * MINUTE);
    expect(signaling.request).toHaveBeenLastCalledWith('refreshAuth', { idToken: 'token-2' });
    expect(refresher.refreshes).toBe(2);
    expect(errors).toStrictEqual([]);
  });

  it("refreshes at once on the node's authExpiring warning", async () => {
    refresher.start();
    signaling.notify('authExpiring');
    await jest.advanceTimersByTimeAsync(0);
    expect(signaling.request).toHaveBeenCalledWith('refreshAuth', { idToken: 'token-1' });
  });

  it('skips the request while disconnected (the next join carries the new token) and keeps scheduling', async () => {
    signaling.connected = false;
    refresher.start();
    await jest.advanceTimersByTimeAsync(55 * MINUTE);
    expect(account.idToken).toHaveBeenCalledWith(true);
    expect(signaling.request).not.toHaveBeenCalled();

    signaling.connected = true;
    await jest.advanceTimersByTimeAsync(55 * MINUTE);
    expect(signaling.request).toHaveBeenCalledWith('refreshAuth', { idToken: 'token-2' });
  });

  it('reports a refused refresh and tries again on schedule', async () => {
    signaling.request.mockRejectedValueOnce(new Error('FORBIDDEN'));
    refresher.start();
    await jest.advanceTimersByTimeAsync(55 * MINUTE);
    expect(errors).toHaveLength(1);
    expect(refresher.refreshes).toBe(0);
    await jest.advanceTimersByTimeAsync(55 * MINUTE);
    expect(refresher.refreshes).toBe(1);
  });

  it('does nothing after stop()', async () => {
    refresher.start();
    refresher.stop();
    signaling.notify('authExpiring');
    await jest.advanceTimersByTimeAsync(2 * HOUR);
    expect(account.idToken).not.toHaveBeenCalled();
  });
});
