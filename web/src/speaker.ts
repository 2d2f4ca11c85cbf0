import { readPageConfig } from './config.js';
import { errorMessage } from './errorMessage.js';
import { Publisher } from './media/Publisher.js';
import { outboundRtpStats } from './media/stats.js';
import { connectToRoom } from './session/connectToRoom.js';
import { Session } from './session/Session.js';
import { initialConnectionHooks, type SpeakerHooks, type SpeakerState } from './testHooks.js';
import { requireElement } from './ui/dom.js';
import { SpeakingIndicator } from './ui/SpeakingIndicator.js';
import { describeSessionPhase, StatusView } from './ui/StatusView.js';
import { OwnUtterances } from './utterances/OwnUtterances.js';

const config = readPageConfig();
let publisher: Publisher | null = null;

const hooks: SpeakerHooks = {
  page: 'speaker',
  state: 'starting-media',
  error: null,
  roomId: config.roomId,
  peerId: null,
  producerIds: [],
  utterances: [],
  hearing: false,
  ...initialConnectionHooks(config.carrier),
  async outboundStats() {
    const producers = publisher?.currentProducers ?? [];
    const video = producers.find((producer) => producer.kind === 'video' && !producer.closed);
    const audio = producers.find((producer) => producer.kind === 'audio' && !producer.closed);
    return {
      video: video ? await outboundRtpStats(video) : null,
      audio: audio ? await outboundRtpStats(audio) : null,
      selectedCandidatePairType: await status.refreshCandidatePairType(publisher?.sendTransport ?? null),
    };
  },
};
window.chorus = hooks;
const status = new StatusView<SpeakerState>(hooks, config, 'send transport');

async function startCamera(): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) {
    throw new Error('this page needs a secure context (https or localhost) to use the camera');
  }
  try {
    return await navigator.mediaDevices.getUserMedia({
      audio: true,
      video: { width: { ideal: 640 }, height: { ideal: 480 } },
    });
  } catch (error) {
    throw new Error(`cannot use the camera and microphone: ${errorMessage(error)}`);
  }
}

async function main(): Promise<void> {
  requireElement<HTMLAnchorElement>('viewer-link').href = `viewer.html${window.location.search}`;
  status.show('starting-media', 'Starting camera and microphone…', 'info');
  const stream = await startCamera();
  requireElement<HTMLVideoElement>('preview').srcObject = stream;

  const connection = await connectToRoom(config, {
    hooks,
    role: 'speaker',
    show: (state, text) => status.show(state, text, 'info'),
  });
  const signaling = connection.signaling;
  const media = new Publisher(stream, {
    onTransportState: (state) => status.transportChanged(state, media.sendTransport),
  });
  publisher = media;

  const indicatorElement = requireElement('speaking');
  const indicator = new SpeakingIndicator(indicatorElement);
  const own = new OwnUtterances(signaling, () => {
    hooks.hearing = own.hearing;
    // The live view records nothing, so there is nothing to indicate.
    indicatorElement.hidden = !own.roomRecords;
    indicator.show(own.hearing, own.list.length);
  });
  hooks.utterances = own.list;

  const session = new Session(
    signaling,
    { roomId: config.roomId, role: 'speaker', iceTransportPolicy: config.iceTransportPolicy, idToken: connection.idToken },
    media,
    (phase) => {
      hooks.producerIds = media.currentProducers.map((producer) => producer.id);
      if (phase.phase === 'joined') {
        connection.joined();
        status.joined(phase.peerId);
        own.adopt(phase.peerId);
        const tracks = stream.getTracks().length;
        status.show('publishing', `Publishing ${tracks} track${tracks === 1 ? '' : 's'} to room "${config.roomId}"`, 'ok');
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
