import { Controller, Get, Param } from '@nestjs/common';
import { IdParamDto, type UserDto } from '@app/contracts';
import { withBusinessUserId } from '@app/telemetry';
import { UserLookupService } from './user-lookup.service';

@Controller('users')
export class UsersController {
  constructor(private readonly userLookup: UserLookupService) {}

  @Get(':id')
  getUser(@Param() { id }: IdParamDto): Promise<UserDto> {
    return withBusinessUserId(id, () => this.userLookup.getUser(id));
  }
}
