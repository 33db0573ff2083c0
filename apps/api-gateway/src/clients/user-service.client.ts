import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { UserDto } from '@app/contracts';
import { DownstreamClient } from '@app/service-kit';
import type { GatewayEnv } from '../config/gateway.env';

/** The gateway's calls to user-service. */
@Injectable()
export class UserServiceClient {
  /** The hop name failures carry, and what the error body's `hop` says. */
  static readonly hop = 'user-service';

  private readonly baseURL: string;

  constructor(
    private readonly downstream: DownstreamClient,
    config: ConfigService<GatewayEnv, true>,
  ) {
    this.baseURL = config.get('USER_SERVICE_URL', { infer: true });
  }

  /** User `id`; rejects with a 404 DownstreamError for an unknown user. */
  getUser(id: number): Promise<UserDto> {
    return this.downstream.request<UserDto>(UserServiceClient.hop, {
      method: 'GET',
      baseURL: this.baseURL,
      url: `/users/${id}`,
    });
  }
}
