import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from '../../src/config.js';
import { webRtcTransportOptions } from '../../src/media/webRtcTransportOptions.js';

/** Authentication is on by default and needs the Firebase project. */
const firebaseProject = { CHORUS_FIREBASE_PROJECT: 'demo-chorus' };

describe('loadConfig', () => {
  it('has working defaults: loopback, RTC ports 40000-49999, UDP and TCP', () => {
    const config = loadConfig(firebaseProject);
    expect(config.webRtcTransport.listenIp).toBe('127.0.0.1');
    expect(config.webRtcTransport.portRange).toStrictEqual({ min: 40000, max: 49999 });
    expect(config.webRtcTransport.enableUdp).toBe(true);
    expect(config.webRtcTransport.enableTcp).toBe(true);
    expect(config.workers.count).toBeGreaterThanOrEqual(1);
    expect(config.ice.turnUrls).toStrictEqual([]);
  });

  it('reads every variable it is given', () => {
    const config = loadConfig({
      ...firebaseProject,
      CHORUS_LISTEN_IP: '0.0.0.0',
      CHORUS_ANNOUNCED_ADDRESS: '203.0.113.7',
      CHORUS_RTC_MIN_PORT: '41000',
      CHORUS_RTC_MAX_PORT: '41999',
      CHORUS_ENABLE_TCP: 'false',
      CHORUS_NUM_WORKERS: '3',
      CHORUS_TURN_URLS: 'turn:203.0.113.7:3478?transport=udp, turn:203.0.113.7:3478?transport=tcp',
      CHORUS_TURN_SECRET: 's3cret',
      CHORUS_INITIAL_OUTGOING_BITRATE: '600000',
      CHORUS_MAX_INCOMING_BITRATE: '2000000',
    });
    expect(config.webRtcTransport.announcedAddress).toBe('203.0.113.7');
    expect(config.webRtcTransport.portRange).toStrictEqual({ min: 41000, max: 41999 });
    expect(config.webRtcTransport.enableTcp).toBe(false);
    expect(config.workers.count).toBe(3);
    expect(config.ice.turnUrls).toStrictEqual(['turn:203.0.113.7:3478?transport=udp', 'turn:203.0.113.7:3478?transport=tcp']);
    expect(config.webRtcTransport.initialAvailableOutgoingBitrate).toBe(600000);
    expect(config.webRtcTransport.maxIncomingBitrate).toBe(2000000);
  });

  it('names every invalid variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ CHORUS_RTC_MIN_PORT: 'abc', CHORUS_NUM_WORKERS: '0', CHORUS_LISTEN_IP: 'not-an-ip' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { message } = error as ConfigError;
    expect(message).toMatch(/CHORUS_RTC_MIN_PORT/);
    expect(message).toMatch(/CHORUS_NUM_WORKERS/);
    expect(message).toMatch(/CHORUS_LISTEN_IP/);
  });

  it('rejects an inverted port range', () => {
    expect(() => loadConfig({ CHORUS_RTC_MIN_PORT: '50000', CHORUS_RTC_MAX_PORT: '40000' })).toThrow(/must not exceed/);
  });

  it('refuses TURN servers without the shared secret', () => {
    expect(() => loadConfig({ CHORUS_TURN_URLS: 'turn:127.0.0.1:3478' })).toThrow(/CHORUS_TURN_SECRET/);
  });

  it('refuses turning off both UDP and TCP', () => {
    expect(() => loadConfig({ CHORUS_ENABLE_UDP: '0', CHORUS_ENABLE_TCP: '0' })).toThrow(/at least one/);
  });
});

describe('webRtcTransportOptions', () => {
  const settings = loadConfig({ ...firebaseProject, CHORUS_ANNOUNCED_ADDRESS: '198.51.100.1' }).webRtcTransport;
  const appData = { direction: 'send' as const, peerId: 'p' };

  it('listens on UDP then TCP in the configured range, announcing the public address, UDP preferred', () => {
    const options = webRtcTransportOptions(settings, appData);
    expect(options.listenInfos?.map((info) => [info.protocol, info.ip, info.announcedAddress, info.portRange])).toStrictEqual([
      ['udp', '127.0.0.1', '198.51.100.1', { min: 40000, max: 49999 }],
      ['tcp', '127.0.0.1', '198.51.100.1', { min: 40000, max: 49999 }],
    ]);
    expect(options.preferUdp).toBe(true);
    expect(options.initialAvailableOutgoingBitrate).toBe(1_000_000);
    expect(options.appData).toStrictEqual(appData);
  });

  it('offers TCP alone when the client asks for it', () => {
    expect(webRtcTransportOptions(settings, appData, true).listenInfos?.map((i) => i.protocol)).toStrictEqual(['tcp']);
  });

  it('fails when forcing TCP with TCP disabled', () => {
    expect(() => webRtcTransportOptions({ ...settings, enableTcp: false }, appData, true)).toThrow(/no transport protocol/);
  });
});

describe('loadConfig: utterances', () => {
  it('routes viewers through recorded utterances by default, in a store of at most 1 GB', () => {
    const config = loadConfig(firebaseProject);
    expect(config.viewerFeed).toBe('utterances');
    expect(config.utterances.storeBytes).toBe(1_000_000_000);
    expect(config.utterances.recorder.detector.maxDurationMs).toBe(15_000);
    expect(config.utterances.recorder.preRollMs).toBeGreaterThan(0);
  });

  it('reads the detector and store settings, and keeps the live view as a second mode', () => {
    const config = loadConfig({
      ...firebaseProject,
      CHORUS_VIEWER_FEED: 'live',
      CHORUS_UTTERANCE_STORE_BYTES: '200000000',
      CHORUS_UTTERANCE_THRESHOLD_DBOV: '-40',
      CHORUS_UTTERANCE_SILENCE_MS: '400',
      CHORUS_UTTERANCE_MAX_MS: '10000',
      CHORUS_UTTERANCE_PREROLL_MS: '250',
    });
    expect(config.viewerFeed).toBe('live');
    expect(config.utterances.storeBytes).toBe(200_000_000);
    expect(config.utterances.recorder.detector).toMatchObject({ thresholdDbov: -40, hangoverMs: 400, maxDurationMs: 10_000 });
    expect(config.utterances.recorder.preRollMs).toBe(250);
  });

  it('refuses utterances longer than 15 s, an unknown feed, and a silence as long as the longest utterance', () => {
    expect(() => loadConfig({ CHORUS_UTTERANCE_MAX_MS: '20000' })).toThrow(/CHORUS_UTTERANCE_MAX_MS/);
    expect(() => loadConfig({ CHORUS_VIEWER_FEED: 'firehose' })).toThrow(/CHORUS_VIEWER_FEED/);
    expect(() => loadConfig({ CHORUS_UTTERANCE_MAX_MS: '2000', CHORUS_UTTERANCE_SILENCE_MS: '2000' })).toThrow(ConfigError);
  });
});
