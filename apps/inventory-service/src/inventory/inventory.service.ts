import { Injectable } from '@nestjs/common';
import type {
  ReleaseDto,
  ReleaseRequestDto,
  ReservationDto,
  ReserveRequestDto,
  StockCheckDto,
  StockRequestDto,
} from '@app/contracts';
import {
  ATTR_INVENTORY_AVAILABLE,
  ATTR_INVENTORY_REMAINING,
  ATTR_ORDER_ID,
  ATTR_ORDER_QUANTITY,
  ATTR_PRODUCT_ID,
  Span,
  TraceService,
} from '@app/telemetry';
import { StockLedger } from './stock-ledger';

const requestAttributes = ({ product_id, quantity }: StockRequestDto) => ({
  attributes: { [ATTR_PRODUCT_ID]: product_id, [ATTR_ORDER_QUANTITY]: quantity },
});

const reserveAttributes = (request: ReserveRequestDto) => ({
  attributes: {
    ...requestAttributes(request).attributes,
    ...(request.order_id === undefined ? {} : { [ATTR_ORDER_ID]: request.order_id }),
  },
});

@Injectable()
export class InventoryService {
  constructor(
    private readonly ledger: StockLedger,
    private readonly traceService: TraceService,
  ) {}

  @Span('inventory-service.check', requestAttributes)
  check({ product_id, quantity }: StockRequestDto): StockCheckDto {
    const span = this.traceService.getSpan();
    span?.addEvent('Stock lookup started');
    const available = this.ledger.available(product_id);
    span?.setAttribute(ATTR_INVENTORY_AVAILABLE, available);
    span?.addEvent('Stock lookup completed', { [ATTR_INVENTORY_AVAILABLE]: available });
    return { product_id, requested: quantity, available, sufficient: available >= quantity };
  }

  @Span('inventory-service.reserve', reserveAttributes)
  reserve({ product_id, quantity, order_id }: ReserveRequestDto): ReservationDto {
    const remaining = this.ledger.reserve(product_id, quantity, order_id);
    const span = this.traceService.getSpan();
    span?.setAttribute(ATTR_INVENTORY_REMAINING, remaining);
    span?.addEvent('Stock reserved', {
      [ATTR_ORDER_QUANTITY]: quantity,
      [ATTR_INVENTORY_REMAINING]: remaining,
    });
    return { product_id, reserved: quantity, remaining };
  }

  /** Gives an order's units back: the compensation for an order that did not go through. */
  @Span('inventory-service.release', ({ order_id }: ReleaseRequestDto) => ({
    attributes: { [ATTR_ORDER_ID]: order_id },
  }))
  release({ order_id }: ReleaseRequestDto): ReleaseDto {
    const released = this.ledger.release(order_id);
    this.traceService.getSpan()?.addEvent('Stock released', {
      [ATTR_ORDER_ID]: order_id,
      [ATTR_ORDER_QUANTITY]: released,
    });
    return { order_id, released };
  }
}
