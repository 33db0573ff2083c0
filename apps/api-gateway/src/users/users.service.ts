import { Injectable } from '@nestjs/common';
import type { UserDto } from '@app/contracts';
import { ATTR_USER_ID, Span, TraceService } from '@app/telemetry';
import { UserServiceClient } from '@app/clients';

@Injectable()
export class UsersService {
  constructor(
    private readonly userServiceClient: UserServiceClient,
    private readonly traceService: TraceService,
  ) {}

  // A 404 from user-service propagates as is: the span records it and the filter relays it.
  @Span('api-gateway.get_user', (id: number) => ({ attributes: { [ATTR_USER_ID]: id } }))
  async getUser(id: number): Promise<UserDto> {
    const span = this.traceService.getSpan();
    span?.addEvent('User lookup started', { [ATTR_USER_ID]: id });
    const user = await this.userServiceClient.getUser(id);
    span?.addEvent('User lookup completed', { [ATTR_USER_ID]: user.id });
    return user;
  }
}
