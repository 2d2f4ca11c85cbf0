/**
 * Tells the speaker whether the server hears them talking, which is what viewers get: if it stays
 * off while they talk, their microphone is too quiet or muted. Counts what has been recorded so far.
 */
export class SpeakingIndicator {
  private readonly light = document.createElement('span');
  private readonly label = document.createElement('span');
  private readonly count = document.createElement('span');

  constructor(private readonly container: HTMLElement) {
    this.light.className = 'speaking-light';
    this.light.setAttribute('aria-hidden', 'true');
    // Announcing every pause in speech would be noise; the count says it when asked.
    this.label.className = 'speaking-label';
    this.count.className = 'speaking-count';
    container.append(this.light, ' ', this.label, ' ', this.count);
    this.show(false, 0);
  }

  show(hearing: boolean, recorded: number): void {
    this.container.dataset.hearing = String(hearing);
    this.label.textContent = hearing ? 'The server hears you speaking' : 'Not hearing you right now';
    this.count.textContent = `· ${recorded} utterance${recorded === 1 ? '' : 's'} recorded`;
  }
}
