/**
 * Just enough of RFC 3550 / RFC 8285 to record and replay RTP without a full parser: the fixed header,
 * the one-byte and two-byte header extension forms, and keyframe detection for the video codecs the
 * router offers. Every function takes the raw datagram and never copies it.
 */
export interface RtpHeader {
  payloadType: number;
  marker: boolean;
  sequenceNumber: number;
  timestamp: number;
  ssrc: number;
  /** Offset of the payload, after CSRCs and the header extension. */
  payloadOffset: number;
  /** Payload length without padding. */
  payloadLength: number;
  /** Offset and length of the header extension's data (after its 4-byte preamble), when present. */
  extension?: { profile: number; offset: number; length: number };
}

const FIXED_HEADER = 12;

export function parseRtpHeader(packet: Uint8Array): RtpHeader | undefined {
  if (packet.length < FIXED_HEADER || packet[0]! >> 6 !== 2) return undefined;
  const view = new DataView(packet.buffer, packet.byteOffset, packet.byteLength);
  const first = packet[0]!;
  const csrcCount = first & 0x0f;
  let offset = FIXED_HEADER + csrcCount * 4;
  let extension: RtpHeader['extension'];
  if (first & 0x10) {
    if (packet.length < offset + 4) return undefined;
    const profile = view.getUint16(offset);
    const length = view.getUint16(offset + 2) * 4;
    if (packet.length < offset + 4 + length) return undefined;
    extension = { profile, offset: offset + 4, length };
    offset += 4 + length;
  }
  let end = packet.length;
  if (first & 0x20) end -= packet[packet.length - 1]!;
  if (end < offset) return undefined;
  return {
    payloadType: packet[1]! & 0x7f,
    marker: (packet[1]! & 0x80) !== 0,
    sequenceNumber: view.getUint16(2),
    timestamp: view.getUint32(4),
    ssrc: view.getUint32(8),
    payloadOffset: offset,
    payloadLength: end - offset,
    ...(extension ? { extension } : {}),
  };
}

/** The data of header extension `id`, in either RFC 8285 form, or undefined. */
export function findHeaderExtension(packet: Uint8Array, header: RtpHeader, id: number): Uint8Array | undefined {
  const ext = header.extension;
  if (!ext) return undefined;
  const oneByte = ext.profile === 0xbede;
  const twoByte = (ext.profile & 0xfff0) === 0x1000;
  if (!oneByte && !twoByte) return undefined;
  let i = ext.offset;
  const end = ext.offset + ext.length;
  while (i < end) {
    const byte = packet[i]!;
    if (byte === 0) {
      i++; // padding between elements
      continue;
    }
    let elementId: number;
    let length: number;
    if (oneByte) {
      elementId = byte >> 4;
      length = (byte & 0x0f) + 1;
      if (elementId === 15) return undefined; // reserved: stop parsing, per RFC 8285
      i += 1;
    } else {
      if (i + 1 >= end) return undefined;
      elementId = byte;
      length = packet[i + 1]!;
      i += 2;
    }
    if (i + length > end) return undefined;
    if (elementId === id) return packet.subarray(i, i + length);
    i += length;
  }
  return undefined;
}

/** RFC 6464: level in -dBov (0 loudest, 127 silence) and the voice-activity flag. */
export function readAudioLevel(packet: Uint8Array, header: RtpHeader, extensionId: number): { level: number; voice: boolean } | undefined {
  const data = findHeaderExtension(packet, header, extensionId);
  if (!data || data.length < 1) return undefined;
  return { level: data[0]! & 0x7f, voice: (data[0]! & 0x80) !== 0 };
}

/** RFC 7741: a VP8 packet that starts a keyframe. */
export function isVp8KeyFrame(packet: Uint8Array, header: RtpHeader): boolean {
  let i = header.payloadOffset;
  const end = i + header.payloadLength;
  if (i >= end) return false;
  const descriptor = packet[i]!;
  const startOfPartition = (descriptor & 0x10) !== 0;
  const partitionId = descriptor & 0x0f;
  if (!startOfPartition || partitionId !== 0) return false;
  i++;
  if (descriptor & 0x80) {
    if (i >= end) return false;
    const extended = packet[i++]!;
    if (extended & 0x80) {
      if (i >= end) return false;
      i += packet[i]! & 0x80 ? 2 : 1; // picture id, 7 or 15 bits
    }
    if (extended & 0x40) i++; // TL0PICIDX
    if (extended & 0x30) i++; // TID / KEYIDX
  }
  if (i >= end) return false;
  return (packet[i]! & 0x01) === 0;
}

/** RFC 6184: an H264 packet that carries (the start of) an IDR slice or an SPS. */
export function isH264KeyFrame(packet: Uint8Array, header: RtpHeader): boolean {
  const start = header.payloadOffset;
  const end = start + header.payloadLength;
  if (start >= end) return false;
  const nalType = packet[start]! & 0x1f;
  const isKeyNal = (type: number) => type === 5 || type === 7;
  if (nalType >= 1 && nalType <= 23) return isKeyNal(nalType);
  if (nalType === 24) {
    // STAP-A: 16-bit size, then the NAL unit, repeated.
    let i = start + 1;
    while (i + 2 < end) {
      const size = (packet[i]! << 8) | packet[i + 1]!;
      if (isKeyNal(packet[i + 2]! & 0x1f)) return true;
      i += 2 + size;
    }
    return false;
  }
  if (nalType === 28) {
    // FU-A: only the fragment with the start bit begins the NAL unit.
    if (start + 1 >= end) return false;
    const fuHeader = packet[start + 1]!;
    return (fuHeader & 0x80) !== 0 && isKeyNal(fuHeader & 0x1f);
  }
  return false;
}

/** Rewrites the fields that identify a packet's stream and position, in place. */
export function writeRtpIdentity(packet: Uint8Array, fields: { payloadType: number; sequenceNumber: number; timestamp: number; ssrc: number }): void {
  const view = new DataView(packet.buffer, packet.byteOffset, packet.byteLength);
  packet[1] = (packet[1]! & 0x80) | (fields.payloadType & 0x7f);
  view.setUint16(2, fields.sequenceNumber & 0xffff);
  view.setUint32(4, fields.timestamp >>> 0);
  view.setUint32(8, fields.ssrc >>> 0);
}

/**
 * Media SSRCs that an RTCP compound packet asks keyframes for: PLI (RFC 4585) and FIR (RFC 5104).
 */
export function keyFrameRequestsIn(rtcp: Uint8Array): number[] {
  const view = new DataView(rtcp.buffer, rtcp.byteOffset, rtcp.byteLength);
  const ssrcs: number[] = [];
  let offset = 0;
  while (offset + 4 <= rtcp.length) {
    const format = rtcp[offset]! & 0x1f;
    const packetType = rtcp[offset + 1]!;
    const length = (view.getUint16(offset + 2) + 1) * 4;
    if (rtcp[offset]! >> 6 !== 2 || offset + length > rtcp.length) break;
    if (packetType === 206 && format === 1 && length >= 12) ssrcs.push(view.getUint32(offset + 8));
    if (packetType === 206 && format === 4) {
      for (let fci = offset + 12; fci + 8 <= offset + length; fci += 8) ssrcs.push(view.getUint32(fci));
    }
    offset += length;
  }
  return ssrcs;
}
