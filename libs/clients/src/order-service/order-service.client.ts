import { Injectable } from '@nestjs/common';
import type { NewOrderDto, OrderDto } from '@app/contracts';
import { ServiceClient } from '../service-client';

/** The calls to order-service (the gateway makes them). */
@Injectable()
export class OrderServiceClient extends ServiceClient('order-service') {
  /** Places `order`; rejects with a 409 DownstreamError when stock is short, 404 for unknowns. */
  createOrder(order: NewOrderDto): Promise<OrderDto> {
    return this.post<OrderDto>('/orders', order);
  }

  /** Order `id`; rejects with a 404 DownstreamError for an unknown order. */
  getOrder(id: number): Promise<OrderDto> {
    return this.get<OrderDto>(`/orders/${id}`);
  }
}
