import { Module } from '@nestjs/common';
import { DatabaseServiceClient } from '../clients/database-service.client';
import { InventoryServiceClient } from '../clients/inventory-service.client';
import { OrderReconciler } from './order-reconciler';
import { SagaRecordsReader } from './saga-records.reader';

@Module({
  providers: [OrderReconciler, SagaRecordsReader, DatabaseServiceClient, InventoryServiceClient],
})
export class ReconciliationModule {}
