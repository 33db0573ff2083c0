import { ServiceEnv } from '@app/service-kit';
import { IsUrl } from 'class-validator';

/** user-service settings: its port and where database-service answers. */
export class UserEnv extends ServiceEnv {
  override PORT = 8001;

  // require_tld off: `localhost` and compose service names have no top-level domain.
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  DATABASE_SERVICE_URL = 'http://localhost:8003';
}
