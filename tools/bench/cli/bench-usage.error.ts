/** A command line a bench command cannot run: reported in one line, exit status 2. */
export class BenchUsageError extends Error {}
