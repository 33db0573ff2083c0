import { Injectable } from '@nestjs/common';
import type { UserDto } from '@app/contracts';
import { ServiceClient } from '../service-client';

/** The calls to user-service (the gateway makes them). */
@Injectable()
export class UserServiceClient extends ServiceClient('user-service') {
  /** User `id`; rejects with a 404 DownstreamError for an unknown user. */
  getUser(id: number): Promise<UserDto> {
    return this.get<UserDto>(`/users/${id}`);
  }
}
