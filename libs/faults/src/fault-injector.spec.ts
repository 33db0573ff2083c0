import { SpanStatusCode } from '@opentelemetry/api';
import { setOperationHook, Span } from '@app/telemetry';
import { useInMemoryTracing } from '@app/telemetry/testing';
import { FaultEngine } from './fault-engine';
import { FaultInjector } from './fault-injector';
import { InjectedFaultError } from './injected-fault.error';
import { withSimulatedFault } from './simulated-fault';

class Shop {
  @Span('shop.count')
  count(): number {
    return 3;
  }
}

describe(FaultInjector.name, () => {
  const tracing = useInMemoryTracing();
  let engine: FaultEngine;

  beforeEach(() => {
    engine = new FaultEngine('shop', 1);
    const injector = new FaultInjector(engine);
    setOperationHook((operation) => injector.onOperation(operation));
  });
  afterEach(() => setOperationHook(undefined));

  it('leaves an operation no rule aims at exactly as it was: synchronous, unmarked', () => {
    engine.add({ kind: 'error', operation: 'shop.other' });
    expect(new Shop().count()).toBe(3);
    expect(tracing.span('shop.count').attributes).toEqual({});
    expect(tracing.span('shop.count').status.code).toBe(SpanStatusCode.UNSET);
  });

  it('fails the named operation inside its span: exception, ERROR, injected mark', () => {
    const { id } = engine.add({ kind: 'error', operation: 'shop.count', status: 503 });
    expect(() => new Shop().count()).toThrow(InjectedFaultError);
    const span = tracing.span('shop.count');
    expect(span.status).toEqual({
      code: SpanStatusCode.ERROR,
      message: `Injected fault ${id}: shop.count failed with 503`,
    });
    expect(span.attributes).toEqual({
      'fault.injected': true,
      'fault.rule_id': id,
      'fault.kind': 'error',
    });
    expect(span.events.map((event) => event.name)).toEqual(['exception']);
  });

  it('delays the named operation, then runs it', async () => {
    engine.add({ kind: 'latency', operation: 'shop.count', latencyMs: 20 });
    const result = new Shop().count() as unknown as Promise<number>;
    await expect(result).resolves.toBe(3);
    expect(tracing.span('shop.count').attributes).toMatchObject({ 'fault.delay_ms': 20 });
  });

  it('fails the operation a request names in its baggage, and only that one', () => {
    expect(() => withSimulatedFault('shop.count', () => new Shop().count())).toThrow(
      'Injected fault simulate-error: shop.count failed with 500',
    );
    expect(withSimulatedFault('shop.other', () => new Shop().count())).toBe(3);
  });
});
