import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { UserDto } from '@app/contracts';
import { DownstreamClient } from '@app/service-kit';
import type { UserEnv } from '../config/user.env';

/** user-service's calls to database-service. */
@Injectable()
export class DatabaseServiceClient {
  /** The hop name failures carry, and what the error body's `hop` says. */
  static readonly hop = 'database-service';

  private readonly baseURL: string;

  constructor(
    private readonly downstream: DownstreamClient,
    config: ConfigService<UserEnv, true>,
  ) {
    this.baseURL = config.get('DATABASE_SERVICE_URL', { infer: true });
  }

  /** The `users` row `id`; rejects with a 404 DownstreamError when there is none. */
  async findUser(id: number): Promise<UserDto> {
    const row = await this.downstream.request<UserDto>(DatabaseServiceClient.hop, {
      method: 'GET',
      baseURL: this.baseURL,
      url: '/query',
      params: { table: 'users', id },
    });
    // Only the contract's fields leave this service, whatever else the row holds.
    return { id: row.id, name: row.name, email: row.email };
  }
}
