// Bundles the speaker and viewer pages into dist/, next to a copy of public/.
// Usage: node build.mjs   (npm run build -w web)
import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(root, 'dist');

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

await esbuild.build({
  absWorkingDir: root,
  entryPoints: { speaker: 'src/speaker.ts', viewer: 'src/viewer.ts' },
  outdir: dist,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  sourcemap: true,
  minify: true,
  logLevel: 'info',
});

await cp(path.join(root, 'public'), dist, { recursive: true });
console.log(`web: pages and bundles in ${path.relative(process.cwd(), dist) || '.'}`);
