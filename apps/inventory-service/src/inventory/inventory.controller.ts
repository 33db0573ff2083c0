import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { type ReservationDto, type StockCheckDto, StockRequestDto } from '@app/contracts';
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
  reserve(@Body() request: StockRequestDto): ReservationDto {
    return this.inventory.reserve(request);
  }
}
