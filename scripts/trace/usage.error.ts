/** Raised for a command line the CLI cannot run; the message says what to fix. */
export class UsageError extends Error {}
