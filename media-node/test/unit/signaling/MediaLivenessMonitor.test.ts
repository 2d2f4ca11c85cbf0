import { EventEmitter } from 'node:events';
import { describe, expect, test } from '@jest/globals';
import { MediaLivenessMonitor, type WatchedTransport } from '../../../src/signaling/MediaLivenessMonitor.js';
import { FakeClock } from '../utterances/fakeClock.js';

/** A WebRTC transport as far as the monitor reads it: states the test sets, announced like mediasoup's. */
class FakeTransport {
  iceState: WatchedTransport['iceState'] = 'new';
  dtlsState: WatchedTransport['dtlsState'] = 'new';
  closed = false;
  readonly observer = new EventEmitter();
  connect() {
    this.iceState = 'connected';
    this.observer.emit('icestatechange', this.iceState);
    this.dtlsState = 'connected';
    this.observer.emit('dtlsstatechange', this.dtlsState);
  }
  disconnect() {
    this.iceState = 'disconnected';
    this.observer.emit('icestatechange', this.iceState);
  }
  closeDtls() {
    this.dtlsState = 'closed';
    this.observer.emit('dtlsstatechange', this.dtlsState);
  }
  close() {
    this.closed = true;
    this.observer.emit('close');
  }
}

function setup(graceMs = 1000) {
  const clock = new FakeClock();
  const lost: string[] = [];
  const monitor = new MediaLivenessMonitor<string>({ graceMs, onLost: (s) => lost.push(s), timers: clock });
  const watch = (session: string, transport: FakeTransport) => monitor.watch(session, transport as unknown as WatchedTransport);
  return { clock, lost, monitor, watch };
}

describe('MediaLivenessMonitor', () => {
  test('a transport not yet connected proves nothing: a live-view viewer connects when it has something to consume', () => {
    const { clock, lost, watch } = setup();
    watch('s', new FakeTransport());
    clock.advance(60_000);
    expect(lost).toEqual([]);
  });

  test('a session whose DTLS closes is lost after the grace period, once', () => {
    const { clock, lost, watch } = setup();
    const transport = new FakeTransport();
    watch('s', transport);
    transport.connect();
    transport.closeDtls();
    clock.advance(999);
    expect(lost).toEqual([]);
    clock.advance(1);
    expect(lost).toEqual(['s']);
    clock.advance(5000);
    expect(lost).toEqual(['s']);
  });

  test('a connected session stays; it is lost a grace period after its ICE drops', () => {
    const { clock, lost, watch } = setup();
    const transport = new FakeTransport();
    watch('s', transport);
    clock.advance(500);
    transport.connect();
    clock.advance(10_000);
    expect(lost).toEqual([]);
    transport.disconnect();
    clock.advance(999);
    expect(lost).toEqual([]);
    clock.advance(1);
    expect(lost).toEqual(['s']);
  });

  test('coming back within the grace period keeps the session', () => {
    const { clock, lost, watch } = setup();
    const transport = new FakeTransport();
    watch('s', transport);
    transport.connect();
    transport.disconnect();
    clock.advance(800);
    transport.connect();
    clock.advance(5000);
    expect(lost).toEqual([]);
  });

  test('one connected transport is enough; a closed DTLS or a closed transport is not connected', () => {
    const { clock, lost, watch } = setup();
    const send = new FakeTransport();
    const recv = new FakeTransport();
    watch('s', send);
    watch('s', recv);
    send.connect();
    recv.connect();
    send.closeDtls();
    clock.advance(5000);
    expect(lost).toEqual([]);
    recv.close();
    clock.advance(1000);
    expect(lost).toEqual(['s']);
  });

  test('sessions are watched apart, and a forgotten one is never reported', () => {
    const { clock, lost, monitor, watch } = setup();
    const a = new FakeTransport();
    const b = new FakeTransport();
    watch('a', a);
    watch('b', b);
    a.connect();
    b.connect();
    a.close();
    b.close();
    monitor.forget('a');
    clock.advance(1000);
    expect(lost).toEqual(['b']);
  });
});
