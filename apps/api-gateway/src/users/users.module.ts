import { Module } from '@nestjs/common';
import { ClientsModule } from '../clients/clients.module';
import { UsersController } from './users.controller';
import { UserLookupService } from './user-lookup.service';

@Module({
  imports: [ClientsModule],
  controllers: [UsersController],
  providers: [UserLookupService],
})
export class UsersModule {}
