/**
 * How a page reaches Firebase, read from `config.json` next to the pages. The local stack
 * (`npm start`) and the tests write it to point at the emulators; a deployment writes its project's
 * web config. Without the file the pages run as before sign-in existed: straight to the node that
 * serves them, for a node with CHORUS_AUTH=off.
 */
export interface FirebaseDeployment {
  /** The Firebase web app config; for the emulators any apiKey works and projectId is a demo- project. */
  firebase: { apiKey: string; projectId: string; authDomain?: string; appId?: string };
  /** Where the callable functions run (joinRoom). */
  functionsRegion: string;
  /** `host:port` of each emulator, when the project is emulated. */
  emulators?: { auth: string; firestore: string; functions: string };
}

export const DEPLOYMENT_FILE = 'config.json';

/** The deployment next to the page, or null when there is none (no sign-in). */
export async function loadDeployment(base: string = document.baseURI): Promise<FirebaseDeployment | null> {
  const url = new URL(DEPLOYMENT_FILE, base);
  const response = await fetch(url, { cache: 'no-store' });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`cannot load ${url.pathname}: HTTP ${response.status}`);
  return parseDeployment(await response.json());
}

export function parseDeployment(raw: unknown): FirebaseDeployment {
  const problem = (what: string) => new Error(`${DEPLOYMENT_FILE}: ${what}`);
  if (!isRecord(raw) || !isRecord(raw.firebase)) throw problem('no "firebase" object');
  const { apiKey, projectId, authDomain, appId } = raw.firebase;
  if (typeof apiKey !== 'string' || typeof projectId !== 'string') throw problem('"firebase" needs apiKey and projectId');
  const deployment: FirebaseDeployment = {
    firebase: {
      apiKey,
      projectId,
      ...(typeof authDomain === 'string' ? { authDomain } : {}),
      ...(typeof appId === 'string' ? { appId } : {}),
    },
    functionsRegion: typeof raw.functionsRegion === 'string' ? raw.functionsRegion : 'us-central1',
  };
  if (raw.emulators !== undefined) {
    const emulators = raw.emulators;
    const hostPort = (name: string) => {
      const value = isRecord(emulators) ? emulators[name] : undefined;
      if (typeof value !== 'string' || !/^[^:/\s]+:\d+$/.test(value)) throw problem(`emulators.${name} must be "host:port"`);
      return value;
    };
    deployment.emulators = { auth: hostPort('auth'), firestore: hostPort('firestore'), functions: hostPort('functions') };
  }
  return deployment;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
