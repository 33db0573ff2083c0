import { Module } from '@nestjs/common';
import { DatabaseServiceClient } from '@app/clients';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  controllers: [UsersController],
  providers: [UsersService, DatabaseServiceClient],
})
export class UsersModule {}
