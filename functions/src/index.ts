// Cloud Functions for Chorus's control plane. Each function lives in its own module.
import { onCall } from 'firebase-functions/v2/https';

export const ping = onCall(() => ({ ok: true }));
