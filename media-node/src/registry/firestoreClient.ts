import { randomBytes } from 'node:crypto';
import { deleteApp, initializeApp } from 'firebase-admin/app';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';

/** The node's own Firestore handle, released on close. */
export interface FirestoreClient {
  readonly firestore: Firestore;
  close(): Promise<void>;
}

/**
 * Opens Firestore for the media node through a firebase-admin app of its own, so that several nodes in
 * one process (the tests) and the authenticator's app never share or delete each other's. Credentials
 * come from the environment (the VM's service account); FIRESTORE_EMULATOR_HOST points it at the emulator.
 * The Admin SDK bypasses the security rules, which is right for the node: the rules guard clients.
 */
export function openFirestore(projectId: string, nodeId: string): FirestoreClient {
  const app = initializeApp({ projectId }, `chorus-media-node-firestore-${nodeId}-${randomBytes(4).toString('hex')}`);
  // Handler results may carry optional fields left undefined, which Firestore refuses by default.
  const firestore = getFirestore(app);
  firestore.settings({ ignoreUndefinedProperties: true });
  let closed: Promise<void> | undefined;
  return {
    firestore,
    close: () => (closed ??= deleteApp(app)),
  };
}
