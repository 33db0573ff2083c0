import { SpanStatusCode } from '@opentelemetry/api';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { RedactingSpanProcessor } from './redacting.span-processor';
import { DEFAULT_REDACTION_RULES } from './redaction-rules';

describe(RedactingSpanProcessor.name, () => {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    spanProcessors: [
      new RedactingSpanProcessor(DEFAULT_REDACTION_RULES),
      new SimpleSpanProcessor(exporter),
    ],
  });
  const tracer = provider.getTracer('test');
  afterAll(() => provider.shutdown());

  it('redacts span attributes, event attributes, exceptions and the status message before export', () => {
    const span = tracer.startSpan('login', {
      attributes: { 'http.request.header.authorization': 'Bearer abc', 'user.id': 7 },
    });
    span.setAttribute('url.query', 'email=ana@example.com&password=pw');
    span.addEvent('lookup', { 'db.query.text': "where email='ana@example.com'", api_key: 'k' });
    span.recordException(new Error('no user ana@example.com (token Bearer s3cr3t)'));
    span.setStatus({ code: SpanStatusCode.ERROR, message: 'no user ana@example.com' });
    span.end();

    const [exported] = exporter.getFinishedSpans();
    expect(exported.attributes).toEqual({
      'http.request.header.authorization': '[REDACTED]',
      'user.id': 7,
      'url.query': 'email=[REDACTED_EMAIL]&password=pw',
    });
    expect(exported.events[0].attributes).toEqual({
      'db.query.text': "where email='[REDACTED_EMAIL]'",
      api_key: '[REDACTED]',
    });
    expect(exported.events[1].attributes?.['exception.message']).toBe(
      'no user [REDACTED_EMAIL] (token Bearer [REDACTED])',
    );
    expect(exported.status).toEqual({
      code: SpanStatusCode.ERROR,
      message: 'no user [REDACTED_EMAIL]',
    });
  });
});
