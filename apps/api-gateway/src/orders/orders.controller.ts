import { Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CreateOrderQueryDto, IdParamDto, type OrderDto } from '@app/contracts';
import { withBusinessUserId } from '@app/telemetry';
import { OrderLookupService } from './order-lookup.service';
import { OrderPlacementService } from './order-placement.service';

@Controller('orders')
export class OrdersController {
  constructor(
    private readonly orderPlacement: OrderPlacementService,
    private readonly orderLookup: OrderLookupService,
  ) {}

  // The tutorial's curl sends the order as a query string, so the gateway takes it that way.
  @Post()
  createOrder(@Query() request: CreateOrderQueryDto): Promise<OrderDto> {
    return withBusinessUserId(request.user_id, () => this.orderPlacement.createOrder(request));
  }

  /**
   * The demo of a failure deep in the chain: places the order like POST /orders, but
   * inventory-service's reservation fails after the order row was written, so order-service
   * deletes the row again (cancel_order_record) and the request ends in a 502 naming the hop.
   */
  @Post('simulate-error')
  simulateError(@Query() request: CreateOrderQueryDto): Promise<OrderDto> {
    return withBusinessUserId(request.user_id, () => this.orderPlacement.simulateError(request));
  }

  // The order's user is known only once the order is read, after every span has started.
  @Get(':id')
  getOrder(@Param() { id }: IdParamDto): Promise<OrderDto> {
    return this.orderLookup.getOrder(id);
  }
}
