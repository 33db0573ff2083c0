import { ServiceEnv } from '@app/service-kit';
import { IsUrl } from 'class-validator';

/** order-service settings: its port and where inventory-service and database-service answer. */
export class OrderEnv extends ServiceEnv {
  override PORT = 8002;

  // require_tld off: `localhost` and compose service names have no top-level domain.
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  INVENTORY_SERVICE_URL = 'http://localhost:8004';

  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  DATABASE_SERVICE_URL = 'http://localhost:8003';
}
