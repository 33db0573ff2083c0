import { type LoggerOptions, stdSerializers } from 'pino';
import { redactLogFields } from '../redaction/redact-log-fields';
import { type RedactionRules, redactText } from '../redaction/redaction-rules';

type PinoRedaction = Required<Pick<LoggerOptions, 'formatters' | 'hooks' | 'serializers'>>;

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
    // Spread: pino's serialized error has a prototype of its own, and the walk takes plain objects.
    serializers: {
      err: (error: Error) => redactLogFields({ ...stdSerializers.err(error) }, rules),
    },
  };
}
