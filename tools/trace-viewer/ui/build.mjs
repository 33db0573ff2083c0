// Bundles the viewer's browser UI into apps/trace-viewer/ui/dist (index.html, app.js, app.css).
// Everything is local: the page must work offline, so no CDN and no web fonts.
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outdir = join(here, 'dist');

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
await build({
  entryPoints: { app: join(here, 'src/main.ts') },
  outdir,
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  sourcemap: true,
  logLevel: 'warning',
});
await copyFile(join(here, 'src/index.html'), join(outdir, 'index.html'));
console.log(`trace-viewer UI built into ${outdir}`);
