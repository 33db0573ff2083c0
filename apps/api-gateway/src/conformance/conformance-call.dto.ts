import { IsArray, IsOptional, IsString, IsUrl } from 'class-validator';
import { IsLoopbackUrl } from './loopback-url.validator';

/**
 * One element of the W3C test harness's request: POST `arguments`, as JSON, to `url`. The
 * harness nests further calls for its own callbacks in `arguments`; they are passed on as sent.
 */
export class ConformanceCallDto {
  // Checked in order from the last: a string, a URL, then a host on this machine.
  @IsLoopbackUrl()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  @IsString()
  url!: string;

  @IsOptional()
  @IsArray()
  arguments?: unknown[];
}
