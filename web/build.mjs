// Bundles the start, speaker and viewer pages into dist/, next to a copy of public/, and fails when
// a script outgrows its size budget (build/sizeBudget.mjs). Code splitting puts what the pages share
// in chunks/, and the Firebase SDK in chunks loaded on demand: Auth and Functions only on a site with
// sign-in (config.json), Firestore only for the Firestore carrier.
// Usage: node build.mjs   (npm run build -w web)
import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { omitMediasoupClientExtras } from './build/omitMediasoupClientExtras.mjs';
import { omitRe2js } from './build/omitRe2js.mjs';
import { checkPageScripts } from './build/sizeBudget.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(root, 'dist');

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

const omit = omitMediasoupClientExtras();
const re2js = omitRe2js();
const { metafile } = await esbuild.build({
  absWorkingDir: root,
  entryPoints: { index: 'src/index.ts', speaker: 'src/speaker.ts', viewer: 'src/viewer.ts' },
  outdir: dist,
  bundle: true,
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'browser',
  target: 'es2022',
  sourcemap: true,
  minify: true,
  metafile: true,
  plugins: [omit.plugin, re2js.plugin],
  logLevel: 'info',
});

if (!re2js.used()) console.warn('web: Firestore no longer imports re2js; drop build/omitRe2js.mjs');
for (const module of omit.unused()) {
  console.warn(`web: mediasoup-client no longer requires ${module}; update build/omitMediasoupClientExtras.mjs`);
}

const { lines, over } = checkPageScripts(metafile);
for (const line of lines) console.log(`web: ${line}`);
if (over.length) {
  console.error(`web: build failed: ${over.join('; ')} (see web/README.md, "Bundle size")`);
  process.exit(1);
}

await cp(path.join(root, 'public'), dist, { recursive: true });
console.log(`web: pages and bundles in ${path.relative(process.cwd(), dist) || '.'}`);
