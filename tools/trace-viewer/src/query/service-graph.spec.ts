import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { type AttrList, AttrType, EMPTY_ATTRS } from '../model/attr-list';
import { ModelInterner } from '../model/model-interner';
import { SpanBatch } from '../model/span-batch';
import { SpanOrigin } from '../model/stored-span';
import { TraceStore } from '../store/trace-store';
import { buildServiceGraph } from './service-graph';
import { computeOperationStats } from './ui-api/operation-stats';

const interner = new ModelInterner();
const WINDOW = { fromUs: 0, toUs: 10_000_000 };

interface SpanSpec {
  trace: number;
  id: number;
  parent?: number;
  service: string;
  name: string;
  kind: SpanKind;
  error?: boolean;
  /** The old http instrumentation attributes of a client span: net.peer.name / net.peer.port. */
  peer?: [string, number];
  /** The stable ones: server.address / server.port. */
  server?: [string, number];
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

function storeOf(specs: SpanSpec[]): TraceStore {
  const store = new TraceStore({ maxSpans: 1_000, retentionMs: 3_600_000 });
  const batch = new SpanBatch();
  for (const spec of specs) {
    const attrs: AttrList = spec.peer
      ? [
          'net.peer.name',
          AttrType.String,
          spec.peer[0],
          'net.peer.port',
          AttrType.Int,
          spec.peer[1],
        ]
      : spec.server
        ? [
            'server.address',
            AttrType.String,
            spec.server[0],
            'server.port',
            AttrType.Int,
            spec.server[1],
          ]
        : EMPTY_ATTRS;
    batch.push(hex(spec.trace, 32), {
      spanId: hex(spec.id, 16),
      parentSpanId: spec.parent ? hex(spec.parent, 16) : '',
      operationName: spec.name,
      process: interner.process(spec.service, EMPTY_ATTRS),
      scope: null,
      kind: spec.kind,
      startUs: 1_000_000 + spec.id,
      durationUs: 1_000 * spec.id,
      flags: 1,
      statusCode: spec.error ? SpanStatusCode.ERROR : SpanStatusCode.UNSET,
      statusMessage: '',
      traceState: '',
      attrs,
      events: null,
      links: null,
      droppedAttrs: 0,
      droppedEvents: 0,
      droppedLinks: 0,
      origin: SpanOrigin.Otlp,
    });
  }
  store.add(batch, 0);
  return store;
}

/** gateway server -> gateway client -> (user-service server, when it answered). */
function userCall(trace: number, outcome: 'ok' | '404' | 'dead'): SpanSpec[] {
  const base = trace * 10;
  const spans: SpanSpec[] = [
    {
      trace,
      id: base + 1,
      service: 'api-gateway',
      name: 'GET /users/:id',
      kind: SpanKind.SERVER,
      error: outcome === 'dead',
    },
    // A client span records an error for a 4xx answer and for a refused connection.
    {
      trace,
      id: base + 2,
      parent: base + 1,
      service: 'api-gateway',
      name: 'GET',
      kind: SpanKind.CLIENT,
      error: outcome !== 'ok',
      peer: ['127.0.0.1', 8001],
    },
  ];
  if (outcome !== 'dead') {
    // A server span answering 4xx is not an error (semantic conventions): only 5xx are.
    spans.push({
      trace,
      id: base + 3,
      parent: base + 2,
      service: 'user-service',
      name: 'GET /users/:id',
      kind: SpanKind.SERVER,
    });
  }
  return spans;
}

describe(buildServiceGraph.name, () => {
  it("counts an edge's errors from its client span or its server span, and names a dead hop from its address", () => {
    const store = storeOf([
      ...userCall(1, 'ok'),
      ...userCall(2, '404'),
      ...userCall(3, 'dead'),
      // A 5xx: the callee's server span failed while the client span (older instrumentation) did not.
      {
        trace: 4,
        id: 41,
        service: 'order-service',
        name: 'POST',
        kind: SpanKind.CLIENT,
        server: ['127.0.0.1', 8004],
      },
      {
        trace: 4,
        id: 42,
        parent: 41,
        service: 'inventory-service',
        name: 'POST /inventory/reserve',
        kind: SpanKind.SERVER,
        error: true,
      },
      // Nothing ever answered on this address: the edge is named after it.
      {
        trace: 5,
        id: 51,
        service: 'order-service',
        name: 'GET',
        kind: SpanKind.CLIENT,
        error: true,
        peer: ['127.0.0.1', 9999],
      },
    ]);

    expect(buildServiceGraph(store.newestFirst(), WINDOW)).toEqual({
      services: [
        { name: 'api-gateway', spanCount: 6, errorCount: 3 },
        { name: 'inventory-service', spanCount: 1, errorCount: 1 },
        { name: 'order-service', spanCount: 2, errorCount: 1 },
        { name: 'user-service', spanCount: 2, errorCount: 0 },
      ],
      edges: [
        { parent: 'api-gateway', child: 'user-service', callCount: 3, errorCount: 2 },
        { parent: 'order-service', child: '127.0.0.1:9999', callCount: 1, errorCount: 1 },
        { parent: 'order-service', child: 'inventory-service', callCount: 1, errorCount: 1 },
      ],
    });
  });

  it('keeps counting an edge from a server span whose parent is not a client span (Jaeger Thrift)', () => {
    const store = storeOf([
      { trace: 6, id: 61, service: 'a', name: 'op', kind: SpanKind.SERVER, error: true },
      { trace: 6, id: 62, parent: 61, service: 'b', name: 'op', kind: SpanKind.SERVER },
    ]);
    // The caller's server span failed, but nothing says this call did.
    expect(buildServiceGraph(store.newestFirst(), WINDOW).edges).toEqual([
      { parent: 'a', child: 'b', callCount: 1, errorCount: 0 },
    ]);
  });
});

describe(computeOperationStats.name, () => {
  it('lists client spans with the service they called, their errors included', () => {
    const store = storeOf([...userCall(1, 'ok'), ...userCall(2, '404'), ...userCall(3, 'dead')]);
    const stats = computeOperationStats(store.newestFirst(), WINDOW, 'api-gateway');
    expect(
      stats.map(({ operation, spanKind, peerService, count, errorCount }) => ({
        operation,
        spanKind,
        peerService,
        count,
        errorCount,
      })),
    ).toEqual([
      {
        operation: 'GET',
        spanKind: 'client',
        peerService: 'user-service',
        count: 3,
        errorCount: 2,
      },
      {
        operation: 'GET /users/:id',
        spanKind: 'server',
        peerService: undefined,
        count: 3,
        errorCount: 1,
      },
    ]);
  });
});
