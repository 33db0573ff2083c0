import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { NewOrderDto, OrderDto } from '@app/contracts';
import { DownstreamClient } from '@app/service-kit';
import type { GatewayEnv } from '../config/gateway.env';

/** The gateway's calls to order-service. */
@Injectable()
export class OrderServiceClient {
  /** The hop name failures carry, and what the error body's `hop` says. */
  static readonly hop = 'order-service';

  private readonly baseURL: string;

  constructor(
    private readonly downstream: DownstreamClient,
    config: ConfigService<GatewayEnv, true>,
  ) {
    this.baseURL = config.get('ORDER_SERVICE_URL', { infer: true });
  }

  /** Places `order`; rejects with a 409 DownstreamError when stock is short, 404 for unknowns. */
  createOrder(order: NewOrderDto): Promise<OrderDto> {
    return this.downstream.request<OrderDto>(OrderServiceClient.hop, {
      method: 'POST',
      baseURL: this.baseURL,
      url: '/orders',
      data: order,
    });
  }

  /** Order `id`; rejects with a 404 DownstreamError for an unknown order. */
  getOrder(id: number): Promise<OrderDto> {
    return this.downstream.request<OrderDto>(OrderServiceClient.hop, {
      method: 'GET',
      baseURL: this.baseURL,
      url: `/orders/${id}`,
    });
  }
}
