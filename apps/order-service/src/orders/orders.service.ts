import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import {
  DatabaseServiceClient,
  InventoryServiceClient,
  ProductNotFoundError,
  UserNotFoundError,
} from '@app/clients';
import type {
  NewOrderDto,
  OrderDto,
  ReserveRequestDto,
  StockCheckDto,
  StockRequestDto,
} from '@app/contracts';
import { DownstreamError } from '@app/service-kit';
import {
  ATTR_INVENTORY_AVAILABLE,
  ATTR_ORDER_ID,
  ATTR_ORDER_QUANTITY,
  ATTR_PRODUCT_ID,
  orderRequestAttributes,
  Span,
  TraceService,
} from '@app/telemetry';
import { OrderMetrics } from './order-metrics';
import { OrderNotFoundError } from './order-not-found.error';
import { OutOfStockError } from './out-of-stock.error';

function stockRequest({ product_id, quantity }: NewOrderDto): StockRequestDto {
  return { product_id, quantity };
}

/** The reservation is made for the order's row, so it can be matched with it after a crash. */
function reserveRequest(order: NewOrderDto, orderId: number): ReserveRequestDto {
  return { ...stockRequest(order), order_id: orderId };
}

function stockAttributes({ product_id, quantity }: NewOrderDto) {
  return { [ATTR_PRODUCT_ID]: product_id, [ATTR_ORDER_QUANTITY]: quantity };
}

/**
 * Places and reads orders. Each step is a `@Span` method, so it runs in a child span of
 * order-service.create_order. A domain error is thrown inside the span whose step saw it, so that
 * span records it; the enclosing spans record it again as it passes through them.
 */
@Injectable()
export class OrdersService {
  private readonly logger = new Logger(OrdersService.name);

  constructor(
    private readonly inventory: InventoryServiceClient,
    private readonly database: DatabaseServiceClient,
    private readonly traceService: TraceService,
    private readonly metrics: OrderMetrics,
  ) {}

  @Span('order-service.create_order', (order: NewOrderDto) => ({
    attributes: orderRequestAttributes(order),
  }))
  async createOrder(order: NewOrderDto): Promise<OrderDto> {
    try {
      const created = await this.placeOrder(order);
      this.metrics.placed(order);
      return created;
    } catch (error) {
      this.metrics.failed(order, error);
      throw error;
    }
  }

  /** The steps of createOrder, inside its span. */
  private async placeOrder(order: NewOrderDto): Promise<OrderDto> {
    const span = this.traceService.getSpan();
    const check = await this.checkInventory(order);
    // The check itself succeeded ("not enough" is an answer, not a failure), so the refusal is
    // this span's error, not check_inventory's, as the out-of-stock trace expects.
    if (!check.sufficient) {
      throw new OutOfStockError(order.product_id, order.quantity, check.available);
    }
    const created = await this.createOrderRecord(order);
    span?.setAttribute(ATTR_ORDER_ID, created.id);
    try {
      await this.reserveInventory(order, created.id);
    } catch (error) {
      // Another order may have taken the stock since the check: no order may stay without it.
      await this.cancelOrderRecord(created.id);
      throw error;
    }
    return created;
  }

  @Span('order-service.get_order', (id: number) => ({ attributes: { [ATTR_ORDER_ID]: id } }))
  getOrder(id: number): Promise<OrderDto> {
    return this.database.findOrder(id).catch(
      DownstreamError.answersAs(DatabaseServiceClient.hop, {
        [HttpStatus.NOT_FOUND]: () => new OrderNotFoundError(id),
      }),
    );
  }

  @Span('check_inventory', (order: NewOrderDto) => ({ attributes: stockAttributes(order) }))
  private async checkInventory(order: NewOrderDto): Promise<StockCheckDto> {
    const check = await this.inventory.check(stockRequest(order)).catch(
      DownstreamError.answersAs(InventoryServiceClient.hop, {
        [HttpStatus.NOT_FOUND]: () => new ProductNotFoundError(order.product_id),
      }),
    );
    this.traceService.getSpan()?.setAttribute(ATTR_INVENTORY_AVAILABLE, check.available);
    return check;
  }

  @Span('create_order_record')
  private async createOrderRecord(order: NewOrderDto): Promise<OrderDto> {
    const created = await this.database.insertOrder(order).catch(
      DownstreamError.answersAs(DatabaseServiceClient.hop, {
        // The orders.user_id foreign key is the only thing an insert can fail to find.
        [HttpStatus.NOT_FOUND]: () => new UserNotFoundError(order.user_id),
      }),
    );
    const span = this.traceService.getSpan();
    span?.setAttribute(ATTR_ORDER_ID, created.id);
    span?.addEvent('Order record created', { [ATTR_ORDER_ID]: created.id });
    return created;
  }

  @Span('reserve_inventory', (order: NewOrderDto) => ({ attributes: stockAttributes(order) }))
  private async reserveInventory(order: NewOrderDto, orderId: number): Promise<void> {
    const reservation = await this.inventory.reserve(reserveRequest(order, orderId)).catch(
      DownstreamError.answersAs(InventoryServiceClient.hop, {
        [HttpStatus.CONFLICT]: () => new OutOfStockError(order.product_id, order.quantity),
        [HttpStatus.NOT_FOUND]: () => new ProductNotFoundError(order.product_id),
      }),
    );
    this.traceService.getSpan()?.addEvent('Stock reserved', {
      [ATTR_ORDER_QUANTITY]: reservation.reserved,
      [ATTR_PRODUCT_ID]: reservation.product_id,
    });
  }

  /** Compensation for a failed reservation; a failure here is logged, never hides the cause. */
  private async cancelOrderRecord(orderId: number): Promise<void> {
    try {
      await this.deleteOrderRecord(orderId);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.error(`Order ${orderId} has no stock and could not be deleted: ${reason}`);
    }
  }

  /** The span records a failed delete; cancelOrderRecord, its caller, logs it and moves on. */
  @Span('cancel_order_record', (orderId: number) => ({ attributes: { [ATTR_ORDER_ID]: orderId } }))
  private async deleteOrderRecord(orderId: number): Promise<void> {
    await this.database.deleteOrder(orderId);
    this.traceService.getSpan()?.addEvent('Order record deleted', { [ATTR_ORDER_ID]: orderId });
  }
}
