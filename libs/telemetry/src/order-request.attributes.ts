import type { Attributes } from '@opentelemetry/api';
import { ATTR_ORDER_QUANTITY, ATTR_PRODUCT_ID, ATTR_USER_ID } from './telemetry.attributes';

/** What an order asks for: who orders, which product and how many. */
export interface OrderRequest {
  user_id: number;
  product_id: number;
  quantity: number;
}

/** An order request's attributes, as the spans and events that place an order carry them. */
export function orderRequestAttributes({
  user_id,
  product_id,
  quantity,
}: OrderRequest): Attributes {
  return {
    [ATTR_USER_ID]: user_id,
    [ATTR_PRODUCT_ID]: product_id,
    [ATTR_ORDER_QUANTITY]: quantity,
  };
}
