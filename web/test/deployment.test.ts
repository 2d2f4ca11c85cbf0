import { describe, expect, it } from '@jest/globals';
import { parseDeployment } from '../src/firebase/deployment.js';

describe('parseDeployment (config.json)', () => {
  it('reads the web config, the region (us-central1 by default) and the emulators', () => {
    expect(
      parseDeployment({
        firebase: { apiKey: 'demo-api-key', projectId: 'demo-chorus', extra: 1 },
        emulators: { auth: '127.0.0.1:9099', firestore: '127.0.0.1:8180', functions: '127.0.0.1:5001' },
      }),
    ).toStrictEqual({
      firebase: { apiKey: 'demo-api-key', projectId: 'demo-chorus' },
      functionsRegion: 'us-central1',
      emulators: { auth: '127.0.0.1:9099', firestore: '127.0.0.1:8180', functions: '127.0.0.1:5001' },
    });
  });

  it('has no emulators for a real project', () => {
    const deployment = parseDeployment({
      firebase: { apiKey: 'k', projectId: 'p', authDomain: 'p.firebaseapp.com' },
      functionsRegion: 'europe-west1',
    });
    expect(deployment.emulators).toBeUndefined();
    expect(deployment.functionsRegion).toBe('europe-west1');
  });

  it('says what is wrong with a malformed file', () => {
    expect(() => parseDeployment(null)).toThrow('config.json: no "firebase" object');
    expect(() => parseDeployment({ firebase: { projectId: 'p' } })).toThrow('"firebase" needs apiKey and projectId');
    expect(() =>
      parseDeployment({
        firebase: { apiKey: 'k', projectId: 'p' },
        emulators: { auth: 'http://127.0.0.1:9099', firestore: 'h:1', functions: 'h:2' },
      }),
    ).toThrow('emulators.auth must be "host:port"');
  });
});
