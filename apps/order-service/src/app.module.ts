import { HttpStatus, Module } from '@nestjs/common';
import { ProductNotFoundError, UserNotFoundError } from '@app/clients';
import { ServiceKitModule } from '@app/service-kit';
import { OrderEnv } from './config/order.env';
import { OrderNotFoundError } from './orders/order-not-found.error';
import { OrdersModule } from './orders/orders.module';
import { OutOfStockError } from './orders/out-of-stock.error';
import { ReconciliationModule } from './reconciliation/reconciliation.module';

@Module({
  imports: [
    ServiceKitModule.forService({
      serviceName: 'order-service',
      env: OrderEnv,
      domainErrors: [
        [OutOfStockError, HttpStatus.CONFLICT],
        [ProductNotFoundError, HttpStatus.NOT_FOUND],
        [OrderNotFoundError, HttpStatus.NOT_FOUND],
        [UserNotFoundError, HttpStatus.NOT_FOUND],
      ],
    }),
    OrdersModule,
    ReconciliationModule,
  ],
})
export class AppModule {}
