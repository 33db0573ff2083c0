/**
 * `npm run docs:spans`: writes docs/reference/spans.md, the table of every span the services
 * emit for the tutorial's requests, from the expected trees and the span catalogue.
 * `npm run docs:spans -- --help` says how.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCommandLine } from '../cli/command-line';
import { runCli } from '../cli/run-cli';
import { REPOSITORY_ROOT, SPAN_PAGE, spanPage } from './span-page';

const HELP = [
  'npm run docs:spans [-- --check]',
  `  Writes ${SPAN_PAGE}: every span the services emit for the tutorial's requests, with its`,
  '  kind, attributes and events, made from libs/contracts/src/traces/expected-trees.ts, the',
  '  attribute keys and tools/docs/span-catalogue.ts. Run it after changing any of them.',
  '  --check   write nothing; exit 1 when the page differs from what would be written',
  '  --help    print this help',
].join('\n');

const print = (line: string) => process.stdout.write(`${line}\n`);

async function main(argv: string[]): Promise<number> {
  const { values } = parseCommandLine(
    argv,
    { check: { type: 'boolean' }, help: { type: 'boolean' } },
    { positionals: false },
  );
  if (values.help) {
    print(HELP);
    return 0;
  }
  const file = join(REPOSITORY_ROOT, SPAN_PAGE);
  const page = await spanPage();
  const current = await readFile(file, 'utf8').catch(() => '');
  if (values.check) {
    print(
      current === page
        ? `${SPAN_PAGE} is up to date`
        : `${SPAN_PAGE} is stale: run npm run docs:spans`,
    );
    return current === page ? 0 : 1;
  }
  await writeFile(file, page);
  print(current === page ? `${SPAN_PAGE} was up to date` : `wrote ${SPAN_PAGE}`);
  return 0;
}

runCli('docs:spans', main);
