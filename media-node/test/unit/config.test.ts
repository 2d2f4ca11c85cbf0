import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config.js';
import { webRtcTransportOptions } from '../../src/media/webRtcTransportOptions.js';

describe('loadConfig', () => {
  it('has working defaults: loopback, RTC ports 40000-49999, UDP and TCP', () => {
    const config = loadConfig({});
    assert.equal(config.webRtcTransport.listenIp, '127.0.0.1');
    assert.deepEqual(config.webRtcTransport.portRange, { min: 40000, max: 49999 });
    assert.equal(config.webRtcTransport.enableUdp, true);
    assert.equal(config.webRtcTransport.enableTcp, true);
    assert.ok(config.workers.count >= 1);
    assert.deepEqual(config.ice.turnUrls, []);
  });

  it('reads every variable it is given', () => {
    const config = loadConfig({
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
    assert.equal(config.webRtcTransport.announcedAddress, '203.0.113.7');
    assert.deepEqual(config.webRtcTransport.portRange, { min: 41000, max: 41999 });
    assert.equal(config.webRtcTransport.enableTcp, false);
    assert.equal(config.workers.count, 3);
    assert.deepEqual(config.ice.turnUrls, ['turn:203.0.113.7:3478?transport=udp', 'turn:203.0.113.7:3478?transport=tcp']);
    assert.equal(config.webRtcTransport.initialAvailableOutgoingBitrate, 600000);
    assert.equal(config.webRtcTransport.maxIncomingBitrate, 2000000);
  });

  it('names every invalid variable at once', () => {
    assert.throws(
      () => loadConfig({ CHORUS_RTC_MIN_PORT: 'abc', CHORUS_NUM_WORKERS: '0', CHORUS_LISTEN_IP: 'not-an-ip' }),
      (error: unknown) =>
        error instanceof ConfigError &&
        /CHORUS_RTC_MIN_PORT/.test(error.message) &&
        /CHORUS_NUM_WORKERS/.test(error.message) &&
        /CHORUS_LISTEN_IP/.test(error.message),
    );
  });

  it('rejects an inverted port range', () => {
    assert.throws(() => loadConfig({ CHORUS_RTC_MIN_PORT: '50000', CHORUS_RTC_MAX_PORT: '40000' }), /must not exceed/);
  });

  it('refuses TURN servers without the shared secret', () => {
    assert.throws(() => loadConfig({ CHORUS_TURN_URLS: 'turn:127.0.0.1:3478' }), /CHORUS_TURN_SECRET/);
  });

  it('refuses turning off both UDP and TCP', () => {
    assert.throws(() => loadConfig({ CHORUS_ENABLE_UDP: '0', CHORUS_ENABLE_TCP: '0' }), /at least one/);
  });
});

describe('webRtcTransportOptions', () => {
  const settings = loadConfig({ CHORUS_ANNOUNCED_ADDRESS: '198.51.100.1' }).webRtcTransport;
  const appData = { direction: 'send' as const, peerId: 'p' };

  it('listens on UDP then TCP in the configured range, announcing the public address, UDP preferred', () => {
    const options = webRtcTransportOptions(settings, appData);
    assert.deepEqual(
      options.listenInfos?.map((info) => [info.protocol, info.ip, info.announcedAddress, info.portRange]),
      [
        ['udp', '127.0.0.1', '198.51.100.1', { min: 40000, max: 49999 }],
        ['tcp', '127.0.0.1', '198.51.100.1', { min: 40000, max: 49999 }],
      ],
    );
    assert.equal(options.preferUdp, true);
    assert.equal(options.initialAvailableOutgoingBitrate, 1_000_000);
    assert.deepEqual(options.appData, appData);
  });

  it('offers TCP alone when the client asks for it', () => {
    assert.deepEqual(webRtcTransportOptions(settings, appData, true).listenInfos?.map((i) => i.protocol), ['tcp']);
  });

  it('fails when forcing TCP with TCP disabled', () => {
    assert.throws(() => webRtcTransportOptions({ ...settings, enableTcp: false }, appData, true), /no transport protocol/);
  });
});
