import { Module } from '@nestjs/common';
import { SqlModule } from '../sql/sql.module';
import { RecordsController } from './records.controller';
import { RecordsService } from './records.service';

@Module({
  imports: [SqlModule],
  controllers: [RecordsController],
  providers: [RecordsService],
})
export class RecordsModule {}
