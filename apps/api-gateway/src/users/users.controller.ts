import { Controller, Get, Param } from '@nestjs/common';
import { IdParamDto, type UserDto } from '@app/contracts';
import { withBusinessUserId } from '@app/telemetry';
import { UsersService } from './users.service';

@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get(':id')
  getUser(@Param() { id }: IdParamDto): Promise<UserDto> {
    return withBusinessUserId(id, () => this.users.getUser(id));
  }
}
