import { HttpService } from '@nestjs/axios';
import { Body, ConflictException, Controller, Get, Inject, Param, Post } from '@nestjs/common';
import type {
  NewOrderDto,
  OrderDto,
  ReservationDto,
  ReserveRequestDto,
  StockCheckDto,
  StockRequestDto,
} from '@app/contracts';
import { callDownstream } from '../call-downstream';
import { FLOOR_URLS } from '../floor-urls';

/** order-service's downstreams, by the settings the real order-service reads. */
export type OrderServiceUrls = Record<'DATABASE_SERVICE_URL' | 'INVENTORY_SERVICE_URL', string>;

/**
 * order-service's `GET /orders/:id` (one database hop) and `POST /orders` with the real one's three hops in its order: inventory check,
 * the row inserted by database-service, the units reserved for that row. The real service's
 * compensation (deleting the row when the reservation fails) is left out: the benchmark's stock
 * never runs out, so it never runs there either.
 */
@Controller('orders')
export class FloorOrdersController {
  constructor(
    @Inject(HttpService) private readonly http: HttpService,
    @Inject(FLOOR_URLS) private readonly urls: OrderServiceUrls,
  ) {}

  @Post()
  async createOrder(@Body() order: NewOrderDto): Promise<OrderDto> {
    const stock: StockRequestDto = { product_id: order.product_id, quantity: order.quantity };
    const check = await callDownstream<StockCheckDto>(this.http, {
      method: 'POST',
      baseURL: this.urls.INVENTORY_SERVICE_URL,
      url: '/inventory/check',
      data: stock,
    });
    if (!check.sufficient) {
      throw new ConflictException(`Not enough stock for product ${order.product_id}`);
    }
    const created = await callDownstream<OrderDto>(this.http, {
      method: 'POST',
      baseURL: this.urls.DATABASE_SERVICE_URL,
      url: '/insert',
      data: { table: 'orders', values: order },
    });
    const reserve: ReserveRequestDto = { ...stock, order_id: created.id };
    await callDownstream<ReservationDto>(this.http, {
      method: 'POST',
      baseURL: this.urls.INVENTORY_SERVICE_URL,
      url: '/inventory/reserve',
      data: reserve,
    });
    return created;
  }

  @Get(':id')
  getOrder(@Param('id') id: string): Promise<OrderDto> {
    return callDownstream<OrderDto>(this.http, {
      method: 'GET',
      baseURL: this.urls.DATABASE_SERVICE_URL,
      url: '/query',
      params: { table: 'orders', id: Number(id) },
    });
  }
}
