// Bundles the speaker and viewer pages into dist/, next to a copy of public/, and fails when a
// page script outgrows its size budget (build/sizeBudget.mjs).
// Usage: node build.mjs   (npm run build -w web)
import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { omitMediasoupClientExtras } from './build/omitMediasoupClientExtras.mjs';
import { checkPageScripts, PAGE_SCRIPT_LIMIT_KIB } from './build/sizeBudget.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(root, 'dist');

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

const omit = omitMediasoupClientExtras();
const { metafile } = await esbuild.build({
  absWorkingDir: root,
  entryPoints: { speaker: 'src/speaker.ts', viewer: 'src/viewer.ts' },
  outdir: dist,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  sourcemap: true,
  minify: true,
  metafile: true,
  plugins: [omit.plugin],
  logLevel: 'info',
});

for (const module of omit.unused()) {
  console.warn(`web: mediasoup-client no longer requires ${module}; update build/omitMediasoupClientExtras.mjs`);
}

const { lines, over } = checkPageScripts(metafile);
for (const line of lines) console.log(`web: ${line}`);
if (over.length) {
  console.error(
    `web: build failed: ${over.join(', ')} exceed${over.length === 1 ? 's' : ''} the ${PAGE_SCRIPT_LIMIT_KIB} KiB limit ` +
      'for a minified page script (see web/README.md, "Bundle size")',
  );
  process.exit(1);
}

await cp(path.join(root, 'public'), dist, { recursive: true });
console.log(`web: pages and bundles in ${path.relative(process.cwd(), dist) || '.'}`);
