import { prettyFactory } from 'pino-pretty';

// Printed after the message rather than as JSON, so a line reads like a sentence and still
// leads to its trace; the request fields are in the message already ("GET /users/123 200 in 4 ms").
const SHOWN_AFTER_MESSAGE = ['trace_id', 'span_id'] as const;
const HIDDEN = ['pid', 'hostname', 'context', 'reqId', 'req', 'res', 'responseTime', 'trace_flags'];

/**
 * Turns a service's JSON log line (pino) into one readable line for `npm start`: time, level,
 * `[context]`, message, then the trace and span ids of the span it was written in. Other fields
 * follow as compact JSON; an error keeps its stack. A line that is not JSON passes unchanged.
 * `STACK_LOG_FORMAT=json` keeps the JSON as the services wrote it.
 */
export function createLogLineFormatter(colorize: boolean): (line: string) => string {
  const pretty = prettyFactory({
    colorize,
    singleLine: true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: [...HIDDEN, ...SHOWN_AFTER_MESSAGE].join(','),
    messageFormat: (log, messageKey) => {
      const context = typeof log.context === 'string' ? `[${log.context}] ` : '';
      const ids = SHOWN_AFTER_MESSAGE.filter((key) => typeof log[key] === 'string')
        .map((key) => `${key}=${String(log[key])}`)
        .join(' ');
      const message = log[messageKey];
      return `${context}${typeof message === 'string' ? message : JSON.stringify(message)}${ids ? `  ${ids}` : ''}`;
    },
  });
  return (line) => (line.startsWith('{') ? pretty(line).trimEnd() : line);
}
