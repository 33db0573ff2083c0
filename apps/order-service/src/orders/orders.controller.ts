import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { IdParamDto, NewOrderDto, type OrderDto } from '@app/contracts';
import { OrdersService } from './orders.service';

@Controller('orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Post()
  createOrder(@Body() order: NewOrderDto): Promise<OrderDto> {
    return this.orders.createOrder(order);
  }

  @Get(':id')
  getOrder(@Param() { id }: IdParamDto): Promise<OrderDto> {
    return this.orders.getOrder(id);
  }
}
