import { errorMessage } from '../errorMessage.js';

export type Reroute = () => Promise<{ utteranceId: string | null }>;

/**
 * "Next": asks the server to switch this viewer to something else now. The button is disabled
 * while a request is out, so an impatient double click does not skip twice; the outcome is
 * told next to it when it is not simply the switch itself (a failure, or nothing new).
 */
export class NextButton {
  private inFlight = 0;

  constructor(
    private readonly button: HTMLButtonElement,
    private readonly message: HTMLElement,
    private readonly reroute: Reroute,
  ) {
    button.addEventListener('click', () => void this.next().catch(() => undefined));
  }

  /** Sends one reroute (also for callers other than the button) and shows how it went. */
  async next(): Promise<{ utteranceId: string | null }> {
    this.inFlight++;
    this.button.disabled = true;
    this.button.setAttribute('aria-busy', 'true');
    this.say('', 'info');
    try {
      const result = await this.reroute();
      if (result.utteranceId === null) this.say('Nothing new to play', 'info');
      return result;
    } catch (error) {
      this.say(`Could not switch: ${errorMessage(error)}`, 'error');
      throw error;
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) {
        this.button.disabled = false;
        this.button.removeAttribute('aria-busy');
      }
    }
  }

  /** A switch announced by the server makes an earlier "nothing new" or failure out of date. */
  clearMessage(): void {
    this.say('', 'info');
  }

  private say(text: string, tone: 'info' | 'error'): void {
    this.message.textContent = text;
    this.message.dataset.tone = tone;
  }
}
