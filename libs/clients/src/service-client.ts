import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DownstreamClient } from '@app/service-kit';
import { type ServiceName, serviceOf } from '@app/topology';

/** A call's query string, as axios writes it. */
type QueryParams = Record<string, string | number>;

/** A call's query parameters (GET, DELETE) or JSON body (POST). */
type CallOptions = { params?: QueryParams; data?: unknown };

/**
 * What every service's client shares: calls to one hop of the map, at the base URL its caller's
 * setting holds, each through service-kit's DownstreamClient (so each is a client span that
 * carries `traceparent`, bounded by the timeout, with failures classified and naming the hop).
 */
export abstract class HopClient {
  private readonly baseURL: string;

  constructor(
    private readonly hop: ServiceName,
    private readonly downstream: DownstreamClient,
    config: ConfigService,
  ) {
    // The setting the map names for this hop (INVENTORY_SERVICE_URL …): each caller declares it,
    // validated, with the map's URL as its default.
    this.baseURL = config.getOrThrow<string>(serviceOf(hop).urlSetting);
  }

  protected get<T>(url: string, params?: QueryParams): Promise<T> {
    return this.call<T>('GET', url, params === undefined ? {} : { params });
  }

  protected post<T>(url: string, data: unknown): Promise<T> {
    return this.call<T>('POST', url, { data });
  }

  protected delete<T>(url: string, params: QueryParams): Promise<T> {
    return this.call<T>('DELETE', url, { params });
  }

  private call<T>(method: string, url: string, options: CallOptions): Promise<T> {
    return this.downstream.request<T>(this.hop, {
      method,
      baseURL: this.baseURL,
      url,
      ...options,
    });
  }
}

/** A client class for one hop, as ServiceClient makes it: the hop's name is its static `hop`. */
export type ServiceClientClass<Hop extends ServiceName> = (abstract new (
  downstream: DownstreamClient,
  config: ConfigService,
) => HopClient) & { readonly hop: Hop };

/**
 * The base of a service's client, as Nest's `AuthGuard('jwt')` is of a guard:
 * `class InventoryServiceClient extends ServiceClient('inventory-service')`. Its static `hop` is
 * the name failures carry, which callers match answers by
 * (`DownstreamError.answersAs(InventoryServiceClient.hop, { … })`).
 */
export function ServiceClient<const Hop extends ServiceName>(hop: Hop): ServiceClientClass<Hop> {
  @Injectable()
  abstract class Client extends HopClient {
    static readonly hop = hop;

    constructor(downstream: DownstreamClient, config: ConfigService) {
      super(hop, downstream, config);
    }
  }
  return Client;
}
