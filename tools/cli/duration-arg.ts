import parseDuration from 'parse-duration';
import { UsageError } from './usage.error';

/** Numbers with units, as parse-duration reads them: `300ms`, `1.5s`, `2m`, `1m30s`. */
const WITH_UNITS = /^(\s*\d+(\.\d+)?\s*[a-zµμ]+)+\s*$/i;

/**
 * Reads a duration given on a command line, in ms, the one way every CLI does: a number with its
 * unit (`300ms`, `1.5s`, `2m`, `1m30s`). A bare number is refused, since `300` could be either
 * unit; `what` names the argument and `examples` show what fits it.
 */
export function durationArg(
  text: string,
  what: string,
  { examples = '300ms or 1.5s', min = 0 }: { examples?: string; min?: number } = {},
): number {
  const ms = WITH_UNITS.test(text) ? parseDuration(text) : null;
  if (ms === null || ms === undefined || !Number.isFinite(ms)) {
    const bare = /^\s*\d+(\.\d+)?\s*$/.test(text) ? ': a number needs its unit' : '';
    throw new UsageError(`${what} must be a duration such as ${examples}, not "${text}"${bare}`);
  }
  if (ms < min) throw new UsageError(`${what} must be at least ${min} ms, not "${text}"`);
  return ms;
}
