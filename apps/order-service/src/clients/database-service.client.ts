import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { NewOrderDto, OrderDto } from '@app/contracts';
import { DownstreamClient } from '@app/service-kit';
import type { OrderEnv } from '../config/order.env';

// Only the contract's fields leave this service, whatever else the row holds.
function contractFieldsOf(row: OrderDto): OrderDto {
  const { id, user_id, product_id, quantity, status, created_at } = row;
  return { id, user_id, product_id, quantity, status, created_at };
}

/** order-service's calls to database-service. */
@Injectable()
export class DatabaseServiceClient {
  /** The hop name failures carry, and what the error body's `hop` says. */
  static readonly hop = 'database-service';

  private readonly baseURL: string;

  constructor(
    private readonly downstream: DownstreamClient,
    config: ConfigService<OrderEnv, true>,
  ) {
    this.baseURL = config.get('DATABASE_SERVICE_URL', { infer: true });
  }

  /** Inserts an `orders` row; rejects with a 404 DownstreamError when the user does not exist. */
  async insertOrder(values: NewOrderDto): Promise<OrderDto> {
    const row = await this.downstream.request<OrderDto>(DatabaseServiceClient.hop, {
      method: 'POST',
      baseURL: this.baseURL,
      url: '/insert',
      data: { table: 'orders', values },
    });
    return contractFieldsOf(row);
  }

  /** The `orders` row `id`; rejects with a 404 DownstreamError when there is none. */
  async findOrder(id: number): Promise<OrderDto> {
    const row = await this.downstream.request<OrderDto>(DatabaseServiceClient.hop, {
      method: 'GET',
      baseURL: this.baseURL,
      url: '/query',
      params: { table: 'orders', id },
    });
    return contractFieldsOf(row);
  }

  /** Deletes the `orders` row `id`; rejects with a 404 DownstreamError when there is none. */
  async deleteOrder(id: number): Promise<void> {
    await this.downstream.request<{ deleted: number }>(DatabaseServiceClient.hop, {
      method: 'DELETE',
      baseURL: this.baseURL,
      url: '/delete',
      params: { table: 'orders', id },
    });
  }
}
