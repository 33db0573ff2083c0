import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { PROJECT_ROOT } from '../../../stack/stack-apps';
import { SERVICE_NAMES } from '@app/topology';

const OUT_DIR = join(PROJECT_ROOT, 'dist', 'bench', 'floor');

/** Where the floor's build of `service` is: one plain JavaScript file, run by `node` as the apps are. */
export function floorEntryPoint(service: string): string {
  return join(OUT_DIR, `${service}.js`);
}

/**
 * Compiles the floor's five services ahead of time, as `nest build` does the apps, so no
 * TypeScript is compiled while they serve. Each is one file of this project's code; every npm
 * package stays outside it and is loaded from node_modules, the same copies the services load.
 * Decorator metadata is not emitted (esbuild does not), so the floor injects with `@Inject()`.
 */
export function buildFloor(): void {
  buildSync({
    entryPoints: Object.fromEntries(
      SERVICE_NAMES.map((service) => [service, join(__dirname, service, 'main.ts')]),
    ),
    outdir: OUT_DIR,
    bundle: true,
    packages: 'external',
    platform: 'node',
    target: 'node24',
    format: 'cjs',
    logLevel: 'warning',
  });
}
