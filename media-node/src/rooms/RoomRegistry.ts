import type { Logger } from '../logger.js';
import { routerMediaCodecs } from '../media/mediaCodecs.js';
import type { WorkerPool } from '../media/WorkerPool.js';
import { Room } from './Room.js';

/** Rooms by id; a new room gets a router on the pool's least-loaded worker. */
export class RoomRegistry {
  private readonly pending = new Map<string, Promise<Room>>();
  private readonly rooms = new Map<string, Room>();

  constructor(
    private readonly pool: WorkerPool,
    private readonly logger: Logger,
    private readonly onRoomCreated: (room: Room) => void = () => {},
  ) {}

  /** Concurrent joins of a new room share one router. */
  getOrCreate(roomId: string): Promise<Room> {
    const open = this.rooms.get(roomId);
    if (open) return Promise.resolve(open);
    let creating = this.pending.get(roomId);
    if (!creating) {
      creating = this.create(roomId).finally(() => this.pending.delete(roomId));
      this.pending.set(roomId, creating);
    }
    return creating;
  }

  list(): Room[] {
    return [...this.rooms.values()];
  }

  closeAll(): void {
    for (const room of this.list()) room.close('shutdown');
  }

  private async create(roomId: string): Promise<Room> {
    const router = await this.pool.createRouter({ mediaCodecs: routerMediaCodecs });
    const room = new Room(roomId, router);
    this.rooms.set(roomId, room);
    room.once('close', (reason) => {
      if (this.rooms.get(roomId) === room) this.rooms.delete(roomId);
      this.logger.info({ roomId, reason }, 'room closed');
    });
    this.logger.info({ roomId, routerId: router.id }, 'room created');
    this.onRoomCreated(room);
    return room;
  }
}
