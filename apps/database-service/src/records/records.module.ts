import { Module } from '@nestjs/common';
import { SqlModule } from '../sql/sql.module';
import { PlacedOrdersController } from './placed-orders.controller';
import { RecordsController } from './records.controller';
import { RecordsService } from './records.service';

@Module({
  imports: [SqlModule],
  controllers: [RecordsController, PlacedOrdersController],
  providers: [RecordsService],
})
export class RecordsModule {}
