import { describe, expect, it } from '@jest/globals';

describe('the emulator suite', () => {
  it('serves the Auth and Firestore emulators of a demo- project', async () => {
    expect(process.env.GCLOUD_PROJECT).toMatch(/^demo-/);
    const firestore = await fetch(`http://${process.env.FIRESTORE_EMULATOR_HOST}/`);
    expect(firestore.ok).toBe(true);
    const auth = await fetch(`http://${process.env.FIREBASE_AUTH_EMULATOR_HOST}/emulator/v1/projects/${process.env.GCLOUD_PROJECT}/config`);
    expect(auth.ok).toBe(true);
  });
});
