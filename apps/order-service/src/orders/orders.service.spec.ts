import { HttpStatus, Logger } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { OpenTelemetryModule } from 'nestjs-otel';
import {
  DatabaseServiceClient,
  InventoryServiceClient,
  ProductNotFoundError,
  UserNotFoundError,
} from '@app/clients';
import { SAMPLE_ORDER } from '@app/contracts/testing';
import { DownstreamError } from '@app/service-kit';
import { useInMemoryTracing } from '@app/telemetry/testing';
import { OrderNotFoundError } from './order-not-found.error';
import { OrderMetrics } from './order-metrics';
import { OrdersService } from './orders.service';
import { OutOfStockError } from './out-of-stock.error';

const NEW_ORDER = { user_id: 123, product_id: 1, quantity: 2 };

const idOf = (span: ReadableSpan) => span.spanContext().spanId;
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;
const activeSpanId = () => trace.getActiveSpan()?.spanContext().spanId;
const eventsOf = (span: ReadableSpan) =>
  span.events.map((event) => ({ name: event.name, attributes: event.attributes ?? {} }));
const exceptionsOf = (span: ReadableSpan) =>
  span.events
    .filter((event) => event.name === 'exception')
    .map((event) => [
      event.attributes?.['exception.type'],
      event.attributes?.['exception.message'],
    ]);

describe(OrdersService.name, () => {
  const tracing = useInMemoryTracing();
  const inventory = { check: jest.fn(), reserve: jest.fn() };
  const database = { insertOrder: jest.fn(), findOrder: jest.fn(), deleteOrder: jest.fn() };
  /** The span active when each downstream call was made: the parent its HTTP span would get. */
  let callSpans: Record<string, string | undefined>;
  let service: OrdersService;

  const recordCall =
    <T>(name: string, result: () => Promise<T>) =>
    () => {
      callSpans[name] = activeSpanId();
      return result();
    };

  beforeEach(async () => {
    callSpans = {};
    for (const mock of [...Object.values(inventory), ...Object.values(database)]) mock.mockReset();
    inventory.check.mockImplementation(
      recordCall('check', () =>
        Promise.resolve({ product_id: 1, requested: 2, available: 100, sufficient: true }),
      ),
    );
    database.insertOrder.mockImplementation(
      recordCall('insert', () => Promise.resolve(SAMPLE_ORDER)),
    );
    inventory.reserve.mockImplementation(
      recordCall('reserve', () => Promise.resolve({ product_id: 1, reserved: 2, remaining: 98 })),
    );
    database.deleteOrder.mockImplementation(recordCall('delete', () => Promise.resolve()));
    const moduleRef = await Test.createTestingModule({
      imports: [OpenTelemetryModule.forRoot()],
      providers: [
        OrdersService,
        OrderMetrics,
        { provide: InventoryServiceClient, useValue: inventory },
        { provide: DatabaseServiceClient, useValue: database },
      ],
    }).compile();
    service = moduleRef.get(OrdersService);
  });

  describe('createOrder', () => {
    it('checks, records and reserves, each in its own child span of order-service.create_order', async () => {
      await expect(service.createOrder(NEW_ORDER)).resolves.toEqual(SAMPLE_ORDER);

      expect(inventory.check).toHaveBeenCalledWith({ product_id: 1, quantity: 2 });
      expect(database.insertOrder).toHaveBeenCalledWith(NEW_ORDER);
      expect(inventory.reserve).toHaveBeenCalledWith({
        product_id: 1,
        quantity: 2,
        order_id: 1000,
      });
      expect(database.deleteOrder).not.toHaveBeenCalled();

      // Spans are listed as they end: the children in call order, then their parent.
      expect(tracing.spans().map((span) => span.name)).toEqual([
        'check_inventory',
        'create_order_record',
        'reserve_inventory',
        'order-service.create_order',
      ]);
      const root = tracing.span('order-service.create_order');
      const check = tracing.span('check_inventory');
      const record = tracing.span('create_order_record');
      const reserve = tracing.span('reserve_inventory');

      expect(parentOf(root)).toBeUndefined();
      for (const child of [check, record, reserve]) {
        expect({ span: child.name, parent: parentOf(child) }).toEqual({
          span: child.name,
          parent: idOf(root),
        });
        expect({ span: child.name, traceId: child.spanContext().traceId }).toEqual({
          span: child.name,
          traceId: root.spanContext().traceId,
        });
      }
      expect(callSpans).toEqual({
        check: idOf(check),
        insert: idOf(record),
        reserve: idOf(reserve),
      });

      expect(root.attributes).toEqual({
        'user.id': 123,
        'product.id': 1,
        'order.quantity': 2,
        'order.id': 1000,
      });
      expect(check.attributes).toEqual({
        'product.id': 1,
        'order.quantity': 2,
        'inventory.available': 100,
      });
      expect(record.attributes).toEqual({ 'order.id': 1000 });
      expect(reserve.attributes).toEqual({ 'product.id': 1, 'order.quantity': 2 });

      expect(eventsOf(root)).toEqual([]);
      expect(eventsOf(check)).toEqual([]);
      expect(eventsOf(record)).toEqual([
        { name: 'Order record created', attributes: { 'order.id': 1000 } },
      ]);
      expect(eventsOf(reserve)).toEqual([
        { name: 'Stock reserved', attributes: { 'order.quantity': 2, 'product.id': 1 } },
      ]);
      for (const span of [root, check, record, reserve]) {
        expect({ span: span.name, status: span.status }).toEqual({
          span: span.name,
          status: { code: SpanStatusCode.UNSET },
        });
      }
    });

    it('refuses with OutOfStockError after the check and inserts nothing', async () => {
      inventory.check.mockResolvedValue({
        product_id: 5,
        requested: 4,
        available: 3,
        sufficient: false,
      });
      const order = { user_id: 123, product_id: 5, quantity: 4 };
      const message = 'Not enough stock for product 5: requested 4, available 3';

      const result = service.createOrder(order);

      await expect(result).rejects.toThrow(OutOfStockError);
      await expect(result).rejects.toThrow(message);
      expect(database.insertOrder).not.toHaveBeenCalled();
      expect(inventory.reserve).not.toHaveBeenCalled();
      expect(tracing.spans().map((span) => span.name)).toEqual([
        'check_inventory',
        'order-service.create_order',
      ]);
      const root = tracing.span('order-service.create_order');
      const check = tracing.span('check_inventory');
      expect(parentOf(check)).toBe(idOf(root));
      // "Not enough" is the check's answer, not its failure: the order span carries the error.
      expect(check.status).toEqual({ code: SpanStatusCode.UNSET });
      expect(check.attributes).toEqual({
        'product.id': 5,
        'order.quantity': 4,
        'inventory.available': 3,
      });
      expect(exceptionsOf(check)).toEqual([]);
      expect(root.status).toEqual({ code: SpanStatusCode.ERROR, message });
      expect(root.attributes).toEqual({ 'user.id': 123, 'product.id': 5, 'order.quantity': 4 });
      expect(exceptionsOf(root)).toEqual([['OutOfStockError', message]]);
    });

    it('turns inventory 404 into ProductNotFoundError recorded on check_inventory', async () => {
      inventory.check.mockRejectedValue(
        new DownstreamError('inventory-service', HttpStatus.NOT_FOUND, 'Product 99 not found'),
      );

      await expect(service.createOrder({ ...NEW_ORDER, product_id: 99 })).rejects.toThrow(
        new ProductNotFoundError(99),
      );

      expect(database.insertOrder).not.toHaveBeenCalled();
      expect(tracing.spans().map((span) => span.name)).toEqual([
        'check_inventory',
        'order-service.create_order',
      ]);
      const check = tracing.span('check_inventory');
      expect(check.status).toEqual({ code: SpanStatusCode.ERROR, message: 'Product 99 not found' });
      expect(check.attributes).toEqual({ 'product.id': 99, 'order.quantity': 2 });
      expect(exceptionsOf(check)).toEqual([['ProductNotFoundError', 'Product 99 not found']]);
      expect(tracing.span('order-service.create_order').status.code).toBe(SpanStatusCode.ERROR);
    });

    it('turns the insert 404 (no such user) into UserNotFoundError on create_order_record', async () => {
      database.insertOrder.mockRejectedValue(
        new DownstreamError('database-service', HttpStatus.NOT_FOUND, 'users row 999 not found'),
      );

      await expect(service.createOrder({ ...NEW_ORDER, user_id: 999 })).rejects.toThrow(
        new UserNotFoundError(999),
      );

      expect(inventory.reserve).not.toHaveBeenCalled();
      expect(tracing.spans().map((span) => span.name)).toEqual([
        'check_inventory',
        'create_order_record',
        'order-service.create_order',
      ]);
      const record = tracing.span('create_order_record');
      expect(parentOf(record)).toBe(idOf(tracing.span('order-service.create_order')));
      expect(record.status).toEqual({ code: SpanStatusCode.ERROR, message: 'User 999 not found' });
      expect(record.attributes).toEqual({});
      expect(eventsOf(record).map((event) => event.name)).toEqual(['exception']);
      expect(exceptionsOf(record)).toEqual([['UserNotFoundError', 'User 999 not found']]);
      expect(tracing.span('order-service.create_order').attributes['order.id']).toBeUndefined();
    });

    it('deletes the order record and answers OutOfStockError when reserve loses a race (409)', async () => {
      inventory.reserve.mockImplementation(
        recordCall('reserve', () =>
          Promise.reject(
            new DownstreamError(
              'inventory-service',
              HttpStatus.CONFLICT,
              'Not enough stock for product 1: requested 2, available 0',
            ),
          ),
        ),
      );
      const message = 'Not enough stock for product 1: requested 2';

      await expect(service.createOrder(NEW_ORDER)).rejects.toThrow(new OutOfStockError(1, 2));

      expect(database.deleteOrder).toHaveBeenCalledTimes(1);
      expect(database.deleteOrder).toHaveBeenCalledWith(1000);
      expect(tracing.spans().map((span) => span.name)).toEqual([
        'check_inventory',
        'create_order_record',
        'reserve_inventory',
        'cancel_order_record',
        'order-service.create_order',
      ]);
      const root = tracing.span('order-service.create_order');
      const reserve = tracing.span('reserve_inventory');
      const cancel = tracing.span('cancel_order_record');
      expect(parentOf(reserve)).toBe(idOf(root));
      expect(parentOf(cancel)).toBe(idOf(root));
      expect(callSpans.delete).toBe(idOf(cancel));

      expect(reserve.status).toEqual({ code: SpanStatusCode.ERROR, message });
      expect(exceptionsOf(reserve)).toEqual([['OutOfStockError', message]]);
      expect(eventsOf(reserve).map((event) => event.name)).toEqual(['exception']);

      expect(cancel.status).toEqual({ code: SpanStatusCode.UNSET });
      expect(cancel.attributes).toEqual({ 'order.id': 1000 });
      expect(eventsOf(cancel)).toEqual([
        { name: 'Order record deleted', attributes: { 'order.id': 1000 } },
      ]);

      expect(root.status).toEqual({ code: SpanStatusCode.ERROR, message });
      expect(root.attributes['order.id']).toBe(1000);
      expect(exceptionsOf(root)).toEqual([['OutOfStockError', message]]);
    });

    it('still answers the reservation failure when the compensation itself fails', async () => {
      const unreachable = new DownstreamError(
        'database-service',
        HttpStatus.SERVICE_UNAVAILABLE,
        'database-service is unreachable (ECONNREFUSED)',
      );
      inventory.reserve.mockRejectedValue(
        new DownstreamError('inventory-service', HttpStatus.CONFLICT, 'Not enough stock'),
      );
      database.deleteOrder.mockRejectedValue(unreachable);
      const logError = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);

      await expect(service.createOrder(NEW_ORDER)).rejects.toThrow(OutOfStockError);

      expect(logError).toHaveBeenCalledWith(
        'Order 1000 has no stock and could not be deleted: ' + unreachable.message,
      );
      logError.mockRestore();

      const cancel = tracing.span('cancel_order_record');
      expect(cancel.status).toEqual({ code: SpanStatusCode.ERROR, message: unreachable.message });
      expect(exceptionsOf(cancel)).toEqual([['DownstreamError', unreachable.message]]);
      expect(exceptionsOf(tracing.span('order-service.create_order'))).toEqual([
        ['OutOfStockError', 'Not enough stock for product 1: requested 2'],
      ]);
    });

    it('compensates and passes a reserve timeout through as the DownstreamError', async () => {
      const timeout = new DownstreamError(
        'inventory-service',
        HttpStatus.GATEWAY_TIMEOUT,
        'inventory-service did not answer within 5000 ms',
      );
      inventory.reserve.mockRejectedValue(timeout);

      await expect(service.createOrder(NEW_ORDER)).rejects.toBe(timeout);

      expect(database.deleteOrder).toHaveBeenCalledWith(1000);
      expect(exceptionsOf(tracing.span('reserve_inventory'))).toEqual([
        ['DownstreamError', timeout.message],
      ]);
    });

    it('compensates and answers ProductNotFoundError when reserve no longer knows the product', async () => {
      inventory.reserve.mockRejectedValue(
        new DownstreamError('inventory-service', HttpStatus.NOT_FOUND, 'Product 1 not found'),
      );

      await expect(service.createOrder(NEW_ORDER)).rejects.toThrow(new ProductNotFoundError(1));

      expect(database.deleteOrder).toHaveBeenCalledWith(1000);
      expect(exceptionsOf(tracing.span('reserve_inventory'))).toEqual([
        ['ProductNotFoundError', 'Product 1 not found'],
      ]);
    });

    it('passes an unavailable inventory-service through untouched, before any insert', async () => {
      const unreachable = new DownstreamError(
        'inventory-service',
        HttpStatus.SERVICE_UNAVAILABLE,
        'inventory-service is unreachable (ECONNREFUSED)',
      );
      inventory.check.mockRejectedValue(unreachable);

      await expect(service.createOrder(NEW_ORDER)).rejects.toBe(unreachable);

      expect(database.insertOrder).not.toHaveBeenCalled();
      expect(exceptionsOf(tracing.span('check_inventory'))).toEqual([
        ['DownstreamError', unreachable.message],
      ]);
    });
  });

  describe('getOrder', () => {
    it('reads the order inside order-service.get_order', async () => {
      database.findOrder.mockImplementation(
        recordCall('find', () => Promise.resolve(SAMPLE_ORDER)),
      );

      await expect(service.getOrder(1000)).resolves.toEqual(SAMPLE_ORDER);

      expect(database.findOrder).toHaveBeenCalledWith(1000);
      expect(tracing.spans().map((span) => span.name)).toEqual(['order-service.get_order']);
      const span = tracing.span('order-service.get_order');
      expect(callSpans.find).toBe(idOf(span));
      expect(span.attributes).toEqual({ 'order.id': 1000 });
      expect(span.events).toEqual([]);
      expect(span.status).toEqual({ code: SpanStatusCode.UNSET });
    });

    it('turns the database 404 into OrderNotFoundError recorded on the span', async () => {
      database.findOrder.mockRejectedValue(
        new DownstreamError('database-service', HttpStatus.NOT_FOUND, 'orders row 77 not found'),
      );

      await expect(service.getOrder(77)).rejects.toThrow(new OrderNotFoundError(77));

      const span = tracing.span('order-service.get_order');
      expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: 'Order 77 not found' });
      expect(exceptionsOf(span)).toEqual([['OrderNotFoundError', 'Order 77 not found']]);
    });

    it('does not mistake another hop failure for a missing order', async () => {
      const failure = new DownstreamError(
        'database-service',
        HttpStatus.BAD_GATEWAY,
        'database-service answered 500: boom',
      );
      database.findOrder.mockRejectedValue(failure);

      await expect(service.getOrder(77)).rejects.toBe(failure);
    });
  });
});
