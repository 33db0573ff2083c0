import { Module } from '@nestjs/common';
import { DatabaseServiceClient, InventoryServiceClient } from '@app/clients';
import { OrderReconciler } from './order-reconciler';
import { SagaRecordsReader } from './saga-records.reader';

@Module({
  providers: [OrderReconciler, SagaRecordsReader, DatabaseServiceClient, InventoryServiceClient],
})
export class ReconciliationModule {}
