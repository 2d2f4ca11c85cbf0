import type { PlaybackConsumer, PlaybackView } from '../media/LivePlayback.js';
import { peerLabel } from './peerLabel.js';

/**
 * Shows received tracks: one tile per remote peer, holding a <video> and an <audio> element
 * per consumer. Browsers may refuse to start audio without a click; the "enable sound"
 * button then appears and starts it.
 *
 * A tile is captioned with the peer whose producers it shows, unless the page says otherwise: the
 * producers that carry routed utterances are the viewer's own, and the speaker changes under them.
 */
export class MediaGrid implements PlaybackView {
  private readonly tiles = new Map<string, HTMLElement>();
  private readonly elements = new Map<string, HTMLMediaElement>();
  private readonly blocked = new Set<HTMLMediaElement>();
  private readonly captions = new Map<string, string>();

  constructor(
    private readonly container: HTMLElement,
    private readonly enableSoundButton: HTMLButtonElement,
  ) {
    enableSoundButton.hidden = true;
    enableSoundButton.addEventListener('click', () => {
      for (const element of this.blocked) void element.play().catch(() => undefined);
      this.blocked.clear();
      enableSoundButton.hidden = true;
    });
  }

  add({ consumer, peerId }: PlaybackConsumer): void {
    const element = document.createElement(consumer.kind);
    element.autoplay = true;
    if (element instanceof HTMLVideoElement) {
      element.playsInline = true;
      // Sound comes through the peer's <audio> element; a muted video may always autoplay.
      element.muted = true;
    }
    element.srcObject = new MediaStream([consumer.track]);
    element.dataset.consumerId = consumer.id;
    element.dataset.producerId = consumer.producerId;
    element.dataset.kind = consumer.kind;
    this.tile(peerId).append(element);
    this.elements.set(consumer.id, element);
    element.play().catch((error: unknown) => {
      if (!(error instanceof DOMException) || error.name !== 'NotAllowedError' || !this.elements.has(consumer.id)) return;
      this.blocked.add(element);
      this.enableSoundButton.hidden = false;
    });
  }

  remove({ consumer, peerId }: PlaybackConsumer): void {
    const element = this.elements.get(consumer.id);
    if (!element) return;
    this.elements.delete(consumer.id);
    this.blocked.delete(element);
    if (this.blocked.size === 0) this.enableSoundButton.hidden = true;
    element.srcObject = null;
    element.remove();
    const tile = this.tiles.get(peerId);
    if (tile && !tile.querySelector('video, audio')) {
      tile.remove();
      this.tiles.delete(peerId);
    }
  }

  /** Captions the tile of `peerId` (now, or whenever it appears); null goes back to naming the peer. */
  setCaption(peerId: string, text: string | null): void {
    if (text === null) this.captions.delete(peerId);
    else this.captions.set(peerId, text);
    const caption = this.tiles.get(peerId)?.querySelector('figcaption');
    if (caption) caption.textContent = this.captionFor(peerId);
  }

  private captionFor(peerId: string): string {
    return this.captions.get(peerId) ?? peerLabel(peerId);
  }

  private tile(peerId: string): HTMLElement {
    let tile = this.tiles.get(peerId);
    if (!tile) {
      tile = document.createElement('figure');
      tile.className = 'tile';
      tile.dataset.peerId = peerId;
      const caption = document.createElement('figcaption');
      caption.textContent = this.captionFor(peerId);
      tile.append(caption);
      this.container.append(tile);
      this.tiles.set(peerId, tile);
    }
    return tile;
  }
}
