import { Controller, Get, Query } from '@nestjs/common';
import { PageQueryDto, RESERVATIONS_PATH, type ReservationsPage } from '@app/contracts';
import { StockLedger } from './stock-ledger';

/**
 * The units each order holds, for order-service's reconciler to compare with the orders table.
 * It reads this every few seconds, so the path is one the services do not trace.
 */
@Controller()
export class ReservationsController {
  constructor(private readonly ledger: StockLedger) {}

  @Get(RESERVATIONS_PATH)
  reservations(@Query() { after, limit }: PageQueryDto): ReservationsPage {
    return {
      complete_since: this.ledger.completeSince(),
      reservations: this.ledger.reservationsAfter(after, limit),
    };
  }
}
