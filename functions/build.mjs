// Bundles the functions into lib/index.js. The shared protocol package is bundled in, since it is
// not published; firebase-admin and firebase-functions stay external, installed from package.json
// by Cloud Functions (and resolved from the workspace by the emulator).
// functions/package.json lists only those two: Cloud Functions runs `npm install --production` on
// it, and npm resolves devDependencies too, which would fail on the unpublished @chorus/protocol.
// esbuild and @chorus/protocol come from the workspace root (web declares esbuild; protocol is a
// workspace).
// Usage: node build.mjs   (npm run build -w functions)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.dirname(fileURLToPath(import.meta.url));
await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['src/index.ts'],
  outfile: 'lib/index.js',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  sourcemap: true,
  packages: 'bundle',
  external: ['firebase-admin', 'firebase-admin/*', 'firebase-functions', 'firebase-functions/*'],
  logLevel: 'warning',
});
