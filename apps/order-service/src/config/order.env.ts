import { ServiceEnv } from '@app/service-kit';
import { defaultServiceUrl, serviceOf } from '@app/topology';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUrl, Max, Min } from 'class-validator';

/** order-service settings: its port and where inventory-service and database-service answer. */
export class OrderEnv extends ServiceEnv {
  override PORT = serviceOf('order-service').port;

  // require_tld off: `localhost` and compose service names have no top-level domain.
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  INVENTORY_SERVICE_URL = defaultServiceUrl('inventory-service');

  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  DATABASE_SERVICE_URL = defaultServiceUrl('database-service');

  /** How often the reconciler compares order rows with the stock held for them; 0 turns it off. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  RECONCILE_INTERVAL_MS = 5_000;

  /**
   * How old an order must be before the reconciler judges it: longer than any order can still
   * be on its way (three downstream timeouts when unset).
   */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3_600_000)
  RECONCILE_GRACE_MS?: number;
}
