// The worker must do SRTP with libsrtp on OpenSSL, linked in statically, not with Debian's
// libsrtp2, which is built on NSS and sets up a crypto context per packet: a worker linked to it
// carries about half the viewers (tests/bench/directFanout.ts measures both).
// Checks the installed worker, or MEDIASOUP_WORKER_BIN when set, so that the Debian-linked variant
// can be shown to fail it:
//   MEDIASOUP_WORKER_BIN="$(CHORUS_WORKER_SRTP=debian bash scripts/mediasoup-worker/build-worker.sh --print-path)"
import { execFileSync } from 'node:child_process';
import dgram from 'node:dgram';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as mediasoup from 'mediasoup';
import type { types } from 'mediasoup';

const workerBin = process.env.MEDIASOUP_WORKER_BIN || mediasoup.workerBin;

/** NEEDED entries of the dynamic section: the shared libraries the loader maps in. */
function neededLibraries(file: string): string[] {
  const dynamic = execFileSync('readelf', ['--dynamic', '--wide', file], { encoding: 'utf8' });
  return [...dynamic.matchAll(/\(NEEDED\)\s+Shared library: \[([^\]]+)\]/g)].map((m) => m[1]!);
}

/** Symbols the binary imports from shared libraries. */
function importedSymbols(file: string): Set<string> {
  const out = execFileSync('nm', ['--dynamic', '--undefined-only', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return new Set(out.split('\n').map((line) => line.trim().split(/\s+/).pop()!.replace(/@.*$/, '')));
}

describe('SRTP in the mediasoup worker', () => {
  it('does not link NSS or a shared libsrtp', () => {
    const needed = neededLibraries(workerBin);
    expect(needed).toContain('libcrypto.so.3');
    expect(needed.filter((lib) => /^lib(nss|nspr|srtp)/.test(lib))).toEqual([]);
    // Nor through another library: everything the loader would map in.
    const loaded = execFileSync('ldd', [workerBin], { encoding: 'utf8' }).split('\n');
    expect(loaded.filter((line) => /nss|nspr|srtp/.test(line))).toEqual([]);
  });

  it('carries libsrtp built on OpenSSL', () => {
    // The OpenSSL backend's cipher descriptions, in libsrtp's read-only data. With a shared libsrtp
    // they live in that library, not in the worker.
    const strings = execFileSync('strings', ['--data', workerBin], { encoding: 'utf8', maxBuffer: 256 << 20 });
    const descriptions = strings.split('\n').filter((line) => / using (openssl|nss)$/i.test(line));
    expect(descriptions).toEqual(
      expect.arrayContaining(['AES-128 counter mode using openssl', 'AES-128 GCM using openssl', 'AES-256 GCM using openssl']),
    );
    expect(descriptions.filter((line) => / using nss$/i.test(line))).toEqual([]);
    // ... and the OpenSSL ciphers it calls. mediasoup itself needs neither AES-CTR nor AES-GCM
    // from libcrypto (DTLS negotiates its ciphers inside libssl).
    const imports = importedSymbols(workerBin);
    for (const symbol of ['EVP_aes_128_ctr', 'EVP_aes_128_gcm', 'EVP_aes_256_gcm']) {
      expect(imports).toContain(symbol);
    }
  });

  describe('protects and unprotects RTP with every crypto suite', () => {
    let worker: types.Worker;
    let router: types.Router;
    let rtpSocket: dgram.Socket;
    beforeAll(async () => {
      worker = await mediasoup.createWorker({ workerBin, logLevel: 'error' });
      router = await worker.createRouter({
        mediaCodecs: [{ kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2 }],
      });
      rtpSocket = dgram.createSocket('udp4');
    });
    afterAll(() => {
      rtpSocket?.close();
      worker?.close();
    });

    const suites: types.SrtpCryptoSuite[] = ['AEAD_AES_256_GCM', 'AEAD_AES_128_GCM', 'AES_CM_128_HMAC_SHA1_80', 'AES_CM_128_HMAC_SHA1_32'];
    it.each(suites)('%s', async (srtpCryptoSuite) => {
      const listenInfo = { protocol: 'udp' as const, ip: '127.0.0.1' };
      // Plain RTP from this test into a producer, out of an SRTP consumer transport into a second
      // SRTP transport, whose producer only counts packets that libsrtp authenticated and decrypted.
      const source = await router.createPlainTransport({ listenInfo, comedia: true, rtcpMux: true });
      const ssrc = 0x5eed0000 + suites.indexOf(srtpCryptoSuite);
      const producer = await source.produce({
        kind: 'audio',
        rtpParameters: {
          codecs: [{ mimeType: 'audio/opus', payloadType: 111, clockRate: 48000, channels: 2 }],
          encodings: [{ ssrc }],
        },
      });
      const sender = await router.createPlainTransport({ listenInfo, rtcpMux: true, enableSrtp: true, srtpCryptoSuite });
      const receiver = await router.createPlainTransport({ listenInfo, rtcpMux: true, comedia: true, enableSrtp: true, srtpCryptoSuite });
      await receiver.connect({ srtpParameters: sender.srtpParameters });
      await sender.connect({ ip: '127.0.0.1', port: receiver.tuple.localPort, srtpParameters: receiver.srtpParameters });
      const consumer = await sender.consume({ producerId: producer.id, rtpCapabilities: router.rtpCapabilities });
      const received = await receiver.produce({ kind: 'audio', rtpParameters: consumer.rtpParameters });

      const packets = 50;
      for (let seq = 0; seq < packets; seq++) {
        const packet = Buffer.alloc(12 + 80, 0xab);
        packet.writeUInt8(0x80, 0);
        packet.writeUInt8(111, 1);
        packet.writeUInt16BE(seq, 2);
        packet.writeUInt32BE(seq * 960, 4);
        packet.writeUInt32BE(ssrc, 8);
        rtpSocket.send(packet, source.tuple.localPort, '127.0.0.1');
        await sleep(2);
      }
      let count = 0;
      for (let attempt = 0; attempt < 50 && count < packets; attempt++) {
        await sleep(50);
        count = (await received.getStats())[0]?.packetCount ?? 0;
      }
      expect(count).toBe(packets);
      for (const transport of [source, sender, receiver]) transport.close();
    });
  });
});
