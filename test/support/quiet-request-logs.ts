// Unit suites boot whole app modules in-process: their request log lines would flood jest's
// output (pino writes to stdout, which jest does not capture). Only fatal lines are left.
process.env.LOG_LEVEL ??= 'fatal';
