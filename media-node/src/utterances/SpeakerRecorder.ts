import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { types as ms } from 'mediasoup';
import { isH264KeyFrame, isVp8KeyFrame, parseRtpHeader, readAudioLevel, type RtpHeader } from '../rtp/rtpPacket.js';
import type { PacketKind } from './PacketLog.js';
import type { Utterance } from './Utterance.js';
import { UtteranceDetector, type UtteranceDetectorSettings } from './UtteranceDetector.js';
import type { UtteranceStore } from './UtteranceStore.js';
import type { Clock } from './UtterancePlayback.js';

export const AUDIO_LEVEL_URI = 'urn:ietf:params:rtp-hdrext:ssrc-audio-level';

export interface SpeakerRecorderSettings {
  detector: UtteranceDetectorSettings;
  /** Packets kept from before detection fires, so the first syllable is not cut. */
  preRollMs: number;
  /** While recording, a keyframe is asked for this often, so playback can recover from loss within one. */
  keyFrameIntervalMs: number;
}

export interface SpeakerRecorderEvents {
  utterancestart: [utterance: Utterance];
  utteranceend: [utterance: Utterance];
}

interface HeldPacket {
  kind: PacketKind;
  packet: Buffer;
  arrivalMs: number;
  keyFrame: boolean;
}

/**
 * At a 15 s split the audio moves to the new utterance on the very packet, but its video can only start on
 * a keyframe: until the camera answers the request for one (a few hundred ms), the video stays with the
 * previous utterance, so no packet is lost and both start clean. Never longer than this.
 */
const VIDEO_HANDOVER_MAX_MS = 1000;

/**
 * Records one speaker: taps its producers through a DirectTransport, finds utterances in the audio levels
 * the speaker's client puts on every packet, and writes each utterance's audio and video into the store.
 * Every utterance's video starts on a keyframe, asked of the speaker when the utterance starts.
 */
export class SpeakerRecorder extends EventEmitter<SpeakerRecorderEvents> {
  private readonly detector: UtteranceDetector;
  private readonly consumers = new Map<PacketKind, ms.Consumer>();
  private audioLevelId: number | undefined;
  private videoKeyFrame: (packet: Uint8Array, header: RtpHeader) => boolean = () => false;
  private preRoll: HeldPacket[] = [];
  private current: Utterance | undefined;
  private videoStarted = false;
  /** After a 15 s split: the utterance that keeps the video until the new one has a keyframe. */
  private handover: { utterance: Utterance; untilMs: number; timer: unknown } | undefined;
  private lastAudioAtMs = 0;
  private silenceTimer: unknown;
  private keyFrameTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    readonly speakerId: string,
    private readonly roomId: string,
    private readonly store: UtteranceStore,
    private readonly settings: SpeakerRecorderSettings,
    private readonly clock: Clock,
    private readonly speakerUid?: string,
  ) {
    super();
    this.detector = new UtteranceDetector(settings.detector);
  }

  get recording(): Utterance | undefined {
    return this.current;
  }

  /** Starts tapping one of the speaker's producers. */
  async tap(producer: ms.Producer, transport: ms.DirectTransport, rtpCapabilities: ms.RtpCapabilities): Promise<void> {
    const consumer = await transport.consume({ producerId: producer.id, rtpCapabilities });
    if (this.closed) {
      consumer.close();
      return;
    }
    this.consumers.get(producer.kind)?.close();
    this.consumers.set(producer.kind, consumer);
    consumer.observer.once('close', () => {
      if (this.consumers.get(producer.kind) === consumer) this.consumers.delete(producer.kind);
      if (producer.kind === 'audio') this.endUtterance('stopped');
    });
    if (producer.kind === 'audio') {
      this.audioLevelId = consumer.rtpParameters.headerExtensions?.find((e) => e.uri === AUDIO_LEVEL_URI)?.id;
      consumer.on('rtp', (packet) => this.onAudio(packet));
    } else {
      const mimeType = consumer.rtpParameters.codecs[0]?.mimeType.toLowerCase();
      this.videoKeyFrame = mimeType === 'video/h264' ? isH264KeyFrame : isVp8KeyFrame;
      consumer.on('rtp', (packet) => this.onVideo(packet));
    }
  }

  /** The speaker's producer of `kind` this recorder taps. */
  liveProducerId(kind: 'audio' | 'video'): string | undefined {
    return this.consumers.get(kind)?.producerId;
  }

  /** Asks the speaker's camera for a keyframe, as when a viewer at the live edge lost the picture. */
  requestKeyFrame(): void {
    void this.consumers
      .get('video')
      ?.requestKeyFrame()
      .catch(() => {});
  }

  /** The speaker left or its producers closed: what was being recorded stays, complete and playable. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.endUtterance('stopped');
    this.finishHandover();
    for (const consumer of this.consumers.values()) consumer.close();
    this.consumers.clear();
  }

  private onAudio(packet: Buffer): void {
    const header = parseRtpHeader(packet);
    if (!header) return;
    const now = this.clock.now();
    this.lastAudioAtMs = now;
    const level = this.audioLevelId === undefined ? undefined : readAudioLevel(packet, header, this.audioLevelId);
    // The packet that opens an utterance belongs to it: keep it in the pre-roll first.
    this.hold({ kind: 'audio', packet, arrivalMs: now, keyFrame: false });
    let split = false;
    for (const boundary of level ? this.detector.push(now, level.level) : []) {
      if (boundary.type === 'start') this.startUtterance(now, split);
      else {
        split = boundary.reason === 'max-duration';
        this.endUtterance(split ? 'split' : 'silence');
      }
    }
    this.current?.append('audio', packet, now, false);
    this.armSilenceTimer();
  }

  private onVideo(packet: Buffer): void {
    const header = parseRtpHeader(packet);
    if (!header) return;
    const now = this.clock.now();
    const keyFrame = this.videoKeyFrame(packet, header);
    this.hold({ kind: 'video', packet, arrivalMs: now, keyFrame });
    if (this.handover) {
      if (!keyFrame && now < this.handover.untilMs) {
        this.handover.utterance.append('video', packet, now, false);
        return;
      }
      this.finishHandover();
    }
    if (!this.current) return;
    if (!this.videoStarted && !keyFrame) return;
    this.videoStarted = true;
    this.current.append('video', packet, now, keyFrame);
  }

  private startUtterance(now: number, split: boolean): void {
    const first = split ? undefined : this.preRoll[0];
    const utterance = this.store.begin({
      id: randomUUID(),
      roomId: this.roomId,
      speakerId: this.speakerId,
      ...(this.speakerUid ? { speakerUid: this.speakerUid } : {}),
      startedAt: Date.now() - (first ? now - first.arrivalMs : 0),
    });
    this.current = utterance;
    this.videoStarted = false;
    if (!split) this.replayPreRoll(utterance);
    this.preRoll = [];
    this.requestKeyFrame();
    this.keyFrameTimer = setInterval(() => this.requestKeyFrame(), this.settings.keyFrameIntervalMs);
    this.keyFrameTimer.unref();
    this.emit('utterancestart', utterance);
  }

  /** Audio from the whole pre-roll; video only from its last keyframe, since video must start on one. */
  private replayPreRoll(utterance: Utterance): void {
    let lastKey = -1;
    this.preRoll.forEach((held, i) => held.keyFrame && (lastKey = i));
    this.preRoll.forEach((held, i) => {
      if (held.kind === 'audio') {
        // The packet that fired detection is appended by onAudio itself.
        if (i < this.preRoll.length - 1) utterance.append('audio', held.packet, held.arrivalMs, false);
      } else if (lastKey >= 0 && i >= lastKey) {
        utterance.append('video', held.packet, held.arrivalMs, held.keyFrame);
        this.videoStarted = true;
      }
    });
  }

  private endUtterance(reason: 'silence' | 'split' | 'stopped'): void {
    const utterance = this.current;
    if (!utterance) return;
    this.current = undefined;
    clearInterval(this.keyFrameTimer);
    this.cancelSilenceTimer();
    if (reason === 'stopped') this.detector.stop(this.clock.now());
    if (reason === 'split' && this.videoStarted && this.consumers.has('video')) {
      // A 15 s split: the next utterance waits for a keyframe; until then its video stays here.
      this.finishHandover();
      // Closed by the next keyframe, or by this timer when the camera sends nothing at all.
      const timer = this.clock.setTimeout(() => this.finishHandover(), VIDEO_HANDOVER_MAX_MS);
      this.handover = { utterance, untilMs: this.clock.now() + VIDEO_HANDOVER_MAX_MS, timer };
      return;
    }
    utterance.complete();
    this.emit('utteranceend', utterance);
  }

  private finishHandover(): void {
    const handover = this.handover;
    if (!handover) return;
    this.handover = undefined;
    this.clock.clearTimeout(handover.timer);
    handover.utterance.complete();
    this.emit('utteranceend', handover.utterance);
  }

  private hold(held: HeldPacket): void {
    if (this.current) return;
    this.preRoll.push({ ...held, packet: Buffer.from(held.packet) });
    const horizon = held.arrivalMs - this.settings.preRollMs;
    let drop = 0;
    while (drop < this.preRoll.length && this.preRoll[drop]!.arrivalMs < horizon) drop++;
    if (drop > 0) this.preRoll.splice(0, drop);
  }

  /** With DTX a silent speaker may send nothing at all; silence must still end the utterance. */
  private armSilenceTimer(): void {
    if (!this.current || this.silenceTimer !== undefined) return;
    const check = () => {
      this.silenceTimer = undefined;
      const now = this.clock.now();
      if (!this.current) return;
      if (now - this.lastAudioAtMs >= 100) {
        for (const boundary of this.detector.push(now, 127)) if (boundary.type === 'end') this.endUtterance('silence');
      }
      this.armSilenceTimer();
    };
    this.silenceTimer = this.clock.setTimeout(check, 100);
  }

  private cancelSilenceTimer(): void {
    if (this.silenceTimer !== undefined) this.clock.clearTimeout(this.silenceTimer);
    this.silenceTimer = undefined;
  }
}
