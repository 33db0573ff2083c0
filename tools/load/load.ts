/**
 * `npm run load`: sends the seed's scenarios to the api-gateway at a fixed arrival rate (an open
 * model), then prints what came back: counts per status and scenario, latency percentiles, and
 * the trace ids of the slowest and failed requests with links into the trace viewer.
 */
import { runCli } from '../cli/run-cli';
import { LOAD_USAGE, parseLoadArgs } from './load-args';
import { progressLine, summaryLines } from './load-report';
import { type LoadProgress, runLoad, TargetNotReadyError } from './load-run';

const PLAIN_PROGRESS_EVERY_MS = 5_000;

async function main(argv: string[]): Promise<number> {
  const options = parseLoadArgs(argv);
  if (options.help) {
    process.stdout.write(`${LOAD_USAGE}\n`);
    return 0;
  }
  // Progress goes to stderr, so `--json` leaves stdout to the summary alone.
  const tty = process.stderr.isTTY;
  let lastPlain = 0;
  const onProgress = (progress: LoadProgress) => {
    if (tty) {
      process.stderr.write(`\r${progressLine(progress)}\x1b[K`);
    } else if (progress.elapsedMs - lastPlain >= PLAIN_PROGRESS_EVERY_MS) {
      lastPlain = progress.elapsedMs;
      process.stderr.write(`${progressLine(progress)}\n`);
    }
  };
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  const onWarmup = (durationMs: number) =>
    process.stderr.write(
      `warming up for ${durationMs / 1000}s, ramping up to ${options.rate}/s: not counted ` +
        '(--no-warmup skips it)\n',
    );
  const summary = await runLoad(options, { onWarmup, onProgress, signal: stop.signal });
  if (tty) process.stderr.write('\n');
  process.stdout.write(
    options.json
      ? `${JSON.stringify(summary, null, 2)}\n`
      : `${summaryLines(summary, options.viewerUrl).join('\n')}\n`,
  );
  return summary.failed > 0 ? 1 : 0;
}

runCli('load', main, [TargetNotReadyError]);
