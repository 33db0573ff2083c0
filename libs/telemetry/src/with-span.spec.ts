import { SpanStatusCode, trace } from '@opentelemetry/api';
import { useInMemoryTracing } from './testing';
import { withSpan } from './with-span';

describe(withSpan.name, () => {
  const tracing = useInMemoryTracing();

  it('ends the span after a synchronous block and returns its value', () => {
    expect(withSpan('sync', (span) => span.setAttribute('k', 1) && 42)).toBe(42);
    const span = tracing.span('sync');
    expect(span.attributes).toEqual({ k: 1 });
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
  });

  it('makes the span active so spans started inside become its children', async () => {
    await withSpan('parent', async () => {
      await Promise.resolve();
      trace.getTracer('test').startSpan('child').end();
    });
    expect(tracing.span('child').parentSpanContext?.spanId).toBe(
      tracing.span('parent').spanContext().spanId,
    );
  });

  it('ends the span only when an async block settles', async () => {
    let release!: () => void;
    const pending = withSpan(
      'async',
      () => new Promise<string>((resolve) => (release = () => resolve('done'))),
    );
    expect(tracing.spans()).toHaveLength(0);
    release();
    await expect(pending).resolves.toBe('done');
    expect(tracing.span('async').ended).toBe(true);
  });

  it.each([
    [
      'sync',
      () => {
        throw new TypeError('boom');
      },
    ],
    ['async', () => Promise.reject(new TypeError('boom'))],
  ])(
    'records a %s error as an exception with ERROR status, ends the span, rethrows',
    async (_, work) => {
      await expect(async () => {
        await withSpan('failing', work);
      }).rejects.toThrow('boom');
      const span = tracing.span('failing');
      expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: 'boom' });
      expect(span.events).toHaveLength(1);
      expect(span.events[0].name).toBe('exception');
      expect(span.events[0].attributes).toMatchObject({
        'exception.type': 'TypeError',
        'exception.message': 'boom',
      });
    },
  );

  it('passes span options such as attributes at start', () => {
    withSpan('with-attributes', () => undefined, { attributes: { 'user.id': 7 } });
    expect(tracing.span('with-attributes').attributes).toEqual({ 'user.id': 7 });
  });
});
