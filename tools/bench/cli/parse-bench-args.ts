import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BenchUsageError } from './bench-usage.error';

/**
 * Node's `parseArgs`, strict (an unknown option or a stray word is an error), with its errors
 * turned into BenchUsageError so they reach the user as one line, not a stack trace.
 */
export function parseBenchArgs<T extends ParseArgsConfig>(
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs<T>({ ...config, strict: true });
  } catch (error) {
    throw new BenchUsageError((error as Error).message);
  }
}

/** A positive number (an integer with `integer`) from option `--name`, or BenchUsageError. */
export function positiveOption(name: string, raw: string, integer = false): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new BenchUsageError(
      `--${name} needs a positive ${integer ? 'integer' : 'number'}, got "${raw}"`,
    );
  }
  return value;
}
