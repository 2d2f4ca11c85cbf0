import { readPageConfig } from './config.js';
import { errorMessage } from './errorMessage.js';
import { LivePlayback, type PlaybackConsumer } from './media/LivePlayback.js';
import { inboundAudioStats, inboundVideoStats } from './media/stats.js';
import { connectToRoom } from './session/connectToRoom.js';
import { Session } from './session/Session.js';
import { initialConnectionHooks, type ViewerHooks, type ViewerState } from './testHooks.js';
import { requireElement } from './ui/dom.js';
import { MediaGrid } from './ui/MediaGrid.js';
import { NextButton } from './ui/NextButton.js';
import { NowPlayingPanel } from './ui/NowPlayingPanel.js';
import { peerLabel } from './ui/peerLabel.js';
import { describeSessionPhase, StatusView } from './ui/StatusView.js';
import { NowPlaying, type FeedState } from './utterances/NowPlaying.js';

const config = readPageConfig();
let playback: LivePlayback | null = null;
let nextButton: NextButton | null = null;
let joined = false;

/** The newest live consumer of a kind: the one a single-speaker test is about. */
function newest(kind: 'audio' | 'video'): PlaybackConsumer | undefined {
  return playback?.currentConsumers.filter((entry) => entry.consumer.kind === kind && !entry.consumer.closed).at(-1);
}

const hooks: ViewerHooks = {
  page: 'viewer',
  state: 'connecting',
  error: null,
  roomId: config.roomId,
  peerId: null,
  consumers: [],
  nowPlaying: [],
  consumerIds: () => playback?.currentConsumers.map((entry) => entry.consumer.id) ?? [],
  next() {
    if (!nextButton) return Promise.reject(new Error('the page is not set up'));
    return nextButton.next();
  },
  ...initialConnectionHooks(config.carrier),
  async inboundStats() {
    const video = newest('video');
    const audio = newest('audio');
    return {
      video: video ? await inboundVideoStats(video.consumer) : null,
      audio: audio ? await inboundAudioStats(audio.consumer) : null,
      selectedCandidatePairType: await status.refreshCandidatePairType(playback?.recvTransport ?? null),
    };
  },
};
window.chorus = hooks;
const status = new StatusView<ViewerState>(hooks, config, 'receive transport');

/** Mirrors the consumers in the hooks; once joined, 'receiving' when one is resumed, else 'waiting'. */
function showPlayback(): void {
  const consumers = playback?.currentConsumers ?? [];
  hooks.consumers = consumers.map(({ consumer, peerId, resumed }) => ({
    consumerId: consumer.id,
    producerId: consumer.producerId,
    peerId,
    kind: consumer.kind,
    resumed,
  }));
  if (!joined) return;
  const live = consumers.filter((entry) => entry.resumed);
  if (live.length === 0) {
    status.show('waiting', `Joined room "${config.roomId}"; waiting for a speaker…`, 'ok');
    return;
  }
  // Under the utterance feed the viewer's own producers carry whoever is playing.
  if (live.every((entry) => entry.peerId === hooks.peerId)) {
    status.show('receiving', `Receiving ${live.length} track${live.length === 1 ? '' : 's'} of the room's utterances`, 'ok');
    return;
  }
  const speakers = new Set(live.map((entry) => entry.peerId)).size;
  status.show(
    'receiving',
    `Receiving ${live.length} track${live.length === 1 ? '' : 's'} from ${speakers} speaker${speakers === 1 ? '' : 's'}`,
    'ok',
  );
}

/** The utterance feed plays into the viewer's own producers, so their tile is named after whoever is playing. */
function routedCaption(state: FeedState): string | null {
  if (state.kind === 'playing') return peerLabel(state.speakerId);
  return state.kind === 'nothing' ? 'Nothing playing' : null;
}

async function main(): Promise<void> {
  requireElement<HTMLAnchorElement>('speaker-link').href = `speaker.html${window.location.search}`;
  const connection = await connectToRoom(config, {
    hooks,
    role: 'viewer',
    show: (state, text) => status.show(state, text, 'info'),
  });
  const signaling = connection.signaling;
  const grid = new MediaGrid(requireElement('media'), requireElement<HTMLButtonElement>('enable-sound'));
  const media = new LivePlayback(signaling, grid, {
    onChange: showPlayback,
    onTransportState: (state) => status.transportChanged(state, media.recvTransport),
  });
  playback = media;

  const feedSection = requireElement('utterances');
  const panel = new NowPlayingPanel(requireElement('now-playing'));
  const next = new NextButton(requireElement<HTMLButtonElement>('next'), requireElement('next-message'), () => signaling.request('reroute', {}));
  nextButton = next;
  const showFeed = (state: FeedState) => {
    feedSection.hidden = !feed.routed;
    panel.show(state);
    if (hooks.peerId) grid.setCaption(hooks.peerId, routedCaption(state));
  };
  const feed = new NowPlaying(signaling, (state) => {
    if (state.kind === 'playing') next.clearMessage();
    showFeed(state);
  });
  hooks.nowPlaying = feed.history;

  const session = new Session(
    signaling,
    { roomId: config.roomId, role: 'viewer', iceTransportPolicy: config.iceTransportPolicy, idToken: connection.idToken },
    media,
    (phase) => {
      joined = phase.phase === 'joined';
      if (phase.phase === 'joining') feed.sessionJoining();
      if (phase.phase === 'joined') {
        connection.joined();
        status.joined(phase.peerId);
        feed.sessionJoined(phase.resumed);
        showFeed(feed.state);
        showPlayback();
      } else {
        const { state, text, tone } = describeSessionPhase(phase, config.roomId);
        status.show(state, text, tone);
      }
    },
  );
  window.addEventListener('pagehide', () => session.leave());
  session.start();
}

main().catch((error: unknown) => {
  console.error(error);
  status.show('error', `Error: ${errorMessage(error)}`, 'error');
});
