import { Injectable } from '@nestjs/common';
import { DownstreamClient } from '@app/service-kit';
import { Span } from '@app/telemetry';
import type { ConformanceCallDto } from './conformance-call.dto';

/** The hop name a failed callback carries in the error body. */
export const CONFORMANCE_HOP = 'conformance-callback';

/**
 * The service side of the W3C Trace Context test suite: makes each call the harness asks for,
 * in order, through the same client as every hop, so the configured propagators write its
 * traceparent and tracestate and each call is a client span of the request's trace.
 */
@Injectable()
export class TraceContextConformanceService {
  constructor(private readonly downstream: DownstreamClient) {}

  @Span('api-gateway.trace_context_conformance')
  async call(calls: readonly ConformanceCallDto[]): Promise<{ called: string[] }> {
    for (const { url, arguments: body = [] } of calls) {
      await this.downstream.request(CONFORMANCE_HOP, {
        method: 'POST',
        url,
        data: body,
        // Only the loopback URL that was checked is ever called: no redirect elsewhere, and no
        // HTTP(S)_PROXY from the environment in between.
        maxRedirects: 0,
        proxy: false,
      });
    }
    return { called: calls.map(({ url }) => url) };
  }
}
