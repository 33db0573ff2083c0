import { Injectable } from '@nestjs/common';
import type {
  ReleaseDto,
  ReservationDto,
  ReserveRequestDto,
  StockCheckDto,
  StockRequestDto,
} from '@app/contracts';
import { ServiceClient } from '../service-client';

/** The calls to inventory-service (order-service makes them). */
@Injectable()
export class InventoryServiceClient extends ServiceClient('inventory-service') {
  /** Whether the units can be had now; rejects with a 404 DownstreamError for an unknown product. */
  check(request: StockRequestDto): Promise<StockCheckDto> {
    return this.post<StockCheckDto>('/inventory/check', request);
  }

  /**
   * Takes the units for an order (again: nothing more); rejects with a 409 DownstreamError when
   * they are no longer there.
   */
  reserve(request: ReserveRequestDto): Promise<ReservationDto> {
    return this.post<ReservationDto>('/inventory/reserve', request);
  }

  /** Gives back the units an order holds (none held: nothing happens). */
  release(orderId: number): Promise<ReleaseDto> {
    return this.post<ReleaseDto>('/inventory/release', { order_id: orderId });
  }
}
