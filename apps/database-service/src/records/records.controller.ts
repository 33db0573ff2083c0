import { Body, Controller, Delete, Get, Post, Query } from '@nestjs/common';
import { DeleteParamsDto, InsertRequestDto, type OrderDto, QueryParamsDto } from '@app/contracts';
import type { TableRecord } from './record-statements';
import { type DeleteResult, RecordsService } from './records.service';

/** The database hop's HTTP face: `GET /query`, `POST /insert`, `DELETE /delete`. */
@Controller()
export class RecordsController {
  constructor(private readonly records: RecordsService) {}

  @Get('query')
  query(@Query() params: QueryParamsDto): Promise<TableRecord> {
    return this.records.findById(params);
  }

  @Post('insert')
  insert(@Body() request: InsertRequestDto): Promise<OrderDto> {
    return this.records.insert(request);
  }

  @Delete('delete')
  remove(@Query() params: DeleteParamsDto): Promise<DeleteResult> {
    return this.records.remove(params);
  }
}
