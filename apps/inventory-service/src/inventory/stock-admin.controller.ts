import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { RestockRequestDto } from '@app/contracts';
import { type StockLevel, StockLedger } from './stock-ledger';

/**
 * Stock administration, on the admin listener only (untraced; AppModule lists it there):
 * restocking before a load run, and the stock levels the consistency check compares with the
 * orders table.
 */
@Controller('inventory')
export class StockAdminController {
  constructor(private readonly ledger: StockLedger) {}

  @Post('restock')
  @HttpCode(HttpStatus.OK)
  restock(@Body() { product_id, quantity }: RestockRequestDto): {
    product_id: number;
    available: number;
  } {
    return { product_id, available: this.ledger.restock(product_id, quantity) };
  }

  @Get('stock')
  stock(): { products: StockLevel[] } {
    return { products: this.ledger.snapshot() };
  }
}
