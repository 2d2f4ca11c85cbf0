import { createLogger, loadConfig, MediaNode, SIGNALING_PATH } from '@chorus/media-node';
import { SignalingTestClient } from './SignalingTestClient.js';

/** A real media node with real mediasoup workers on loopback, on a free port. */
export async function startMediaNode(env: Record<string, string> = {}) {
  const config = loadConfig({
    CHORUS_HTTP_PORT: '1',
    CHORUS_NUM_WORKERS: '1',
    CHORUS_LOG_LEVEL: process.env.CHORUS_TEST_LOG_LEVEL ?? 'silent',
    // The SFU's own plumbing is tested on the plain live view; utterance tests ask for their feed.
    CHORUS_VIEWER_FEED: 'live',
    // Media tests run without sign-in; the auth tests (tests/firebase) pass CHORUS_AUTH=firebase.
    CHORUS_AUTH: 'off',
    // Every test client comes from 127.0.0.1; the per-address cap has its own test.
    CHORUS_MAX_CONNECTIONS_PER_IP: '1000',
    // No registry, command listener or journal unless a test asks: the media suite runs without the emulator.
    CHORUS_FIRESTORE: 'off',
    ...env,
  });
  config.http.port = 0;
  const node = await MediaNode.start(config, createLogger(config.logLevel));
  const url = `ws://127.0.0.1:${node.port}${SIGNALING_PATH}`;
  const clients: SignalingTestClient[] = [];
  return {
    node,
    url,
    httpBase: `http://127.0.0.1:${node.port}`,
    async client() {
      const client = await SignalingTestClient.connect(url);
      clients.push(client);
      return client;
    },
    async close() {
      await Promise.all(clients.map((client) => client.close()));
      await node.close();
    },
  };
}

export type MediaNodeStack = Awaited<ReturnType<typeof startMediaNode>>;

/** Runs a test body against its own media node, closed afterwards whatever happens. */
export async function withMediaNode(env: Record<string, string>, run: (stack: MediaNodeStack) => Promise<void>): Promise<void> {
  const stack = await startMediaNode(env);
  try {
    await run(stack);
  } finally {
    await stack.close();
  }
}

/** RTP parameters as a browser would send them for a VP8 camera or an Opus microphone. */
export function fakeRtpParameters(kind: 'audio' | 'video', ssrc: number) {
  return kind === 'video'
    ? {
        mid: '0',
        codecs: [
          {
            mimeType: 'video/VP8',
            payloadType: 96,
            clockRate: 90000,
            rtcpFeedback: [{ type: 'nack' }, { type: 'nack', parameter: 'pli' }, { type: 'ccm', parameter: 'fir' }],
          },
        ],
        headerExtensions: [],
        encodings: [{ ssrc }],
        rtcp: { cname: `cname-${ssrc}` },
      }
    : {
        mid: '1',
        codecs: [{ mimeType: 'audio/opus', payloadType: 111, clockRate: 48000, channels: 2 }],
        headerExtensions: [],
        encodings: [{ ssrc }],
        rtcp: { cname: `cname-${ssrc}` },
      };
}
