import { ConfigService } from '@nestjs/config';
import type { AxiosRequestConfig } from 'axios';
import type { DownstreamClient } from '@app/service-kit';
import { type ServiceName, serviceOf } from '@app/topology';
import type { HopClient, ServiceClientClass } from '../service-client';

/** One request a client handed to DownstreamClient, with the hop it named. */
export type RecordedRequest = { hop: string } & AxiosRequestConfig;

/** A client class as its callers' modules list it. */
type ClientClass<C extends HopClient> = Pick<ServiceClientClass<ServiceName>, 'hop'> &
  (new (downstream: DownstreamClient, config: ConfigService) => C);

/** The base URL a client under test is given: its hop's name, at `.test`. */
export function testBaseUrl(hop: ServiceName): string {
  return `http://${hop}.test`;
}

/**
 * Makes a `Client` whose DownstreamClient records each request and answers `answer`, runs `use`
 * on it, and returns what `use` resolved with and the requests it sent. The base URL comes from
 * the setting the map names for the hop, set to testBaseUrl(hop).
 */
export async function recordRequests<C extends HopClient, R>(
  Client: ClientClass<C>,
  use: (client: C) => Promise<R>,
  answer: unknown = {},
): Promise<{ result: R; requests: RecordedRequest[] }> {
  const requests: RecordedRequest[] = [];
  const downstream = {
    request: (hop: string, config: AxiosRequestConfig) => {
      requests.push({ hop, ...config });
      return Promise.resolve(answer);
    },
  } as unknown as DownstreamClient;
  const settings = { [serviceOf(Client.hop).urlSetting]: testBaseUrl(Client.hop) };
  const result = await use(new Client(downstream, new ConfigService(settings)));
  return { result, requests };
}
