import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where the course's chapters live, relative to the project root. */
export const COURSE_DIR = 'docs/course';

const CHAPTER = /^\d{2}-[a-z0-9-]+\.md$/;

/**
 * The files a learner reads in order, relative to the project root: the README (the quick start
 * and the first trace), then each chapter by its number.
 */
export function courseFiles(root: string): string[] {
  const chapters = readdirSync(join(root, COURSE_DIR))
    .filter((name) => CHAPTER.test(name))
    .sort()
    .map((name) => `${COURSE_DIR}/${name}`);
  return ['README.md', ...chapters];
}
