import { HttpStatus, Injectable } from '@nestjs/common';
import { DatabaseServiceClient, recordUserLookup, UserNotFoundError } from '@app/clients';
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
  getUser(id: number): Promise<UserDto> {
    return recordUserLookup(this.traceService.getSpan(), id, () => this.findUser(id));
  }

  /** The users row `id`: database-service's 404 for it means the user does not exist. */
  private async findUser(id: number): Promise<UserDto> {
    try {
      return await this.database.findUser(id);
    } catch (error) {
      if (DownstreamError.isAnswer(error, DatabaseServiceClient.hop, HttpStatus.NOT_FOUND)) {
        throw new UserNotFoundError(id);
      }
      throw error;
    }
  }
}
