import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type {
  ReleaseDto,
  ReservationDto,
  ReserveRequestDto,
  StockCheckDto,
  StockRequestDto,
} from '@app/contracts';
import { DownstreamClient } from '@app/service-kit';
import type { OrderEnv } from '../config/order.env';

/** order-service's calls to inventory-service. */
@Injectable()
export class InventoryServiceClient {
  /** The hop name failures carry, and what the error body's `hop` says. */
  static readonly hop = 'inventory-service';

  private readonly baseURL: string;

  constructor(
    private readonly downstream: DownstreamClient,
    config: ConfigService<OrderEnv, true>,
  ) {
    this.baseURL = config.get('INVENTORY_SERVICE_URL', { infer: true });
  }

  /** Whether the units can be had now; rejects with a 404 DownstreamError for an unknown product. */
  check(request: StockRequestDto): Promise<StockCheckDto> {
    return this.downstream.request<StockCheckDto>(InventoryServiceClient.hop, {
      method: 'POST',
      baseURL: this.baseURL,
      url: '/inventory/check',
      data: request,
    });
  }

  /**
   * Takes the units for an order (again: nothing more); rejects with a 409 DownstreamError when
   * they are no longer there.
   */
  reserve(request: ReserveRequestDto): Promise<ReservationDto> {
    return this.downstream.request<ReservationDto>(InventoryServiceClient.hop, {
      method: 'POST',
      baseURL: this.baseURL,
      url: '/inventory/reserve',
      data: request,
    });
  }

  /** Gives back the units an order holds (none held: nothing happens). */
  release(orderId: number): Promise<ReleaseDto> {
    return this.downstream.request<ReleaseDto>(InventoryServiceClient.hop, {
      method: 'POST',
      baseURL: this.baseURL,
      url: '/inventory/release',
      data: { order_id: orderId },
    });
  }
}
