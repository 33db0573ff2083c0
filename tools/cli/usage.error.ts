/** Raised for a command line a CLI cannot run; the message says, in one line, what to fix. */
export class UsageError extends Error {}
