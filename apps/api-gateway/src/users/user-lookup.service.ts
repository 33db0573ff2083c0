import { Injectable } from '@nestjs/common';
import { UserServiceClient } from '@app/clients';
import type { UserDto } from '@app/contracts';
import { ATTR_USER_ID, Span, TraceService } from '@app/telemetry';

/**
 * The gateway's step of GET /users/:id: its own span, inside which user-service is asked. The
 * user itself belongs to user-service; a 404 from it propagates as is, recorded on this span and
 * relayed by the filter.
 */
@Injectable()
export class UserLookupService {
  constructor(
    private readonly userServiceClient: UserServiceClient,
    private readonly traceService: TraceService,
  ) {}

  @Span('api-gateway.get_user', (id: number) => ({ attributes: { [ATTR_USER_ID]: id } }))
  async getUser(id: number): Promise<UserDto> {
    const span = this.traceService.getSpan();
    span?.addEvent('User lookup started', { [ATTR_USER_ID]: id });
    const user = await this.userServiceClient.getUser(id);
    span?.addEvent('User lookup completed', { [ATTR_USER_ID]: user.id });
    return user;
  }
}
