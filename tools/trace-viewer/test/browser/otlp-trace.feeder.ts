import {
  context,
  SpanKind,
  SpanStatusCode,
  trace,
  type Context,
  type Span,
} from '@opentelemetry/api';
import { TraceState } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';

// Sends the viewer a create_order trace over OTLP/HTTP protobuf, shaped like the real services
// produce it (SERVER span, custom INTERNAL span, CLIENT span per hop), with timings, errors,
// tracestate and hostile attribute values under the test's control.
// The OTLP exporter loads node:http with a dynamic import(), which Jest's CommonJS sandbox
// rejects, so tests run this file as a child process (see feed-order-trace.ts):
//   npx tsx apps/trace-viewer/test/browser/otlp-trace.feeder.ts <otlp url> [--out-of-stock]

export const XSS_VALUE =
  '<script>window.__xss = 1; alert("xss")</script><img src=x onerror="alert(2)">';
export const TRACESTATE = 'tutorial=lesson3,vendor=abc123';

interface Step {
  key: string;
  service: string;
  name: string;
  kind: SpanKind;
  at: number;
  ms: number;
  attributes?: Record<string, string | number | boolean>;
  children?: Step[];
}

export interface FedTrace {
  traceId: string;
  /** Span ids by step key (e.g. "gw.orders.client", "inv.check"). */
  spanIds: Record<string, string>;
  /** Parent span ids by step key (undefined for the root). */
  parentIds: Record<string, string | undefined>;
}

export interface FeedOptions {
  /** Make inventory-service.check fail with an OutOfStockError exception, and the order a 409. */
  outOfStock?: boolean;
}

const { SERVER, CLIENT, INTERNAL } = SpanKind;

function hop(
  prefix: string,
  from: string,
  to: string,
  method: string,
  at: number,
  ms: number,
  inner: Step,
): Step {
  return {
    key: `${prefix}.client`,
    service: from,
    name: method,
    kind: CLIENT,
    at,
    ms,
    attributes: { 'http.request.method': method, 'server.address': '127.0.0.1' },
    children: [
      {
        key: `${prefix}.server`,
        service: to,
        name: method,
        kind: SERVER,
        at: at + 1,
        ms: ms - 2,
        attributes: { 'http.request.method': method, 'http.response.status_code': 200 },
        children: [inner],
      },
    ],
  };
}

function orderSteps(): Step {
  return {
    key: 'gw.server',
    service: 'api-gateway',
    name: 'POST',
    kind: SERVER,
    at: 0,
    ms: 100,
    attributes: {
      'http.request.method': 'POST',
      'url.path': '/orders',
      'http.response.status_code': 201,
    },
    children: [
      {
        key: 'gw.create',
        service: 'api-gateway',
        name: 'api-gateway.create_order',
        kind: INTERNAL,
        at: 1,
        ms: 98,
        attributes: {
          'user.id': 123,
          'product.id': 1,
          'order.quantity': 2,
          'tutorial.note': XSS_VALUE,
        },
        children: [
          hop('gw.users', 'api-gateway', 'user-service', 'GET', 2, 30, {
            key: 'user.get',
            service: 'user-service',
            name: 'user-service.get_user',
            kind: INTERNAL,
            at: 4,
            ms: 25,
            children: [
              hop('user.db', 'user-service', 'database-service', 'GET', 5, 22, {
                key: 'db.query',
                service: 'database-service',
                name: 'database-service.query',
                kind: INTERNAL,
                at: 7,
                ms: 18,
                attributes: { 'db.system': 'postgresql', 'db.operation': 'SELECT' },
              }),
            ],
          }),
          hop('gw.orders', 'api-gateway', 'order-service', 'POST', 34, 64, {
            key: 'order.create',
            service: 'order-service',
            name: 'order-service.create_order',
            kind: INTERNAL,
            at: 36,
            ms: 60,
            children: [
              {
                key: 'order.check',
                service: 'order-service',
                name: 'check_inventory',
                kind: INTERNAL,
                at: 37,
                ms: 16,
                children: [
                  hop('order.inv', 'order-service', 'inventory-service', 'POST', 38, 14, {
                    key: 'inv.check',
                    service: 'inventory-service',
                    name: 'inventory-service.check',
                    kind: INTERNAL,
                    at: 40,
                    ms: 10,
                  }),
                ],
              },
              {
                key: 'order.record',
                service: 'order-service',
                name: 'create_order_record',
                kind: INTERNAL,
                at: 54,
                ms: 24,
                children: [
                  hop('order.db', 'order-service', 'database-service', 'POST', 55, 22, {
                    key: 'db.insert',
                    service: 'database-service',
                    name: 'database-service.insert',
                    kind: INTERNAL,
                    at: 57,
                    ms: 18,
                  }),
                ],
              },
              {
                key: 'order.reserve',
                service: 'order-service',
                name: 'reserve_inventory',
                kind: INTERNAL,
                at: 79,
                ms: 16,
                children: [
                  hop('order.res', 'order-service', 'inventory-service', 'POST', 80, 14, {
                    key: 'inv.reserve',
                    service: 'inventory-service',
                    name: 'inventory-service.reserve',
                    kind: INTERNAL,
                    at: 82,
                    ms: 10,
                  }),
                ],
              },
            ],
          }),
        ],
      },
    ],
  };
}

/** Sends one create_order trace to the viewer's OTLP endpoint and returns its ids. */
export async function feedOrderTrace(
  otlpUrl: string,
  options: FeedOptions = {},
): Promise<FedTrace> {
  const providers = new Map<string, BasicTracerProvider>();
  const tracerFor = (service: string) => {
    let provider = providers.get(service);
    if (!provider) {
      provider = new BasicTracerProvider({
        resource: resourceFromAttributes({ 'service.name': service, 'host.name': 'browser-test' }),
        spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: otlpUrl }))],
      });
      providers.set(service, provider);
    }
    return provider.getTracer('trace-viewer-browser-test');
  };
  const base = Date.now() - 200;
  const result: FedTrace = { traceId: '', spanIds: {}, parentIds: {} };

  const start = (step: Step, parent: Context, parentId?: string): void => {
    const span: Span = tracerFor(step.service).startSpan(
      step.name,
      { kind: step.kind, startTime: base + step.at, attributes: step.attributes },
      parent,
    );
    const ctx = span.spanContext();
    result.traceId = ctx.traceId;
    result.spanIds[step.key] = ctx.spanId;
    result.parentIds[step.key] = parentId;
    // The order-service call carries a tracestate, as a vendor's propagator would add it.
    const childParent =
      step.key === 'gw.orders.client'
        ? trace.setSpanContext(parent, { ...ctx, traceState: new TraceState(TRACESTATE) })
        : trace.setSpan(parent, span);
    for (const child of step.children ?? []) start(child, childParent, ctx.spanId);
    if (options.outOfStock && step.key === 'gw.orders.client') {
      // order-service answers 409: an error on the caller's client span, not on its server span.
      span.setAttribute('http.response.status_code', 409);
      span.setStatus({ code: SpanStatusCode.ERROR });
    }
    if (options.outOfStock && step.key === 'gw.orders.server') {
      span.setAttribute('http.response.status_code', 409);
    }
    if (options.outOfStock && step.key === 'inv.check') {
      const error = new Error('Product 1 has 0 units left, 2 requested');
      error.name = 'OutOfStockError';
      span.recordException(error, base + step.at + 5);
      span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
    }
    span.addEvent(`${step.name} finished`, base + step.at + step.ms - 1);
    span.end(base + step.at + step.ms);
  };
  start(orderSteps(), context.active());
  await Promise.all([...providers.values()].map((p) => p.forceFlush()));
  await Promise.all([...providers.values()].map((p) => p.shutdown()));
  return result;
}

if (require.main === module) {
  const [url = 'http://127.0.0.1:4318/v1/traces', ...flags] = process.argv.slice(2);
  feedOrderTrace(url, { outOfStock: flags.includes('--out-of-stock') }).then(
    (fed) => process.stdout.write(`${JSON.stringify(fed)}\n`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
