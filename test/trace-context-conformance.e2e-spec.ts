import {
  type Callback,
  ConformanceHarness,
  type HeaderFields,
  postWithFields,
  type ServiceAnswer,
} from './support/conformance-harness';
import { startGateway } from './support/e2e-services';
import { OtlpJsonReceiver } from './support/otlp-json-receiver';
import { spanLabel, spanView } from './support/span-assertions';
import type { RunningStack } from '../tools/stack/launch-stack';
import { parseTraceParent, type TraceParent } from './support/trace-context';

// Real processes on a shared two-core machine: spans can take seconds to arrive under load.
jest.setTimeout(30_000);

/** A gateway per configuration, beside the other suites' 18000-18006. */
const DEFAULT_PORT = 18007;
const STRICT_PORT = 18008;
const SWITCHED_OFF_PORT = 18010;

const PATH = '/conformance/trace-context';
const TRACE_ID = '12345678901234567890123456789012';
const PARENT_ID = '1234567890123456';
const endpoint = (port: number) => `http://127.0.0.1:${port}${PATH}`;

/** What one callback carried, read the way the W3C harness reads it. */
interface Propagated {
  traceparent: TraceParent;
  /** The tracestate members, every field joined; undefined when no field was sent. */
  tracestate?: string[];
}

function propagated({ fields }: Callback): Propagated {
  const traceparents = fields.filter(([name]) => name === 'traceparent');
  if (traceparents.length !== 1) {
    throw new Error(`expected one traceparent field, got ${JSON.stringify(traceparents)}`);
  }
  const tracestates = fields.filter(([name]) => name === 'tracestate').map(([, value]) => value);
  return {
    traceparent: parseTraceParent(traceparents[0][1]),
    tracestate:
      tracestates.length === 0
        ? undefined
        : tracestates
            .join(',')
            .split(/[ \t]*,[ \t]*/)
            .filter((member) => member.trim() !== ''),
  };
}

const members = (count: number) =>
  Array.from({ length: count }, (_, i) => `bar${String(i + 1).padStart(2, '0')}=${i + 1}`);

describe('POST /conformance/trace-context: the W3C Trace Context test suite, played without Python', () => {
  const receiver = new OtlpJsonReceiver();
  const harness = new ConformanceHarness();
  const gateways: RunningStack[] = [];

  beforeAll(async () => {
    const receiverUrl = await receiver.start();
    await harness.start();
    // Only the gateway runs: the endpoint calls the harness, never the services behind it.
    for (const [port, env] of [
      [DEFAULT_PORT, { TRACE_CONTEXT_CONFORMANCE: 'on' }],
      [STRICT_PORT, { TRACE_CONTEXT_CONFORMANCE: 'on', OTEL_PROPAGATORS: 'tracecontext-strict' }],
      [SWITCHED_OFF_PORT, {}],
    ] as const) {
      gateways.push(await startGateway(receiverUrl, port, {}, env));
    }
  }, 90_000);

  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.stop()));
    await harness.stop();
    await receiver.stop();
  });

  /** Sends the harness's request with `fields` asking for `count` callbacks; reads them back. */
  async function drive(port: number, fields: HeaderFields, count = 1): Promise<Propagated[]> {
    const urls = harness.newScope(count);
    const answer = await postWithFields(
      endpoint(port),
      fields,
      urls.map((url) => ({ url, arguments: [] })),
    );
    expect({ status: answer.status, body: answer.body }).toEqual({
      status: 200,
      body: { called: urls },
    });
    return urls.map((url) => {
      const [callback, ...more] = harness.receivedAt(url);
      if (!callback || more.length > 0) throw new Error(`expected one callback at ${url}`);
      return propagated(callback);
    });
  }

  const once = async (port: number, fields: HeaderFields) => (await drive(port, fields))[0];

  describe.each([
    { propagator: 'tracecontext,baggage (the default)', port: DEFAULT_PORT, strict: false },
    { propagator: 'tracecontext-strict', port: STRICT_PORT, strict: true },
  ])('OTEL_PROPAGATORS=$propagator', ({ port, strict }) => {
    it('continues a valid traceparent with a new parent id (test_traceparent_included_tracestate_missing)', async () => {
      const { traceparent } = await once(port, [['traceparent', `00-${TRACE_ID}-${PARENT_ID}-01`]]);
      expect(traceparent.traceId).toBe(TRACE_ID);
      expect(traceparent.spanId).not.toBe(PARENT_ID);
    });

    it('starts a trace when none came (test_both_traceparent_and_tracestate_missing)', async () => {
      const { traceparent } = await once(port, []);
      expect(traceparent.traceId).toMatch(/^[0-9a-f]{32}$/);
    });

    it.each([
      [
        'two traceparent fields',
        [`00-${TRACE_ID}-${PARENT_ID}-01`, `00-${TRACE_ID}-${PARENT_ID}-01`],
      ],
      ['version ff', [`ff-${TRACE_ID}-${PARENT_ID}-01`]],
      ['an all-zero trace id', [`00-${'0'.repeat(32)}-${PARENT_ID}-01`]],
      ['version 00 with a trailing character', [`00-${TRACE_ID}-${PARENT_ID}-01.`]],
      ['a parent id too short', [`00-${TRACE_ID}-${PARENT_ID.slice(1)}-01`]],
    ])('restarts the trace for %s', async (_why, values) => {
      const fields = values.map((value) => ['traceparent', value] as const);
      const { traceparent } = await once(port, fields);
      expect(traceparent.traceId).not.toBe(TRACE_ID);
      expect(traceparent.traceId).not.toBe('0'.repeat(32));
    });

    it('reads a future version and any casing of the name (test_traceparent_version_0xcc)', async () => {
      for (const fields of [
        [['traceparent', `cc-${TRACE_ID}-${PARENT_ID}-01-what-the-future-will-be-like`]],
        [['TrAcEpArEnT', `00-${TRACE_ID}-${PARENT_ID}-01`]],
      ] as const) {
        expect((await once(port, fields)).traceparent.traceId).toBe(TRACE_ID);
      }
    });

    it('joins several tracestate fields in order (test_tracestate_multiple_headers_different_keys)', async () => {
      const { tracestate } = await once(port, [
        ['traceparent', `00-${TRACE_ID}-${PARENT_ID}-00`],
        ['tracestate', 'foo=1,bar=2'],
        ['tracestate', 'rojo=1,congo=2'],
        ['tracestate', 'baz=3'],
      ]);
      expect(tracestate).toEqual(['foo=1', 'bar=2', 'rojo=1', 'congo=2', 'baz=3']);
    });

    it('calls back three times in one trace, from three client spans (test_multiple_requests_with_valid_traceparent)', async () => {
      const sent = await drive(port, [['traceparent', `00-${TRACE_ID}-${PARENT_ID}-01`]], 3);
      expect(new Set(sent.map(({ traceparent }) => traceparent.traceId))).toEqual(
        new Set([TRACE_ID]),
      );
      const parentIds = sent.map(({ traceparent }) => traceparent.spanId);
      expect(new Set(parentIds).size).toBe(3);

      // Each callback's parent id is a client span of the gateway, under the endpoint's spans.
      const byId = (spanId: string | undefined) =>
        receiver.waitForSpan(`span ${spanId}`, (span) => span.spanId === spanId);
      const clients = await Promise.all(parentIds.map(byId));
      const operation = await byId(clients[0].parentSpanId);
      const server = await byId(operation.parentSpanId);
      expect({ ...spanView(server), parent: server.parentSpanId }).toMatchObject({
        span: `api-gateway:POST ${PATH}`,
        kind: 'server',
        parent: PARENT_ID,
      });
      expect(spanView(operation)).toMatchObject({
        span: 'api-gateway:api-gateway.trace_context_conformance',
        kind: 'internal',
        status: 'unset',
      });
      for (const client of clients) {
        expect({ ...spanView(client), parent: client.parentSpanId }).toMatchObject({
          span: 'api-gateway:POST',
          kind: 'client',
          attributes: expect.objectContaining({ 'http.response.status_code': 200 }),
          parent: operation.spanId,
        });
      }
    });

    it(`${strict ? 'drops' : 'cuts to 32'} a tracestate of 33 members (test_tracestate_member_count_limit)`, async () => {
      const thirtyThree = members(33);
      const { tracestate } = await once(port, [
        ['traceparent', `00-${TRACE_ID}-${PARENT_ID}-00`],
        ['tracestate', thirtyThree.slice(0, 10).join(',')],
        ['tracestate', thirtyThree.slice(10).join(',')],
      ]);
      expect(tracestate).toEqual(strict ? undefined : members(32));
      expect(
        await once(port, [
          ['traceparent', `00-${TRACE_ID}-${PARENT_ID}-00`],
          ['tracestate', members(32).join(',')],
        ]),
      ).toMatchObject({ tracestate: members(32) });
    });

    it.each([
      ['a vendor key ending in @', 'foo@=1,bar=2', strict ? ['foo@=1', 'bar=2'] : ['bar=2']],
      ['a key starting with @', '@foo=1,bar=2', strict ? undefined : ['bar=2']],
      ['a 257-character key', `foo=1,${'z'.repeat(257)}=1`, strict ? undefined : ['foo=1']],
    ])('with %s, sends tracestate %j (test_tracestate_key_*)', async (_why, value, expected) => {
      const { tracestate } = await once(port, [
        ['traceparent', `00-${TRACE_ID}-${PARENT_ID}-00`],
        ['tracestate', value],
      ]);
      expect(tracestate).toEqual(expected);
    });

    it(`${strict ? 'keeps' : 'drops'} the random trace id flag of the caller (test_propagates_random_flag)`, async () => {
      const { traceparent } = await once(port, [['traceparent', `00-${TRACE_ID}-${PARENT_ID}-02`]]);
      expect(traceparent.traceId).toBe(TRACE_ID);
      expect(traceparent.flags).toBe(strict ? '02' : '00');
    });
  });

  describe('the loopback guard', () => {
    it('refuses a request naming any target off loopback, and calls none of its targets', async () => {
      const [first] = harness.newScope(1);
      // 0.0.0.0 reaches this machine's loopback listeners, the harness included (proven below):
      // only the guard stands between the gateway and it.
      const zeroAddress = `http://0.0.0.0:${harness.port}/callback/leak`;
      const elsewhere = 'http://192.0.2.1:7777/callback/leak';
      const before = harness.all().length;

      const answer: ServiceAnswer = await postWithFields(
        endpoint(STRICT_PORT),
        [],
        [
          { url: first, arguments: [] },
          { url: zeroAddress, arguments: [] },
          { url: elsewhere, arguments: [] },
        ],
      );

      const loopbackOnly =
        'is not on this machine: the conformance endpoint calls only loopback addresses (127.0.0.0/8, ::1, localhost)';
      expect({ status: answer.status, body: answer.body }).toEqual({
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: [
            `[1] url "${zeroAddress}" ${loopbackOnly}`,
            `[2] url "${elsewhere}" ${loopbackOnly}`,
          ],
          traceId: expect.stringMatching(/^[0-9a-f]{32}$/),
        },
      });
      // The request's trace is its server span alone, with the refusal recorded on it.
      const traceId = (answer.body as { traceId: string }).traceId;
      const [server] = await receiver.waitForSpans(traceId, 1);
      expect(receiver.spansOf(traceId).map(spanLabel)).toEqual([spanLabel(server)]);
      expect(spanView(server)).toMatchObject({
        span: `api-gateway:POST ${PATH}`,
        events: ['exception'],
      });
      expect(harness.all()).toHaveLength(before);

      // The control: the same URL does reach the harness when something does call it.
      await fetch(zeroAddress, { method: 'POST', body: '[]' });
      expect(harness.all()).toHaveLength(before + 1);
    });

    it('answers a body that is not an array of calls with the JSON 400 of any bad input', async () => {
      const answer = await postWithFields(endpoint(DEFAULT_PORT), [], { url: 'x' });
      expect({ status: answer.status, body: answer.body }).toEqual({
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Validation failed (parsable array expected)',
          traceId: expect.stringMatching(/^[0-9a-f]{32}$/),
        },
      });
    });
  });

  describe('the switch', () => {
    it('without TRACE_CONTEXT_CONFORMANCE=on the route is a 404 like any unknown route', async () => {
      const [url] = harness.newScope(1);
      const off = await postWithFields(endpoint(SWITCHED_OFF_PORT), [], [{ url, arguments: [] }]);
      const unknown = await postWithFields(
        `http://127.0.0.1:${SWITCHED_OFF_PORT}/conformance/no-such-route`,
        [],
        [{ url, arguments: [] }],
      );

      const answerOf = ({ status, body }: ServiceAnswer, path: string) => ({
        status,
        body: { ...(body as object), traceId: 'any' },
        path,
      });
      expect(answerOf(off, PATH)).toEqual({
        status: 404,
        body: {
          statusCode: 404,
          error: 'Not Found',
          message: `Cannot POST ${PATH}`,
          traceId: 'any',
        },
        path: PATH,
      });
      expect(answerOf(unknown, PATH).body).toEqual({
        ...answerOf(off, PATH).body,
        message: 'Cannot POST /conformance/no-such-route',
      });
      expect(harness.receivedAt(url)).toEqual([]);

      // No route of its own: its server span is named as the unknown route's is.
      const [offServer, unknownServer] = await Promise.all(
        [off, unknown].map(async ({ body }) => {
          const spans = await receiver.waitForSpans((body as { traceId: string }).traceId, 1);
          const { span, kind, status, events } = spanView(spans[0]);
          return { span, kind, status, events };
        }),
      );
      expect(offServer).toEqual(unknownServer);
      expect(offServer.span).not.toContain('conformance');
    });
  });
});
