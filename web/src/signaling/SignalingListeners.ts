import { checkNotificationData, isNotificationName, type NotificationName } from '@chorus/protocol';
import type { ConnectionEvent, NotificationHandler } from './Signaling.js';

/**
 * The listeners of one signaling client, whatever carries its messages: connection events, and
 * notifications checked against the protocol before any handler sees them. A handler that throws
 * is logged and does not keep the others from running.
 */
export class SignalingListeners {
  private readonly connection = new Set<(event: ConnectionEvent) => void>();
  private readonly notifications = new Map<NotificationName, Set<(data: never) => void>>();

  onConnection(listener: (event: ConnectionEvent) => void): () => void {
    this.connection.add(listener);
    return () => this.connection.delete(listener);
  }

  on<N extends NotificationName>(name: N, handler: NotificationHandler<N>): () => void {
    let handlers = this.notifications.get(name);
    if (!handlers) this.notifications.set(name, (handlers = new Set()));
    handlers.add(handler);
    return () => handlers.delete(handler);
  }

  emit(event: ConnectionEvent): void {
    for (const listener of this.connection) listener(event);
  }

  dispatch(method: string, data: unknown): void {
    if (!isNotificationName(method)) {
      console.warn(`[signaling] ignoring unknown notification "${method}"`);
      return;
    }
    const checked = checkNotificationData(method, data);
    if (!checked.ok) {
      console.warn(`[signaling] ignoring invalid "${method}" notification: ${checked.problem}`);
      return;
    }
    for (const handler of this.notifications.get(method) ?? []) {
      try {
        (handler as (data: unknown) => void)(checked.data);
      } catch (error) {
        console.error(`[signaling] "${method}" handler failed`, error);
      }
    }
  }
}
