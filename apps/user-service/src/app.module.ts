import { HttpStatus, Module } from '@nestjs/common';
import { UserNotFoundError } from '@app/clients';
import { ServiceKitModule } from '@app/service-kit';
import { UserEnv } from './config/user.env';
import { UsersModule } from './users/users.module';

@Module({
  imports: [
    ServiceKitModule.forService({
      serviceName: 'user-service',
      env: UserEnv,
      domainErrors: [[UserNotFoundError, HttpStatus.NOT_FOUND]],
    }),
    UsersModule,
  ],
})
export class AppModule {}
