import { HttpStatus } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { OrderServiceClient, UserServiceClient } from '@app/clients';
import type { NewOrderDto, OrderDto, UserDto } from '@app/contracts';
import { SAMPLE_ORDER, SAMPLE_USER } from '@app/contracts/testing';
import { DownstreamError } from '@app/service-kit';
import { TraceService } from '@app/telemetry';
import { useInMemoryTracing } from '@app/telemetry/testing';
import { OrderPlacementService } from './order-placement.service';

const REQUEST = { user_id: 123, product_id: 1, quantity: 2 };

describe(OrderPlacementService.name, () => {
  const tracing = useInMemoryTracing();
  const userServiceClient = { getUser: jest.fn<Promise<UserDto>, [number]>() };
  const orderServiceClient = { createOrder: jest.fn<Promise<OrderDto>, [NewOrderDto]>() };
  let service: OrderPlacementService;

  beforeEach(async () => {
    jest.resetAllMocks();
    const moduleRef = await Test.createTestingModule({
      providers: [
        OrderPlacementService,
        TraceService,
        { provide: UserServiceClient, useValue: userServiceClient },
        { provide: OrderServiceClient, useValue: orderServiceClient },
      ],
    }).compile();
    service = moduleRef.get(OrderPlacementService);
  });

  describe('createOrder', () => {
    it('checks the user, then places the order, both inside api-gateway.create_order', async () => {
      const activeIn: Record<string, string | undefined> = {};
      userServiceClient.getUser.mockImplementation(() => {
        activeIn.user = trace.getActiveSpan()?.spanContext().spanId;
        return Promise.resolve(SAMPLE_USER);
      });
      orderServiceClient.createOrder.mockImplementation(() => {
        activeIn.order = trace.getActiveSpan()?.spanContext().spanId;
        return Promise.resolve(SAMPLE_ORDER);
      });

      await expect(service.createOrder(REQUEST)).resolves.toEqual(SAMPLE_ORDER);

      expect(userServiceClient.getUser).toHaveBeenCalledWith(123);
      expect(orderServiceClient.createOrder).toHaveBeenCalledWith(REQUEST);
      expect(userServiceClient.getUser.mock.invocationCallOrder[0]).toBeLessThan(
        orderServiceClient.createOrder.mock.invocationCallOrder[0],
      );
      const span = tracing.span('api-gateway.create_order');
      expect(activeIn).toEqual({
        user: span.spanContext().spanId,
        order: span.spanContext().spanId,
      });
      expect(span.status.code).toBe(SpanStatusCode.UNSET);
      expect(span.attributes).toEqual({
        'user.id': 123,
        'product.id': 1,
        'order.quantity': 2,
        'order.id': 1000,
      });
      expect(span.events.map((event) => [event.name, event.attributes])).toEqual([
        ['Order requested', { 'user.id': 123, 'product.id': 1, 'order.quantity': 2 }],
        ['Order created', { 'order.id': 1000 }],
      ]);
    });

    it('stops at an unknown user: no order is placed and the 404 is relayed', async () => {
      const notFound = new DownstreamError(
        'user-service',
        HttpStatus.NOT_FOUND,
        'User 999 not found',
      );
      userServiceClient.getUser.mockRejectedValue(notFound);

      await expect(service.createOrder({ ...REQUEST, user_id: 999 })).rejects.toBe(notFound);

      expect(orderServiceClient.createOrder).not.toHaveBeenCalled();
      const span = tracing.span('api-gateway.create_order');
      expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: 'User 999 not found' });
      expect(span.attributes['order.id']).toBeUndefined();
      expect(span.events.map((event) => event.name)).toEqual(['Order requested', 'exception']);
    });

    it('relays order-service 409 (out of stock) and marks the span failed', async () => {
      userServiceClient.getUser.mockResolvedValue(SAMPLE_USER);
      const conflict = new DownstreamError(
        'order-service',
        HttpStatus.CONFLICT,
        'Not enough stock for product 5: requested 4, available 3',
      );
      orderServiceClient.createOrder.mockRejectedValue(conflict);

      await expect(service.createOrder({ ...REQUEST, product_id: 5, quantity: 4 })).rejects.toBe(
        conflict,
      );

      const span = tracing.span('api-gateway.create_order');
      expect(span.status.code).toBe(SpanStatusCode.ERROR);
      expect(span.events.map((event) => event.name)).toEqual(['Order requested', 'exception']);
      expect(span.events[1].attributes).toMatchObject({
        'exception.type': 'DownstreamError',
        'exception.message': 'Not enough stock for product 5: requested 4, available 3',
      });
    });
  });
});
