import { HttpStatus, Module } from '@nestjs/common';
import { ServiceKitModule } from '@app/service-kit';
import { UserNotFoundError } from '@app/clients';
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
