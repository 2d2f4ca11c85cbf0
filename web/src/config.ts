/** What a page takes from its URL: `?room=lobby&relay=1&ws=wss://host/ws&carrier=firestore`. */
export interface PageConfig {
  roomId: string;
  /** ICE through TURN relays only (`relay=1`), to check that the relay path works. */
  iceTransportPolicy: RTCIceTransportPolicy;
  /** The signaling WebSocket URL without Firebase; with it, `joinRoom` says where the room's node is. */
  wsUrl: string;
  /** How requests reach the node once signed in: a WebSocket (default) or Firestore documents (`carrier=firestore`). */
  carrier: 'websocket' | 'firestore';
}

const DEFAULT_ROOM = 'lobby';

export function readPageConfig(location: Location = window.location): PageConfig {
  const query = new URLSearchParams(location.search);
  return {
    roomId: query.get('room')?.trim() || DEFAULT_ROOM,
    iceTransportPolicy: query.get('relay') === '1' ? 'relay' : 'all',
    wsUrl: query.get('ws') || defaultWsUrl(location),
    carrier: query.get('carrier') === 'firestore' ? 'firestore' : 'websocket',
  };
}

/** The media node serves the pages and the signaling socket from the same origin, at /ws. */
function defaultWsUrl(location: Location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/ws`;
}
