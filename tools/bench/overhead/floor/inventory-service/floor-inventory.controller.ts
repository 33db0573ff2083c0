import { Body, Controller, HttpCode, HttpStatus, Inject, Post } from '@nestjs/common';
import type {
  ReservationDto,
  ReserveRequestDto,
  StockCheckDto,
  StockRequestDto,
} from '@app/contracts';
import { FloorStock } from './floor-stock';

/** inventory-service's `POST /inventory/check` and `/inventory/reserve`, answering 200. */
@Controller('inventory')
export class FloorInventoryController {
  constructor(@Inject(FloorStock) private readonly stock: FloorStock) {}

  @Post('check')
  @HttpCode(HttpStatus.OK)
  check(@Body() { product_id, quantity }: StockRequestDto): StockCheckDto {
    const available = this.stock.available(product_id);
    return { product_id, requested: quantity, available, sufficient: available >= quantity };
  }

  @Post('reserve')
  @HttpCode(HttpStatus.OK)
  reserve(@Body() { product_id, quantity, order_id }: ReserveRequestDto): ReservationDto {
    const remaining = this.stock.reserve(product_id, quantity, order_id);
    return { product_id, reserved: quantity, remaining };
  }
}
