import { Injectable } from '@nestjs/common';
import {
  type NewOrderDto,
  type OrderDto,
  toOrderDto,
  toUserDto,
  type UserDto,
} from '@app/contracts';
import { ServiceClient } from '../service-client';

/**
 * The calls to database-service: user-service reads `users` rows, order-service writes and reads
 * `orders` rows. Only a contract's fields leave the caller, whatever else a row holds.
 */
@Injectable()
export class DatabaseServiceClient extends ServiceClient('database-service') {
  /** The `users` row `id`; rejects with a 404 DownstreamError when there is none. */
  async findUser(id: number): Promise<UserDto> {
    return toUserDto(await this.get<UserDto>('/query', { table: 'users', id }));
  }

  /** Inserts an `orders` row; rejects with a 404 DownstreamError when the user does not exist. */
  async insertOrder(values: NewOrderDto): Promise<OrderDto> {
    return toOrderDto(await this.post<OrderDto>('/insert', { table: 'orders', values }));
  }

  /** The `orders` row `id`; rejects with a 404 DownstreamError when there is none. */
  async findOrder(id: number): Promise<OrderDto> {
    return toOrderDto(await this.get<OrderDto>('/query', { table: 'orders', id }));
  }

  /** Deletes the `orders` row `id`; rejects with a 404 DownstreamError when there is none. */
  async deleteOrder(id: number): Promise<void> {
    await this.delete<{ deleted: number }>('/delete', { table: 'orders', id });
  }
}
