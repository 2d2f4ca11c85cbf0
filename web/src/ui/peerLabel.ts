/** How a peer is named on the pages until peers have display names: the start of its id is enough to tell them apart. */
export function peerLabel(peerId: string): string {
  return `Speaker ${peerId.slice(0, 8)}`;
}
