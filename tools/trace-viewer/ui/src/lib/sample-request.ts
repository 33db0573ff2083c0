import { defaultServiceUrl } from '@app/topology';

/** A request that makes a whole trace, for the pages that have none to show yet. */
export const SAMPLE_ORDER_COMMAND = `curl -X POST "${defaultServiceUrl('api-gateway')}/orders?user_id=123&product_id=1&quantity=2"`;
