import type { MethodRequest, MethodResponse } from '@chorus/protocol';
import type { AppData, ConsumerOptions, RtpCapabilities, TransportOptions } from 'mediasoup-client/types';

// The protocol checks only the structure of mediasoup's parameter objects (see
// protocol/src/mediaTypes.ts) and lets mediasoup validate the rest. These functions are the
// one place where its loose shapes are handed to mediasoup-client's precise types.

export function toRtpCapabilities(capabilities: MethodResponse<'join'>['routerRtpCapabilities']): RtpCapabilities {
  return capabilities as RtpCapabilities;
}

export function toTransportOptions(transport: MethodResponse<'createWebRtcTransport'>, iceTransportPolicy: RTCIceTransportPolicy): TransportOptions {
  return {
    id: transport.transportId,
    iceParameters: transport.iceParameters,
    iceCandidates: transport.iceCandidates as TransportOptions['iceCandidates'],
    dtlsParameters: transport.dtlsParameters as TransportOptions['dtlsParameters'],
    iceServers: transport.iceServers,
    iceTransportPolicy,
  };
}

export function toConsumerOptions(consumer: MethodResponse<'consume'>): ConsumerOptions {
  return {
    id: consumer.consumerId,
    producerId: consumer.producerId,
    kind: consumer.kind,
    rtpParameters: consumer.rtpParameters as ConsumerOptions['rtpParameters'],
  };
}

type WireAppData = NonNullable<MethodRequest<'produce'>['appData']>;

/** The protocol carries only flat string, number and boolean app data; anything else stays local. */
export function toWireAppData(appData: AppData): WireAppData {
  const wire: WireAppData = {};
  for (const [key, value] of Object.entries(appData)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') wire[key] = value;
  }
  return wire;
}
