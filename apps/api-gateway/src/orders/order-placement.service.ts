import { Injectable } from '@nestjs/common';
import { OrderServiceClient, UserServiceClient } from '@app/clients';
import type { CreateOrderQueryDto, OrderDto } from '@app/contracts';
import { withSimulatedFault } from '@app/faults';
import { ATTR_ORDER_ID, orderRequestAttributes, Span, TraceService } from '@app/telemetry';

/** The operation POST /orders/simulate-error fails: inventory-service's reservation. */
const SIMULATED_FAILING_OPERATION = 'inventory-service.reserve';

/**
 * The gateway's steps of POST /orders (and of its failing twin, simulate-error): its own span,
 * inside which user-service vouches for the user and order-service places the order.
 */
@Injectable()
export class OrderPlacementService {
  constructor(
    private readonly userServiceClient: UserServiceClient,
    private readonly orderServiceClient: OrderServiceClient,
    private readonly traceService: TraceService,
  ) {}

  /**
   * Checks the user exists, then has order-service place the order. An unknown user stops here
   * with user-service's 404, so order-service never sees the request.
   */
  @Span('api-gateway.create_order', (order: CreateOrderQueryDto) => ({
    attributes: orderRequestAttributes(order),
  }))
  async createOrder({ user_id, product_id, quantity }: CreateOrderQueryDto): Promise<OrderDto> {
    const span = this.traceService.getSpan();
    span?.addEvent('Order requested', orderRequestAttributes({ user_id, product_id, quantity }));
    await this.userServiceClient.getUser(user_id);
    const order = await this.orderServiceClient.createOrder({ user_id, product_id, quantity });
    span?.setAttribute(ATTR_ORDER_ID, order.id);
    span?.addEvent('Order created', { [ATTR_ORDER_ID]: order.id });
    return order;
  }

  /**
   * createOrder, with baggage asking inventory-service to fail its reservation: the failure
   * happens where a real one would, after the order row was written, and is marked as injected.
   */
  simulateError(order: CreateOrderQueryDto): Promise<OrderDto> {
    return withSimulatedFault(SIMULATED_FAILING_OPERATION, () => this.createOrder(order));
  }
}
