import { HttpService } from '@nestjs/axios';
import { Injectable } from '@nestjs/common';
import type { AxiosRequestConfig } from 'axios';
import { FaultInjector } from '@app/faults';
import { downstreamAnswerError, toDownstreamError } from './to-downstream-error';

/**
 * Every service-to-service call goes through here, on @nestjs/axios. The HTTP instrumentation
 * makes each call a client span and injects `traceparent` through the configured propagators;
 * this class adds only the bounded timeout (module config) and the error classification.
 */
@Injectable()
export class DownstreamClient {
  constructor(
    private readonly http: HttpService,
    private readonly faults: FaultInjector,
  ) {}

  /**
   * Sends `config` to `hop` and resolves with the response body. An `unreachable` fault for `hop`
   * swaps in an agent whose connection is refused, so the call fails as a dead hop's would.
   */
  async request<T>(hop: string, config: AxiosRequestConfig): Promise<T> {
    const refusing = this.faults.agentFor(hop);
    // The axios instance itself, with the module's settings (downstream-http.options.ts): its
    // promise, not HttpService's observable, which cancels each finished call through a token
    // and so builds a CanceledError, stack and all, for every call that succeeded.
    const response = await this.http.axiosRef
      .request<T>(refusing ? { ...config, httpAgent: refusing } : config)
      .catch((error: unknown) => {
        throw toDownstreamError(hop, error);
      });
    if (response.status >= 200 && response.status < 300) return response.data;
    throw downstreamAnswerError(hop, response.status, response.data);
  }
}
