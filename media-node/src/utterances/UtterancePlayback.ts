import { EventEmitter } from 'node:events';
import type { PacketKind } from './PacketLog.js';
import type { Utterance } from './Utterance.js';

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Where a viewer's packets go: a copy the sink may rewrite, tagged with the utterance it came from. */
export interface PlaybackSink {
  send(kind: PacketKind, packet: Buffer, utteranceId: string, sendAtMs: number): void;
  /**
   * Feeds `kind` straight from the live producer recording `utterance`, inside the media worker, from
   * now until `endRelay`; false when it cannot, and playback then sends that kind itself.
   */
  relayLive?(kind: PacketKind, utterance: Utterance): boolean;
  /** Whether the worker feeds `kind` from the producer recording `utterance` already (its previous one). */
  feedsFrom?(kind: PacketKind, utterance: Utterance): boolean;
  /** Back to what `send` writes. */
  endRelay?(): void;
}

export type PlaybackEnd = 'ended' | 'evicted' | 'stopped';

export interface UtterancePlaybackEvents {
  /** Playback of `utterance` is over; 'stopped' also covers a switch to another one. */
  finished: [utterance: Utterance, reason: PlaybackEnd];
}

/** How much recording before its first keyframe playback may send at once to show the picture now. */
const MAX_BURST_MS = 1000;

/**
 * Where paced playback starts. A recording that began less than MAX_BURST_MS ago is joined at its live
 * edge: what it holds goes out at once and each new packet as it arrives, so a viewer waiting for speech
 * hears it as it is spoken, with no timer per packet. Otherwise pacing starts at the first keyframe, so
 * that a switch shows the new picture at once, with the audio recorded before it (the pre-roll) sent in
 * a short burst that the receiver's jitter buffer absorbs; or at the first packet, when the first
 * keyframe comes too late to burst up to it.
 */
function pacingOrigin(utterance: Utterance): number {
  const log = utterance.packets;
  if (log.length === 0) return Number.NaN;
  const first = log.arrivalMs(0);
  const last = log.arrivalMs(log.length - 1);
  if (atLiveEdge(utterance)) return last;
  const key = log.keyFrameIndices[0];
  if (key === undefined) return first;
  const keyAt = log.arrivalMs(key);
  return keyAt - first <= MAX_BURST_MS ? keyAt : first;
}

/** Whether playback of `utterance` starting now joins it at its live edge. */
function atLiveEdge(utterance: Utterance): boolean {
  const log = utterance.packets;
  return utterance.state === 'recording' && (log.length === 0 || log.arrivalMs(log.length - 1) - log.arrivalMs(0) <= MAX_BURST_MS);
}

/** Packets due within this much of one another go out in one wake-up; finer timers only cost CPU. */
const BATCH_MS = 2;

/**
 * Replays one utterance at a time to one viewer, at the pace the packets were recorded, audio and video
 * together from the one log. It follows a recording still in progress: past the last recorded packet it
 * waits for the next one. Video starts on a keyframe, so every switch shows a clean picture.
 *
 * At the live edge, a sink that can relay takes over: the worker feeds the viewer from the speaker's
 * producer, as cheaply as any direct consumer: video while the keyframe asked for when the utterance
 * started is still to come, so that it is the viewer's first; audio once the pre-roll held so far has
 * gone out, so that the first syllable is heard.
 */
export class UtterancePlayback extends EventEmitter<UtterancePlaybackEvents> {
  private current: Utterance | undefined;
  private release: (() => void) | undefined;
  private next = 0;
  private startedAtMs = 0;
  private firstArrivalMs = 0;
  private videoStarted = false;
  /** The kinds the sink relays from the live producer; playback sends none of their packets. */
  private readonly relayed = new Set<PacketKind>();
  private timer: unknown;
  private readonly detach: (() => void)[] = [];

  constructor(
    private readonly sink: PlaybackSink,
    private readonly clock: Clock = systemClock,
    /** A fixed delay of this viewer's packets, so that many viewers' sends spread out instead of bursting. */
    private readonly phaseMs = 0,
  ) {
    super();
  }

  get utterance(): Utterance | undefined {
    return this.current;
  }

  /** Whether the worker, not this playback, feeds the viewer now. */
  get relaying(): boolean {
    return this.relayed.size > 0;
  }

  /** The sink could not relay `kind` after all: send it from here on, video from its next keyframe. */
  relayLost(kind: PacketKind): void {
    if (!this.relayed.delete(kind)) return;
    if (kind === 'video') this.videoStarted = false;
  }

  /** Switches to `utterance` from its start, now. Whatever was playing is finished as 'stopped'. */
  play(utterance: Utterance): void {
    if (utterance.state === 'evicted') throw new Error(`utterance ${utterance.id} was evicted`);
    this.finish('stopped');
    this.current = utterance;
    this.release = utterance.acquire();
    this.next = 0;
    this.videoStarted = false;
    this.startedAtMs = this.clock.now() + this.phaseMs;
    this.firstArrivalMs = pacingOrigin(utterance);
    // With both kinds relayed, a new packet is the worker's business alone.
    const onPacket = () => {
      if (this.relayed.size < 2) this.pump();
    };
    const onComplete = () => this.pump();
    const onEvicted = () => this.finish('evicted');
    utterance.on('packet', onPacket);
    utterance.on('complete', onComplete);
    utterance.once('evicted', onEvicted);
    this.detach.push(() => {
      utterance.off('packet', onPacket);
      utterance.off('complete', onComplete);
      utterance.off('evicted', onEvicted);
    });
    const log = utterance.packets;
    const relay = atLiveEdge(utterance) && this.sink.relayLive ? (kind: PacketKind) => this.sink.relayLive!(kind, utterance) : undefined;
    // Video is relayed while its first keyframe, asked for when the recording began, is still to come:
    // a relayed consumer waits for a keyframe, and the camera ignores a request made so soon after the
    // last one (libwebrtc: 300 ms), so a later one would freeze the picture until mediasoup asks again,
    // a second later. Past that keyframe, the recording is played from it, here.
    const videoRelayable = this.sink.feedsFrom?.('video', utterance) || log.keyFrameIndices.length === 0;
    if (relay && videoRelayable && relay('video')) this.relayed.add('video');
    // A speaker's next utterance, right after the one relayed: the viewer has heard its start already.
    if (relay && this.sink.feedsFrom?.('audio', utterance) && relay('audio')) this.relayed.add('audio');
    this.pump();
    if (relay && this.current === utterance && !this.relayed.has('audio') && relay('audio')) this.relayed.add('audio');
  }

  stop(): void {
    this.finish('stopped');
  }

  /** Sends what is due, then sleeps until the next packet is due or, at the live edge, recorded. */
  private pump(): void {
    const utterance = this.current;
    if (!utterance) return;
    this.cancelTimer();
    const log = utterance.packets;
    const now = this.clock.now();
    while (this.next < log.length) {
      // A relayed kind's packets are not waited for.
      if (this.relayed.has(log.kind(this.next))) {
        this.next++;
        continue;
      }
      if (Number.isNaN(this.firstArrivalMs)) this.firstArrivalMs = pacingOrigin(utterance);
      const dueAtMs = this.startedAtMs + (log.arrivalMs(this.next) - this.firstArrivalMs);
      if (dueAtMs > now + BATCH_MS) {
        this.timer = this.clock.setTimeout(() => {
          this.timer = undefined;
          this.pump();
        }, dueAtMs - now);
        return;
      }
      this.sendPacket(this.next++, utterance, Math.max(now, dueAtMs));
    }
    if (utterance.state === 'complete') this.finish('ended');
  }

  private sendPacket(i: number, utterance: Utterance, sendAtMs: number): void {
    const log = utterance.packets;
    const kind = log.kind(i);
    if (kind === 'video' && !this.videoStarted) {
      if (!log.isKeyFrame(i)) return;
      this.videoStarted = true;
    }
    this.sink.send(kind, Buffer.from(log.packet(i)), utterance.id, sendAtMs);
  }

  private finish(reason: PlaybackEnd): void {
    const utterance = this.current;
    if (!utterance) return;
    this.cancelTimer();
    for (const undo of this.detach.splice(0)) undo();
    if (this.relayed.size > 0) {
      this.relayed.clear();
      this.sink.endRelay?.();
    }
    this.release?.();
    this.release = undefined;
    this.current = undefined;
    this.emit('finished', utterance, reason);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
