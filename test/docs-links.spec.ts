import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

// Every relative link of the README and of docs/ points at a file that exists and, with a #, at a
// heading of that file: the course is split over many files, and a moved section breaks links.

const ROOT = join(__dirname, '..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const anchorOf = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\- _]/gu, '')
    .replace(/ /g, '-');

function anchors(path: string): Set<string> {
  const found = new Set<string>();
  let fenced = false;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const heading = /^#+ (.*)$/.exec(line);
    if (!fenced && heading) found.add(anchorOf(heading[1]));
  }
  return found;
}

function brokenLinks(path: string): string[] {
  const text = readFileSync(path, 'utf8').replace(/```[\s\S]*?```/g, '');
  const broken: string[] = [];
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/.test(target)) continue;
    const [file, anchor] = target.split('#');
    const linked = file === '' ? path : join(dirname(path), file);
    if (!existsSync(linked)) broken.push(`${target} (no such file)`);
    else if (anchor && linked.endsWith('.md') && !anchors(linked).has(anchor)) {
      broken.push(`${target} (no such heading)`);
    }
  }
  return broken;
}

describe('relative links in the README and docs/', () => {
  const files = [join(ROOT, 'README.md'), ...markdownFiles(join(ROOT, 'docs'))];

  it.each(files.map((file) => [relative(ROOT, file), file]))(
    '%s links only to what exists',
    (_, file) => {
      expect(brokenLinks(file)).toEqual([]);
    },
  );
});
