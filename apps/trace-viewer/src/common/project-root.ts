import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PROJECT_NAME = 'nest-otel-trace-propagation';

/** Finds the repository root (works from src/ under tsx/jest and from dist/ after a build). */
export function findProjectRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string };
        if (parsed.name === PROJECT_NAME) return dir;
      } catch {
        // An unreadable package.json on the way up is not ours; keep walking.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json named ${PROJECT_NAME} above ${start}`);
    dir = parent;
  }
}
