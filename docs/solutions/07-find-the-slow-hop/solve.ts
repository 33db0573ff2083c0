/**
 * The reference solver of "Find the slow hop": reads the trace viewer's query API as a learner
 * reads the viewer, and prints `<service> <operation>` for `npm run hunt -- answer`.
 *
 *   npx tsx docs/solutions/07-find-the-slow-hop/solve.ts slow-hop|flaky-error [--viewer-url <url>]
 */
import { parseArgs } from 'node:util';
import { solveHunt } from './hunt-solver';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { 'viewer-url': { type: 'string', default: 'http://localhost:16686' } },
    allowPositionals: true,
  });
  const kind = positionals[0];
  if (positionals.length !== 1 || (kind !== 'slow-hop' && kind !== 'flaky-error')) {
    process.stderr.write('usage: solve.ts slow-hop|flaky-error [--viewer-url <url>]\n');
    return 2;
  }
  const answer = await solveHunt(kind, values['viewer-url']);
  if (!answer) {
    process.stderr.write('the viewer has no trace to go by yet: send traffic first\n');
    return 1;
  }
  process.stderr.write(`${answer.votes} of ${answer.traces} traces point there\n`);
  process.stdout.write(`${answer.service} ${answer.operation}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
