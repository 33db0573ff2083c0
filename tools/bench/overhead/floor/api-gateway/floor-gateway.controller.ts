import { HttpService } from '@nestjs/axios';
import { Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import type { NewOrderDto, OrderDto, UserDto } from '@app/contracts';
import { callDownstream } from '../call-downstream';
import { FLOOR_URLS } from '../floor-urls';

/** The gateway's downstreams, by the settings the real gateway reads. */
export type GatewayUrls = Record<'USER_SERVICE_URL' | 'ORDER_SERVICE_URL', string>;

/** api-gateway's benchmarked routes, with the real gateway's hops and nothing around them. */
@Controller()
export class FloorGatewayController {
  constructor(
    @Inject(HttpService) private readonly http: HttpService,
    @Inject(FLOOR_URLS) private readonly urls: GatewayUrls,
  ) {}

  @Get('users/:id')
  getUser(@Param('id') id: string): Promise<UserDto> {
    return this.findUser(Number(id));
  }

  /** The user is checked first, then order-service places the order: the real gateway's order. */
  @Post('orders')
  async createOrder(@Query() query: Record<string, string>): Promise<OrderDto> {
    const order: NewOrderDto = {
      user_id: Number(query.user_id),
      product_id: Number(query.product_id),
      quantity: Number(query.quantity),
    };
    await this.findUser(order.user_id);
    return callDownstream<OrderDto>(this.http, {
      method: 'POST',
      baseURL: this.urls.ORDER_SERVICE_URL,
      url: '/orders',
      data: order,
    });
  }

  @Get('orders/:id')
  getOrder(@Param('id') id: string): Promise<OrderDto> {
    return callDownstream<OrderDto>(this.http, {
      method: 'GET',
      baseURL: this.urls.ORDER_SERVICE_URL,
      url: `/orders/${Number(id)}`,
    });
  }

  private findUser(id: number): Promise<UserDto> {
    return callDownstream<UserDto>(this.http, {
      method: 'GET',
      baseURL: this.urls.USER_SERVICE_URL,
      url: `/users/${id}`,
    });
  }
}
