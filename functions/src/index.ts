// Cloud Functions for Chorus's control plane. Each function lives in its own module.
export { joinRoom } from './joinRoom.js';
export { setRoles } from './setRoles.js';
export { scheduledCleanup } from './scheduledCleanup.js';
