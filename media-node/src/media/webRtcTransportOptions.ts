import type { types as ms } from 'mediasoup';
import type { MediaNodeConfig } from '../config.js';

export type TransportDirection = 'send' | 'recv';

export interface TransportAppData extends ms.AppData {
  direction: TransportDirection;
  peerId: string;
}

/** Turns the node's transport settings into mediasoup options: one listen entry per enabled protocol, UDP preferred. */
export function webRtcTransportOptions(
  settings: MediaNodeConfig['webRtcTransport'],
  appData: TransportAppData,
  forceTcp = false,
): ms.WebRtcTransportOptions<TransportAppData> {
  const protocols: ms.TransportProtocol[] = [];
  if (settings.enableUdp && !forceTcp) protocols.push('udp');
  if (settings.enableTcp) protocols.push('tcp');
  if (protocols.length === 0) throw new Error('no transport protocol enabled (TCP is off and UDP was refused)');
  return {
    listenInfos: protocols.map((protocol) => ({
      protocol,
      ip: settings.listenIp,
      ...(settings.announcedAddress ? { announcedAddress: settings.announcedAddress } : {}),
      portRange: settings.portRange,
    })),
    preferUdp: true,
    initialAvailableOutgoingBitrate: settings.initialAvailableOutgoingBitrate,
    appData,
  };
}
