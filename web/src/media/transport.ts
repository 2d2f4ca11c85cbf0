import type { Transport } from 'mediasoup-client/types';
import type { Signaling } from '../signaling/Signaling.js';
import type { MediaContext } from './MediaEndpoint.js';
import { toTransportOptions, toWireAppData } from './wire.js';

/**
 * Asks the server for a WebRtcTransport and builds the local side of it, with the
 * transport's 'connect' (and, for sending, 'produce') events answered over signaling.
 */
export async function createTransport(context: MediaContext, direction: 'send' | 'recv'): Promise<Transport> {
  const { signaling, device, iceTransportPolicy } = context;
  const info = await signaling.request('createWebRtcTransport', { direction });
  const options = toTransportOptions(info, iceTransportPolicy);
  const transport = direction === 'send' ? device.createSendTransport(options) : device.createRecvTransport(options);
  const transportId = transport.id;

  transport.on('connect', ({ dtlsParameters }, callback, errback) => {
    signaling.request('connectWebRtcTransport', { transportId, dtlsParameters }).then(() => callback(), errback);
  });
  if (direction === 'send') {
    transport.on('produce', ({ kind, rtpParameters, appData }, callback, errback) => {
      signaling
        .request('produce', { transportId, kind, rtpParameters, appData: toWireAppData(appData) })
        .then(({ producerId }) => callback({ id: producerId }), errback);
    });
  }
  // ICE can fail while signaling stays up (a network change, a NAT rebinding): restart it then,
  // instead of waiting for a socket drop that may never come.
  let restarting = false;
  transport.on('connectionstatechange', (state) => {
    if (state !== 'failed' || restarting || transport.closed || !signaling.connected) return;
    restarting = true;
    restartTransportIce(signaling, transport)
      .catch(() => undefined)
      .finally(() => {
        restarting = false;
      });
  });
  return transport;
}

/** New ICE credentials from the server, after the signaling session moved to a new socket. */
export async function restartTransportIce(signaling: Signaling, transport: Transport): Promise<void> {
  const { iceParameters } = await signaling.request('restartIce', { transportId: transport.id });
  await transport.restartIce({ iceParameters });
}
