// joinRoom: which media node serves a room, how to reach it, and TURN credentials for the way there.
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { logger } from 'firebase-functions';
import { JoinRoomRequestSchema, type JoinRoomResponse } from '@chorus/protocol';
import { iceServersFor } from '@chorus/protocol/turn';
import { auth, firestore } from './admin.js';
import { parseInput } from './callableInput.js';
import { requireCaller } from './callerRoles.js';
import { joinConfig, turnSecret } from './config.js';
import { signalingUrlOf } from './nodeSelection.js';
import { assignRoom } from './roomAssignment.js';

export const joinRoom = onCall({ secrets: [turnSecret] }, async (request): Promise<JoinRoomResponse> => {
  const config = joinConfig();
  const caller = await requireCaller(request, config.defaultRoles, auth());
  const { roomId } = parseInput(JoinRoomRequestSchema, request.data, 'joinRoom');
  if (!caller.roles.length) throw new HttpsError('permission-denied', 'your account has no roles: ask an admin for one');
  const nowMs = Date.now();
  const placement = await assignRoom(firestore(), roomId, nowMs);
  if (placement.kind === 'none') {
    throw new HttpsError('unavailable', 'no healthy media node has room for this call right now; try again in a minute');
  }
  if (placement.kind === 'assigned') {
    logger.info('room placed', { roomId, nodeId: placement.node.nodeId, previousNodeId: placement.previousNodeId });
  }
  // TURN on the node's own coturn when it registered one.
  const turnUrls = placement.node.turnUrls?.length ? placement.node.turnUrls : config.ice.turnUrls;
  const { iceServers, expiresAtMs } = iceServersFor({ ...config.ice, turnUrls }, caller.uid, nowMs);
  return {
    roomId,
    nodeId: placement.node.nodeId,
    signalingUrl: signalingUrlOf(placement.node),
    iceServers,
    iceServersExpireAt: expiresAtMs,
    roles: caller.roles,
  };
});
