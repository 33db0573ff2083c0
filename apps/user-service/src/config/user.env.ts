import { ServiceEnv } from '@app/service-kit';
import { defaultServiceUrl, serviceOf } from '@app/topology';
import { IsUrl } from 'class-validator';

/** user-service settings: its port and where database-service answers. */
export class UserEnv extends ServiceEnv {
  override PORT = serviceOf('user-service').port;

  // require_tld off: `localhost` and compose service names have no top-level domain.
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  DATABASE_SERVICE_URL = defaultServiceUrl('database-service');
}
