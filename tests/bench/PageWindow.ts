/** `window` in a Chorus page: its test hooks (web/src/testHooks.ts), as far as the benchmarks read them. */
export interface PageWindow {
  chorus?: { state?: string; joinRoomStartedAt?: number; inboundStats(): Promise<{ video: { framesDecoded: number } | null }> };
}
