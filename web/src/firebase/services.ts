import { initializeApp, type FirebaseApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, type Auth } from 'firebase/auth';
import { connectFunctionsEmulator, getFunctions, type Functions } from 'firebase/functions';
import type { FirebaseDeployment } from './deployment.js';

/** The Firebase app, Auth and Functions of a deployment, pointed at its emulators when it has them. */
export interface FirebaseServices {
  deployment: FirebaseDeployment;
  app: FirebaseApp;
  auth: Auth;
  functions: Functions;
}

/** `host:port` → [host, port]. */
export function splitHostPort(hostPort: string): [string, number] {
  const at = hostPort.lastIndexOf(':');
  return [hostPort.slice(0, at), Number(hostPort.slice(at + 1))];
}

export function startFirebase(deployment: FirebaseDeployment): FirebaseServices {
  const app = initializeApp(deployment.firebase);
  const auth = getAuth(app);
  const functions = getFunctions(app, deployment.functionsRegion);
  const emulators = deployment.emulators;
  if (emulators) {
    // disableWarnings: the emulator banner would cover the page in tests and screenshots.
    connectAuthEmulator(auth, `http://${emulators.auth}`, { disableWarnings: true });
    connectFunctionsEmulator(functions, ...splitHostPort(emulators.functions));
  }
  return { deployment, app, auth, functions };
}
