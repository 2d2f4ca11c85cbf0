// The addresses clients use to reach a media node. Used both for the stack
// outputs and for CHORUS_TURN_URLS, so what the node hands to browsers is
// exactly what the operator sees.
import { TURN_PORT, TURNS_PORT } from './ports';

export interface MediaNodeEndpoints {
  httpsUrl: string;
  wssUrl: string;
  /** Plain TURN address, for humans: turn:<ip>:3478. */
  turnUrl: string;
  /** Every ICE server URL the media node gives to browsers. */
  turnUrls: string[];
}

export function mediaNodeEndpoints(address: string, host: string): MediaNodeEndpoints {
  return {
    httpsUrl: `https://${host}`,
    wssUrl: `wss://${host}/ws`,
    turnUrl: `turn:${address}:${TURN_PORT}`,
    turnUrls: [
      `turn:${address}:${TURN_PORT}?transport=udp`,
      `turn:${address}:${TURN_PORT}?transport=tcp`,
      // TLS needs the name on the certificate, not the IP.
      `turns:${host}:${TURNS_PORT}?transport=tcp`,
    ],
  };
}

/** The CHORUS_TURN_URLS value: comma-separated. */
export function chorusTurnUrls(address: string, host: string): string {
  return mediaNodeEndpoints(address, host).turnUrls.join(',');
}
