import os from 'node:os';
import { describe, expect, it } from '@jest/globals';
import { NODE_HEARTBEAT_MS } from '@chorus/protocol';
import { ConfigError, CONSUMERS_PER_WORKER, loadConfig } from '../../../src/config.js';

describe('Firestore settings of the media node', () => {
  it('talks to Firestore by default when a project is set, and not without one', () => {
    expect(loadConfig({ CHORUS_FIREBASE_PROJECT: 'demo-chorus' }).firestore.enabled).toBe(true);
    expect(loadConfig({ CHORUS_AUTH: 'off' }).firestore.enabled).toBe(false);
    expect(loadConfig({ CHORUS_FIREBASE_PROJECT: 'demo-chorus', CHORUS_FIRESTORE: 'off' }).firestore.enabled).toBe(false);
  });

  it('refuses CHORUS_FIRESTORE=on without a project', () => {
    expect(() => loadConfig({ CHORUS_AUTH: 'off', CHORUS_FIRESTORE: 'on' })).toThrow(/CHORUS_FIREBASE_PROJECT is required with CHORUS_FIRESTORE=on/);
  });

  it('derives a stable node id from the host name and port, and takes an explicit one', () => {
    const derived = loadConfig({ CHORUS_FIREBASE_PROJECT: 'demo-chorus', CHORUS_HTTP_PORT: '3100' }).firestore.nodeId;
    expect(derived).toMatch(/^[A-Za-z0-9_-]+-3100$/);
    expect(
      derived.startsWith(
        os
          .hostname()
          .replace(/[^A-Za-z0-9_-]/g, '-')
          .slice(0, 100),
      ),
    ).toBe(true);
    expect(loadConfig({ CHORUS_FIREBASE_PROJECT: 'demo-chorus', CHORUS_NODE_ID: 'media-1' }).firestore.nodeId).toBe('media-1');
    expect(() => loadConfig({ CHORUS_FIREBASE_PROJECT: 'demo-chorus', CHORUS_NODE_ID: 'nodes/evil' })).toThrow(ConfigError);
  });

  it('reads the public URL, region, heartbeat and capacity', () => {
    const config = loadConfig({
      CHORUS_FIREBASE_PROJECT: 'demo-chorus',
      CHORUS_PUBLIC_URL: 'wss://media1.example.com',
      CHORUS_REGION: 'europe-west1',
      CHORUS_NODE_HEARTBEAT_MS: '2500',
      CHORUS_NUM_WORKERS: '2',
    });
    expect(config.firestore).toMatchObject({
      publicUrl: 'wss://media1.example.com',
      region: 'europe-west1',
      heartbeatMs: 2500,
      maxConsumers: 2 * CONSUMERS_PER_WORKER,
    });
    const defaults = loadConfig({ CHORUS_FIREBASE_PROJECT: 'demo-chorus' }).firestore;
    expect(defaults).toMatchObject({ publicUrl: undefined, region: 'local', heartbeatMs: NODE_HEARTBEAT_MS });
    expect(() => loadConfig({ CHORUS_FIREBASE_PROJECT: 'demo-chorus', CHORUS_PUBLIC_URL: 'https://media1.example.com/ws' })).toThrow(
      /CHORUS_PUBLIC_URL/,
    );
  });
});
