import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  type ReleaseDto,
  ReleaseRequestDto,
  type ReservationDto,
  ReserveRequestDto,
  type StockCheckDto,
  StockRequestDto,
} from '@app/contracts';
import { InventoryService } from './inventory.service';

@Controller('inventory')
export class InventoryController {
  constructor(private readonly inventory: InventoryService) {}

  @Post('check')
  @HttpCode(HttpStatus.OK)
  check(@Body() request: StockRequestDto): StockCheckDto {
    return this.inventory.check(request);
  }

  @Post('reserve')
  @HttpCode(HttpStatus.OK)
  reserve(@Body() request: ReserveRequestDto): ReservationDto {
    return this.inventory.reserve(request);
  }

  @Post('release')
  @HttpCode(HttpStatus.OK)
  release(@Body() request: ReleaseRequestDto): ReleaseDto {
    return this.inventory.release(request);
  }
}
