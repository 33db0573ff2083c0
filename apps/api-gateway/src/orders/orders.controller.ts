import { Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CreateOrderQueryDto, IdParamDto, type OrderDto } from '@app/contracts';
import { OrdersService } from './orders.service';

@Controller('orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  // The tutorial's curl sends the order as a query string, so the gateway takes it that way.
  @Post()
  createOrder(@Query() request: CreateOrderQueryDto): Promise<OrderDto> {
    return this.orders.createOrder(request);
  }

  @Get(':id')
  getOrder(@Param() { id }: IdParamDto): Promise<OrderDto> {
    return this.orders.getOrder(id);
  }
}
