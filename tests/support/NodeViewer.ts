import wrtc from '@roamhq/wrtc';
import { Device } from 'mediasoup-client';
import type { Consumer, RtpCapabilities, RtpParameters, Transport, TransportOptions } from 'mediasoup-client/types';
import { SignalingTestClient } from './SignalingTestClient.js';

// mediasoup-client looks for the browser's WebRTC classes on the global object.
Object.assign(globalThis, {
  RTCPeerConnection: wrtc.RTCPeerConnection,
  RTCSessionDescription: wrtc.RTCSessionDescription,
  RTCIceCandidate: wrtc.RTCIceCandidate,
  MediaStream: wrtc.MediaStream,
  MediaStreamTrack: wrtc.MediaStreamTrack,
  RTCRtpSender: wrtc.RTCRtpSender,
  RTCRtpReceiver: wrtc.RTCRtpReceiver,
  RTCRtpTransceiver: wrtc.RTCRtpTransceiver,
});

/**
 * A viewer without a browser: libwebrtc (@roamhq/wrtc) driven by mediasoup-client, speaking the
 * same protocol as the web client. Cheap enough to run tens of them for load figures.
 */
export class NodeViewer {
  readonly consumers: Consumer[] = [];
  private constructor(
    private readonly signaling: SignalingTestClient,
    private readonly device: Device,
    private readonly transport: Transport,
  ) {}

  static async join(url: string, roomId: string): Promise<NodeViewer> {
    const signaling = await SignalingTestClient.connect(url);
    const joined = await signaling.request('join', { roomId, role: 'viewer' });
    const device = new Device({ handlerName: 'Chrome111' });
    await device.load({ routerRtpCapabilities: joined.routerRtpCapabilities as RtpCapabilities });
    const info = await signaling.request('createWebRtcTransport', { direction: 'recv' });
    const transport = device.createRecvTransport({
      id: info.transportId,
      iceParameters: info.iceParameters,
      iceCandidates: info.iceCandidates,
      dtlsParameters: info.dtlsParameters,
      iceServers: [],
    } as unknown as TransportOptions);
    transport.on('connect', ({ dtlsParameters }, callback, errback) => {
      signaling.request('connectWebRtcTransport', { transportId: transport.id, dtlsParameters }).then(() => callback(), errback);
    });
    const viewer = new NodeViewer(signaling, device, transport);
    await viewer.consumeOffered();
    return viewer;
  }

  /** Consumes every producer the server offered so far. */
  private async consumeOffered(): Promise<void> {
    await this.signaling.until(() => this.signaling.notifications.some((n) => n.method === 'producerAdded'), 'an offered producer');
    const offered = this.signaling.notifications
      .filter((n) => n.method === 'producerAdded')
      .map((n) => (n.data as { producerId: string }).producerId);
    for (const producerId of offered) {
      const answer = await this.signaling.request('consume', {
        transportId: this.transport.id,
        producerId,
        rtpCapabilities: this.device.rtpCapabilities as unknown as Record<string, unknown>,
      });
      const consumer = await this.transport.consume({
        id: answer.consumerId,
        producerId: answer.producerId,
        kind: answer.kind,
        rtpParameters: answer.rtpParameters as unknown as RtpParameters,
      });
      this.consumers.push(consumer);
      await this.signaling.request('resumeConsumer', { consumerId: consumer.id });
    }
  }

  /** Packets and bytes received so far (from the peer connection: wrtc has no per-receiver stats). */
  async received(): Promise<{ audio: number; video: number; bytes: number }> {
    const totals = { audio: 0, video: 0, bytes: 0 };
    (await this.transport.getStats()).forEach((report: { type: string; kind?: string; packetsReceived?: number; bytesReceived?: number }) => {
      if (report.type === 'inbound-rtp' && (report.kind === 'audio' || report.kind === 'video')) {
        totals[report.kind] += report.packetsReceived ?? 0;
        totals.bytes += report.bytesReceived ?? 0;
      }
    });
    return totals;
  }

  async close(): Promise<void> {
    this.transport.close();
    await this.signaling.close();
  }
}
