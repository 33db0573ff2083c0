import {
  ATTR_EXCEPTION_MESSAGE,
  ATTR_EXCEPTION_STACKTRACE,
  ATTR_EXCEPTION_TYPE,
} from '@opentelemetry/semantic-conventions';
import type { TraceSpan } from '@tools/trace-model';
import { describeSpan } from './support/span-assertions';
import { type ExerciseStack, startExerciseStack } from './support/exercise-stack';
import type { ReceivedLogRecord } from '../support/otlp-logs.types';
import { newTraceParent, type TraceParent } from '../support/trace-context';

/**
 * Exercise 3: the request line of every failed request names the error that made its answer, as
 * pino's `err` (which the OpenTelemetry pino instrumentation exports as the record's
 * `exception.type` and `exception.message`), in every service on the failure path and in the
 * server span that answered. From one failed trace's id, each hop's line then says what went
 * wrong there. A successful request's line names no error, and the redaction rules hold for it.
 */

// Real processes on a shared two-core machine: a record can take seconds to arrive under load.
const ARRIVAL_DEADLINE_MS = 20_000;
// A secret the failing request carries, and that its error repeats (Nest's unknown-route 404).
const EMAIL = 'ada.fernsby@example.com';

/** What one service's request line must say about a failed request. */
interface FailedHop {
  service: string;
  /** The request as the line's `req` shows it: method and path, without the query. */
  request: string;
  /** The name of the server span that answered it. */
  span: string;
  level: 'warn' | 'error';
  type: string;
  message: string;
}

const FAULT_MESSAGE = 'Injected fault simulate-error: inventory-service.reserve failed with 500';

// POST /orders/simulate-error: inventory-service fails the reservation, and each caller answers
// with the hop that failed it (order-service undoes the order row first, and succeeds at that).
const FAILED_ORDER: readonly FailedHop[] = [
  {
    service: 'api-gateway',
    request: 'POST /orders/simulate-error',
    span: 'POST /orders/simulate-error',
    level: 'error',
    type: 'DownstreamError',
    message: `order-service answered 502: inventory-service answered 500: ${FAULT_MESSAGE}`,
  },
  {
    service: 'order-service',
    request: 'POST /orders',
    span: 'POST /orders',
    level: 'error',
    type: 'DownstreamError',
    message: `inventory-service answered 500: ${FAULT_MESSAGE}`,
  },
  {
    service: 'inventory-service',
    request: 'POST /inventory/reserve',
    span: 'POST /inventory/reserve',
    level: 'error',
    type: 'InjectedFaultError',
    message: FAULT_MESSAGE,
  },
];

// GET /users/99999: database-service has no such row, and the 404 travels back up.
const MISSING_USER: readonly FailedHop[] = [
  {
    service: 'api-gateway',
    request: 'GET /users/99999',
    span: 'GET /users/:id',
    level: 'warn',
    type: 'DownstreamError',
    message: 'User 99999 not found',
  },
  {
    service: 'user-service',
    request: 'GET /users/99999',
    span: 'GET /users/:id',
    level: 'warn',
    type: 'UserNotFoundError',
    message: 'User 99999 not found',
  },
  {
    service: 'database-service',
    request: 'GET /query',
    span: 'GET /query',
    level: 'warn',
    type: 'RowNotFoundError',
    message: 'users row 99999 not found',
  },
];

/** The request line's method and path, e.g. `GET /query`. */
function requestOf(record: ReceivedLogRecord): string {
  const req = record.attributes.req as { method?: string; url?: string } | undefined;
  return `${req?.method} ${req?.url?.split('?')[0]}`;
}

/** Whether a record is the line pino-http writes when a request ends (it has the response time). */
function isRequestLine(record: ReceivedLogRecord): boolean {
  return typeof record.attributes.responseTime === 'number';
}

/** The error a line names, as the exported record carries it; undefined fields when none. */
function errorOf(record: ReceivedLogRecord): { type: unknown; message: unknown } {
  return {
    type: record.attributes[ATTR_EXCEPTION_TYPE],
    message: record.attributes[ATTR_EXCEPTION_MESSAGE],
  };
}

describe('exercise: error-logs', () => {
  let stack: ExerciseStack;
  const failedOrder = newTraceParent();
  const missingUser = newTraceParent();
  const success = newTraceParent();
  const unknownRoute = newTraceParent();

  async function send(path: string, trace: TraceParent & { header: string }, method = 'GET') {
    const response = await fetch(`${stack.url('api-gateway')}${path}`, {
      method,
      headers: { traceparent: trace.header },
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  /** Polls for `service`'s request line for `request` in the trace `traceId`. */
  function requestLine(traceId: string, service: string, request: string) {
    return stack.recorder.waitForLog(
      `from ${service} for ${request} in trace ${traceId}`,
      (record) =>
        record.traceId === traceId &&
        record.serviceName === service &&
        isRequestLine(record) &&
        requestOf(record) === request,
      ARRIVAL_DEADLINE_MS,
    );
  }

  /** Polls for `service`'s server span named `name` in the trace `traceId`. */
  function serverSpan(traceId: string, service: string, name: string): Promise<TraceSpan> {
    return stack.recorder.waitForSpan(
      `${service}:${name}(server) in trace ${traceId}`,
      (span) =>
        span.traceId === traceId &&
        span.serviceName === service &&
        span.kind === 'server' &&
        span.name === name,
      ARRIVAL_DEADLINE_MS,
    );
  }

  /** The line as the check compares it: level, error and the span it was written in. */
  function described(traceId: string, record: ReceivedLogRecord) {
    const span = stack.recorder.spansOf(traceId).find(({ spanId }) => spanId === record.spanId);
    return {
      level: record.severityText,
      ...errorOf(record),
      span: span ? describeSpan(span) : `span ${record.spanId || '(none)'}`,
    };
  }

  async function expectLineSaysWhy(traceId: string, hop: FailedHop): Promise<void> {
    const server = await serverSpan(traceId, hop.service, hop.span);
    const line = await requestLine(traceId, hop.service, hop.request);
    expect(described(traceId, line)).toEqual({
      level: hop.level,
      type: hop.type,
      message: hop.message,
      span: describeSpan(server),
    });
  }

  beforeAll(async () => {
    stack = await startExerciseStack();
    const order = await send(
      '/orders/simulate-error?user_id=123&product_id=1&quantity=1',
      failedOrder,
      'POST',
    );
    expect(order).toMatchObject({ status: 502, body: { message: FAILED_ORDER[0].message } });
    const user = await send('/users/99999', missingUser);
    expect(user).toMatchObject({ status: 404, body: { message: MISSING_USER[0].message } });
    expect((await send('/users/123', success)).status).toBe(200);
    expect((await send(`/users/123/contact?email=${EMAIL}`, unknownRoute)).status).toBe(404);
  });

  afterAll(() => stack?.stop());

  describe('a failed order (502; inventory-service fails the reservation)', () => {
    it.each(FAILED_ORDER.map((hop) => [hop.service, hop] as const))(
      "%s's request line says why it failed, in its server span",
      (_service, hop) => expectLineSaysWhy(failedOrder.traceId, hop),
    );

    it('the requests that succeeded on the way name no error', async () => {
      const succeeded = [
        ['user-service', 'GET /users/123'],
        ['database-service', 'GET /query'],
        ['database-service', 'POST /insert'],
        ['database-service', 'DELETE /delete'],
        ['inventory-service', 'POST /inventory/check'],
      ];
      const lines = await Promise.all(
        succeeded.map(([service, request]) => requestLine(failedOrder.traceId, service, request)),
      );
      expect(
        lines.map((line) => [line.serviceName, requestOf(line), line.severityText, errorOf(line)]),
      ).toEqual(
        succeeded.map(([service, request]) => [
          service,
          request,
          'info',
          { type: undefined, message: undefined },
        ]),
      );
    });
  });

  describe('an unknown user (404; database-service has no such row)', () => {
    it.each(MISSING_USER.map((hop) => [hop.service, hop] as const))(
      "%s's request line says why it failed, in its server span",
      (_service, hop) => expectLineSaysWhy(missingUser.traceId, hop),
    );
  });

  it("a successful request's lines name no error", async () => {
    const lines = await Promise.all(
      [
        ['api-gateway', 'GET /users/123'],
        ['user-service', 'GET /users/123'],
        ['database-service', 'GET /query'],
      ].map(([service, request]) => requestLine(success.traceId, service, request)),
    );
    expect(lines.map((line) => [line.serviceName, line.severityText, errorOf(line)])).toEqual([
      ['api-gateway', 'info', { type: undefined, message: undefined }],
      ['user-service', 'info', { type: undefined, message: undefined }],
      ['database-service', 'info', { type: undefined, message: undefined }],
    ]);
  });

  it('an error that repeats a secret from its request is redacted like a span', async () => {
    const line = await requestLine(unknownRoute.traceId, 'api-gateway', 'GET /users/123/contact');
    expect({ level: line.severityText, ...errorOf(line) }).toEqual({
      level: 'warn',
      type: 'NotFoundException',
      message: 'Cannot GET /users/123/contact?email=[REDACTED_EMAIL]',
    });
    expect(String(line.attributes[ATTR_EXCEPTION_STACKTRACE])).not.toContain(EMAIL);
    expect(JSON.stringify(line)).not.toContain(EMAIL);
  });
});
