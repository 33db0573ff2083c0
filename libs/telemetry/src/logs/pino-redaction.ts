import { type LoggerOptions, stdSerializers } from 'pino';
import { redactLogFields } from '../redaction/redact-log-fields';
import { type RedactionRules, redactText } from '../redaction/redaction-rules';

type PinoRedaction = Required<Pick<LoggerOptions, 'formatters' | 'hooks' | 'serializers'>>;

/**
 * A logged error as plain fields: pino's own serialization (`type` from the class, `message` and
 * `stack` with their causes, the error's own fields). pino-http wraps a custom `err` serializer so
 * that it receives the error already serialized; plain pino passes the Error itself. Serializing
 * twice would name the class `Object`, and the result's prototype is pino's, not a plain object's,
 * so it is copied for redactLogFields to walk.
 */
function plainError(error: unknown): unknown {
  const serialized: unknown = error instanceof Error ? stdSerializers.err(error) : error;
  return typeof serialized === 'object' && serialized !== null ? { ...serialized } : serialized;
}

/**
 * pino options that apply the span redaction rules to every line before it is written: the
 * message, every field at any depth, and a logged error (serialized first, so its message and
 * stack are redacted too). The OpenTelemetry log records are made from the written line, so the
 * exported records are redacted by the same stroke. Without rules (redaction off) nothing changes.
 */
export function pinoRedaction(rules: RedactionRules | undefined): PinoRedaction {
  if (!rules) return { formatters: {}, hooks: {}, serializers: {} };
  return {
    formatters: { log: (fields) => redactLogFields(fields, rules) },
    hooks: {
      logMethod(args, method) {
        const redacted = args.map((arg: unknown) =>
          typeof arg === 'string' ? redactText(arg) : arg,
        );
        method.apply(this, redacted as Parameters<typeof method>);
      },
    },
    serializers: { err: (error: unknown) => redactLogFields(plainError(error), rules) },
  };
}
