import { HttpStatus, Module } from '@nestjs/common';
import { ServiceKitModule } from '@app/service-kit';
import { DatabaseEnv } from './config/database.env';
import { OrderTotalsController } from './records/order-totals.controller';
import { RecordsModule } from './records/records.module';
import { RowNotFoundError } from './records/row-not-found.error';

@Module({
  imports: [
    ServiceKitModule.forService({
      serviceName: 'database-service',
      env: DatabaseEnv,
      domainErrors: [[RowNotFoundError, HttpStatus.NOT_FOUND]],
      adminControllers: [OrderTotalsController],
    }),
    RecordsModule,
  ],
})
export class AppModule {}
