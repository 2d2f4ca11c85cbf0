// The cleanup, every five minutes. A dead node's record outlives it by at most NODE_STALE_MS plus
// one period, and joinRoom already ignores it once its heartbeat is stale.
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { logger } from 'firebase-functions';
import { firestore } from './admin.js';
import { cleanupStale } from './cleanup.js';
import { cleanupConfig } from './config.js';

export const scheduledCleanup = onSchedule({ schedule: 'every 5 minutes', retryCount: 0 }, async () => {
  const report = await cleanupStale(firestore(), Date.now(), cleanupConfig());
  logger.info('cleanup done', { ...report });
});
