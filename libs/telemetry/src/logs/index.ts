// What a service's logger needs from telemetry: the redaction rules and how pino applies them,
// and which requests are not worth a log line (the ones that are not traced either).
export { pinoRedaction } from './pino-redaction';
export { redactionRulesFromEnv } from '../redaction/redaction-settings';
export { redactUrl } from '../redaction/redaction-rules';
export type { RedactionRules } from '../redaction/redaction-rules';
export { isUntracedRequest } from '../untraced-server';
