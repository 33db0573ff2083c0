import { ServiceEnv } from '@app/service-kit';
import { defaultServiceUrl, serviceOf } from '@app/topology';
import { IsIn, IsUrl } from 'class-validator';

const HTTP_URL = { require_tld: false, protocols: ['http', 'https'] };

/** api-gateway settings: its port, where the services behind it answer, and its test switch. */
export class GatewayEnv extends ServiceEnv {
  override PORT = serviceOf('api-gateway').port;

  // require_tld off: `localhost` and compose service names have no top-level domain.
  @IsUrl(HTTP_URL)
  USER_SERVICE_URL = defaultServiceUrl('user-service');

  @IsUrl(HTTP_URL)
  ORDER_SERVICE_URL = defaultServiceUrl('order-service');

  /**
   * `on` serves POST /conformance/trace-context, which the W3C Trace Context test suite drives
   * (docs/course/w3c-trace-context-suite.md). Off by default: the route then does not exist.
   */
  @IsIn(['on', 'off'])
  TRACE_CONTEXT_CONFORMANCE: 'on' | 'off' = 'off';
}
