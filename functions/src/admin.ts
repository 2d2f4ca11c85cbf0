// The Admin SDK for the functions. It bypasses the security rules: the functions are the server
// side of firestore.rules ("written by functions only").
import { getApps, initializeApp, type App } from 'firebase-admin/app';
import { getAuth, type Auth } from 'firebase-admin/auth';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';

function app(): App {
  // Credentials and project come from the runtime (or the emulator's environment).
  return getApps()[0] ?? initializeApp();
}

export function firestore(): Firestore {
  return getFirestore(app());
}

export function auth(): Auth {
  return getAuth(app());
}
