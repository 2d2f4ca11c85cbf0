// The web client as a media node serves it, with the config.json that turns sign-in on (see
// web/src/firebase/deployment.ts). web/dist itself has none, so pages served straight from it run
// without Firebase, as the media-only tests want; the stack and the Firebase tests serve a copy.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './emulators.js';

/** config.json's shape: what web/src/firebase/deployment.ts reads. */
export interface WebDeployment {
  firebase: { apiKey: string; projectId: string; authDomain?: string };
  functionsRegion: string;
  emulators?: { auth: string; firestore: string; functions: string };
}

/** The pages' config for an emulated demo- project: the emulators accept any API key. */
export function emulatorWebDeployment(projectId: string, hosts: { auth: string; firestore: string; functions: string }): WebDeployment {
  return {
    firebase: { apiKey: 'demo-api-key', projectId, authDomain: `${projectId}.firebaseapp.com` },
    functionsRegion: 'us-central1',
    emulators: hosts,
  };
}

export interface WebRoot {
  /** For CHORUS_WEB_ROOT. */
  dir: string;
  remove(): Promise<void>;
}

/** A temporary copy of web/dist (build it first) with config.json. */
export async function webRootWithConfig(deployment: WebDeployment): Promise<WebRoot> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'chorus-web-'));
  await cp(path.join(repoRoot, 'web/dist'), dir, { recursive: true });
  await writeFile(path.join(dir, 'config.json'), `${JSON.stringify(deployment, null, 2)}\n`);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
