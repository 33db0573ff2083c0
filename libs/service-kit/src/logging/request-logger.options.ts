import type { LogLevel } from '@nestjs/common';
import {
  isUntracedRequest,
  pinoRedaction,
  redactionRulesFromEnv,
  redactUrl,
} from '@app/telemetry/logs';
import type { Level } from 'pino';
import type { Options } from 'pino-http';

/** Nest's level names (LOG_LEVEL) in pino's words. */
const PINO_LEVEL: Record<LogLevel, Level> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

/**
 * pino-http's options for a service: JSON lines at LOG_LEVEL, one line per request when it ends
 * (warn for a 4xx answer, error for a 5xx), none for health probes, scrapes and the admin API.
 * A request's lines carry only its `reqId`, not the whole request again; the trace ids come from
 * OpenTelemetry's pino instrumentation. Nothing the redaction rules hide is ever written.
 */
export function requestLoggerOptions(level: LogLevel): Options {
  const rules = redactionRulesFromEnv();
  const redaction = pinoRedaction(rules);
  const url = (path: string): string => (rules ? redactUrl(path, rules) : path);
  return {
    level: PINO_LEVEL[level],
    ...redaction,
    serializers: {
      ...redaction.serializers,
      // Method and path only: headers hold cookies and tokens, and the span has the rest.
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: url(req.url),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    quietReqLogger: true,
    autoLogging: { ignore: isUntracedRequest },
    customLogLevel: (_req, res, error) =>
      res.statusCode >= 500 || (error && res.statusCode < 400)
        ? 'error'
        : res.statusCode >= 400
          ? 'warn'
          : 'info',
    customSuccessMessage: (req, res, ms) =>
      `${req.method} ${url(req.url ?? '')} ${res.statusCode} in ${Math.round(ms)} ms`,
    customErrorMessage: (req, res) =>
      `${req.method} ${url(req.url ?? '')} ${res.statusCode} failed`,
    // pino-http invents an Error ("failed with status code 502", its stack inside pino-http) for
    // a 5xx answer that carries none; the level and the status say as much, so only a real one
    // (set as res.err) is written.
    customErrorObject: (_req, res, _error, fields: Record<string, unknown>) =>
      (res as { err?: unknown }).err ? fields : { ...fields, err: undefined },
  };
}
