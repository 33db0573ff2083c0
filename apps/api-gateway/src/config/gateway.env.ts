import { ServiceEnv } from '@app/service-kit';
import { IsUrl } from 'class-validator';

const HTTP_URL = { require_tld: false, protocols: ['http', 'https'] };

/** api-gateway settings: its port and where the services behind it answer. */
export class GatewayEnv extends ServiceEnv {
  override PORT = 8000;

  // require_tld off: `localhost` and compose service names have no top-level domain.
  @IsUrl(HTTP_URL)
  USER_SERVICE_URL = 'http://localhost:8001';

  @IsUrl(HTTP_URL)
  ORDER_SERVICE_URL = 'http://localhost:8002';
}
