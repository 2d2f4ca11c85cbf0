import type { Transport } from 'mediasoup-client/types';
import type { PageConfig } from '../config.js';
import { selectedCandidatePairType, type CandidateType } from '../media/stats.js';
import type { SessionPhase } from '../session/Session.js';
import type { CommonState, PageHooks } from '../testHooks.js';
import { requireElement } from './dom.js';

export type Tone = 'info' | 'ok' | 'warn' | 'error';

/**
 * The page's status, shown in #status (plain text; state and tone also in data attributes)
 * and #details, and mirrored in the page's test hooks.
 */
export class StatusView<State extends string> {
  private readonly status = requireElement('status');
  private readonly details = requireElement('details');

  constructor(
    private readonly hooks: PageHooks<State>,
    private readonly config: PageConfig,
    private readonly transportLabel: string,
  ) {
    this.showDetails();
  }

  show(state: State, text: string, tone: Tone): void {
    this.hooks.state = state;
    if (tone === 'error' || tone === 'warn') this.hooks.error = text;
    else if (tone === 'ok') this.hooks.error = null;
    this.status.textContent = text;
    this.status.dataset.state = state;
    this.status.dataset.tone = tone;
  }

  joined(peerId: string): void {
    this.hooks.peerId = peerId;
    this.showDetails();
  }

  transportChanged(state: string, transport: Transport | null): void {
    this.hooks.transportState = state;
    this.showDetails();
    void this.refreshCandidatePairType(transport);
  }

  async refreshCandidatePairType(transport: Transport | null): Promise<CandidateType | null> {
    const type = transport && !transport.closed ? await selectedCandidatePairType(transport) : null;
    if (type !== this.hooks.selectedCandidatePairType) {
      this.hooks.selectedCandidatePairType = type;
      this.showDetails();
    }
    return type;
  }

  private showDetails(): void {
    const { peerId, transportState, selectedCandidatePairType: pairType } = this.hooks;
    const parts = [`Room "${this.config.roomId}"`];
    if (this.hooks.room) parts.push(`node ${this.hooks.room.nodeId} over ${this.hooks.carrier === 'firestore' ? 'Firestore' : 'WebSocket'}`);
    if (peerId) parts.push(`peer ${peerId}`);
    if (transportState) parts.push(`${this.transportLabel} ${transportState}`);
    if (pairType) parts.push(`ICE candidate ${pairType}`);
    if (this.config.iceTransportPolicy === 'relay') parts.push('TURN relay only');
    this.details.textContent = parts.join(' · ');
  }
}

/** Status for the phases every page shares; 'joined' is for the page to describe. */
export function describeSessionPhase(
  phase: Exclude<SessionPhase, { phase: 'joined' }>,
  roomId: string,
): { state: CommonState; text: string; tone: Tone } {
  switch (phase.phase) {
    case 'connecting':
      return { state: 'connecting', text: 'Connecting to the server…', tone: 'info' };
    case 'joining':
      return { state: 'joining', text: `Joining room "${roomId}"…`, tone: 'info' };
    case 'disconnected':
      return {
        state: 'disconnected',
        text: `Connection error: ${phase.reason}. Retrying in ${Math.ceil(phase.retryInMs / 1000)} s…`,
        tone: 'warn',
      };
    case 'failed':
      return { state: 'error', text: `Error: ${phase.error}`, tone: 'error' };
  }
}
