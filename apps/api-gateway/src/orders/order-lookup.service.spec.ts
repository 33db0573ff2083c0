import { HttpStatus } from '@nestjs/common';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import type { OrderServiceClient } from '@app/clients';
import type { OrderDto } from '@app/contracts';
import { SAMPLE_ORDER } from '@app/contracts/testing';
import { DownstreamError } from '@app/service-kit';
import { useInMemoryTracing } from '@app/telemetry/testing';
import { OrderLookupService } from './order-lookup.service';

describe(OrderLookupService.name, () => {
  const tracing = useInMemoryTracing();
  const getOrder = jest.fn<Promise<OrderDto>, [number]>();
  const lookup = new OrderLookupService({ getOrder } as unknown as OrderServiceClient);

  beforeEach(() => getOrder.mockReset());

  it('fetches the order from inside api-gateway.get_order', async () => {
    let askedFrom: string | undefined;
    getOrder.mockImplementation(() => {
      askedFrom = trace.getActiveSpan()?.spanContext().spanId;
      return Promise.resolve(SAMPLE_ORDER);
    });

    await expect(lookup.getOrder(1000)).resolves.toBe(SAMPLE_ORDER);

    const span = tracing.span('api-gateway.get_order');
    expect(getOrder).toHaveBeenCalledWith(1000);
    expect(askedFrom).toBe(span.spanContext().spanId);
    expect(span.attributes).toEqual({ 'order.id': 1000 });
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
  });

  it("relays order-service's 404 and marks the span failed", async () => {
    const notFound = new DownstreamError(
      'order-service',
      HttpStatus.NOT_FOUND,
      'Order 7 not found',
    );
    getOrder.mockRejectedValue(notFound);

    await expect(lookup.getOrder(7)).rejects.toBe(notFound);

    const span = tracing.span('api-gateway.get_order');
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: 'Order 7 not found' });
    expect(span.events.map(({ name }) => name)).toEqual(['exception']);
  });
});
