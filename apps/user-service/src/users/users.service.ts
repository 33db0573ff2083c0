import { HttpStatus, Injectable } from '@nestjs/common';
import { DatabaseServiceClient, UserNotFoundError } from '@app/clients';
import type { UserDto } from '@app/contracts';
import { DownstreamError } from '@app/service-kit';
import { ATTR_USER_ID, Span, TraceService } from '@app/telemetry';

@Injectable()
export class UsersService {
  constructor(
    private readonly database: DatabaseServiceClient,
    private readonly traceService: TraceService,
  ) {}

  // The domain error is thrown inside the span, so the span that saw it records it.
  @Span('user-service.get_user', (id: number) => ({ attributes: { [ATTR_USER_ID]: id } }))
  async getUser(id: number): Promise<UserDto> {
    const span = this.traceService.getSpan();
    span?.addEvent('User lookup started', { [ATTR_USER_ID]: id });
    let user: UserDto;
    try {
      user = await this.database.findUser(id);
    } catch (error) {
      if (DownstreamError.isAnswer(error, DatabaseServiceClient.hop, HttpStatus.NOT_FOUND)) {
        throw new UserNotFoundError(id);
      }
      throw error;
    }
    span?.addEvent('User lookup completed', { [ATTR_USER_ID]: user.id });
    return user;
  }
}
