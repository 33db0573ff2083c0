import { Injectable } from '@nestjs/common';
import { OrderServiceClient } from '@app/clients';
import type { OrderDto } from '@app/contracts';
import { ATTR_ORDER_ID, Span } from '@app/telemetry';

/** The gateway's step of GET /orders/:id: its own span, inside which order-service is asked. */
@Injectable()
export class OrderLookupService {
  constructor(private readonly orderServiceClient: OrderServiceClient) {}

  @Span('api-gateway.get_order', (id: number) => ({ attributes: { [ATTR_ORDER_ID]: id } }))
  getOrder(id: number): Promise<OrderDto> {
    return this.orderServiceClient.getOrder(id);
  }
}
