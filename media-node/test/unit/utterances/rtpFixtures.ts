/** Builds RTP packets for tests: a fixed header, an optional one-byte audio-level extension, a payload. */
export interface FakeRtp {
  payloadType?: number;
  marker?: boolean;
  sequenceNumber: number;
  timestamp: number;
  ssrc?: number;
  audioLevel?: { id: number; level: number; voice?: boolean };
  payload?: Uint8Array;
}

export function rtpPacket(fields: FakeRtp): Buffer {
  const ext = fields.audioLevel;
  const extBytes = ext ? 8 : 0;
  const payload = fields.payload ?? new Uint8Array([0xaa, 0xbb]);
  const packet = Buffer.alloc(12 + extBytes + payload.length);
  packet[0] = 0x80 | (ext ? 0x10 : 0);
  packet[1] = (fields.marker ? 0x80 : 0) | (fields.payloadType ?? 100);
  packet.writeUInt16BE(fields.sequenceNumber & 0xffff, 2);
  packet.writeUInt32BE(fields.timestamp >>> 0, 4);
  packet.writeUInt32BE(fields.ssrc ?? 1234, 8);
  if (ext) {
    packet.writeUInt16BE(0xbede, 12);
    packet.writeUInt16BE(1, 14);
    packet[16] = (ext.id << 4) | 0; // one byte of data
    packet[17] = (ext.voice ? 0x80 : 0) | ext.level;
  }
  packet.set(payload, 12 + extBytes);
  return packet;
}

/** A VP8 payload: descriptor with S=1, PID=0, then the payload header whose low bit is 0 on keyframes. */
export function vp8Payload(keyFrame: boolean, tag = 0): Uint8Array {
  return new Uint8Array([0x10, keyFrame ? 0x00 : 0x01, tag]);
}
