import type { Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { type RedactionRules, redactText, redactedAttributes } from './redaction-rules';

/**
 * Applies the redaction rules to a span just before it ends (`onEnding`, while the span can still
 * be changed), so no exporter after it ever sees a secret: span attributes, event attributes
 * (exception messages are the `exception.message` attribute of the `exception` event) and the
 * status message. Register it before the exporting processors.
 */
export class RedactingSpanProcessor implements SpanProcessor {
  constructor(private readonly rules: RedactionRules) {}

  onStart(_span: Span, _parentContext: Context): void {}

  onEnding(span: Span): void {
    const changed = redactedAttributes(span.attributes, this.rules);
    if (Object.keys(changed).length > 0) span.setAttributes(changed);
    for (const event of span.events) {
      if (!event.attributes) continue;
      const changed = redactedAttributes(event.attributes, this.rules);
      if (Object.keys(changed).length > 0) event.attributes = { ...event.attributes, ...changed };
    }
    const message = span.status.message;
    const redacted = message === undefined ? undefined : redactText(message);
    if (redacted !== message) span.setStatus({ ...span.status, message: redacted });
  }

  onEnd(_span: ReadableSpan): void {}

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
