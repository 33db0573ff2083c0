import { HttpStatus, Injectable } from '@nestjs/common';
import { DatabaseServiceClient, recordUserLookup, UserNotFoundError } from '@app/clients';
import type { UserDto } from '@app/contracts';
import { DownstreamError } from '@app/service-kit';
import { ATTR_USER_ID, Span } from '@app/telemetry';

@Injectable()
export class UsersService {
  constructor(private readonly database: DatabaseServiceClient) {}

  // The domain error is thrown inside the span, so the span that saw it records it.
  @Span('user-service.get_user', (id: number) => ({ attributes: { [ATTR_USER_ID]: id } }))
  getUser(id: number): Promise<UserDto> {
    return recordUserLookup(id, () =>
      this.database.findUser(id).catch(
        // No users row: the user does not exist.
        DownstreamError.answersAs(DatabaseServiceClient.hop, {
          [HttpStatus.NOT_FOUND]: () => new UserNotFoundError(id),
        }),
      ),
    );
  }
}
