import { Injectable } from '@nestjs/common';
import { recordUserLookup, UserServiceClient } from '@app/clients';
import type { UserDto } from '@app/contracts';
import { ATTR_USER_ID, Span } from '@app/telemetry';

/**
 * The gateway's step of GET /users/:id: its own span, inside which user-service is asked. The
 * user itself belongs to user-service; a 404 from it propagates as is, recorded on this span and
 * relayed by the filter.
 */
@Injectable()
export class UserLookupService {
  constructor(private readonly userServiceClient: UserServiceClient) {}

  @Span('api-gateway.get_user', (id: number) => ({ attributes: { [ATTR_USER_ID]: id } }))
  getUser(id: number): Promise<UserDto> {
    return recordUserLookup(id, () => this.userServiceClient.getUser(id));
  }
}
