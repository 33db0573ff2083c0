import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PROJECT_PACKAGE_NAME = 'nest-otel-trace-propagation';

/**
 * The workspace's package.json version, found by walking up from this file, so `service.version`
 * is right whether the code runs from `src/` under ts-jest, from `dist/`, or inside a container.
 */
export function readPackageVersion(startDir: string = __dirname): string {
  for (let dir = startDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const manifest = JSON.parse(readFileSync(candidate, 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === PROJECT_PACKAGE_NAME && manifest.version) return manifest.version;
    }
    if (dirname(dir) === dir) return '0.0.0';
  }
}
