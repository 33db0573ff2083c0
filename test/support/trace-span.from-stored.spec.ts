import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TraceSpan } from '@tools/trace-model';
import { decodeOtlpJson } from '../../tools/trace-viewer/src/ingest/otlp/otlp-json.decoder';
import { ModelInterner } from '../../tools/trace-viewer/src/model/model-interner';
import { traceSpanOf } from './trace-span.from-stored';

/** What the e2e receiver records for an OTLP/JSON body. */
function spansFromOtlpJson(request: unknown): TraceSpan[] {
  const batch = decodeOtlpJson(Buffer.from(JSON.stringify(request)), new ModelInterner());
  return batch.spans.map((span, index) => traceSpanOf(batch.traceIds[index], span));
}

function unknownUserRequest(): unknown {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', 'unknown-user.otlp.json'), 'utf8'));
}

describe(traceSpanOf.name, () => {
  it('normalizes what exporter-trace-otlp-http serialized for the unknown-user request', () => {
    const spans = spansFromOtlpJson(unknownUserRequest());
    const user = spans.find((span) => span.name === 'user-service.get_user');

    expect(spans.map((span) => `${span.serviceName}:${span.kind}:${span.name}`).sort()).toEqual([
      'api-gateway:client:GET',
      'api-gateway:internal:api-gateway.get_user',
      'api-gateway:server:GET',
      'database-service:internal:database-service.query',
      'database-service:server:GET',
      'user-service:client:GET',
      'user-service:internal:user-service.get_user',
      'user-service:server:GET',
    ]);
    expect(user).toEqual({
      traceId: '0af7651916cd43dd8448eb211c80319c',
      spanId: '9c276b612fdccdd3',
      parentSpanId: '76bc9a7b5a1b68cd',
      name: 'user-service.get_user',
      kind: 'internal',
      serviceName: 'user-service',
      startTimeUs: 1763722900001200,
      durationUs: 6700,
      attributes: { 'user.id': '999999' },
      events: [
        {
          name: 'exception',
          timeUs: 1763722900007700,
          attributes: {
            'exception.type': 'UserNotFoundError',
            'exception.message': 'User 999999 not found',
            'exception.stacktrace': expect.stringContaining(
              'UserNotFoundError: User 999999 not found',
            ),
          },
        },
      ],
      status: 'error',
      statusMessage: 'User 999999 not found',
    });
  });

  it('unwraps every AnyValue type', () => {
    const value = (anyValue: object) =>
      spansFromOtlpJson({
        resourceSpans: [
          {
            scopeSpans: [
              {
                spans: [
                  {
                    traceId: '0af7651916cd43dd8448eb211c80319c',
                    spanId: '9c276b612fdccdd3',
                    name: 'x',
                    attributes: [{ key: 'v', value: anyValue }],
                  },
                ],
              },
            ],
          },
        ],
      })[0].attributes.v;
    const query = spansFromOtlpJson(unknownUserRequest()).find(
      (span) => span.name === 'database-service.query',
    );

    expect(query?.attributes).toEqual({
      'db.system': 'postgresql',
      'db.operation.name': 'SELECT',
      'db.collection.name': 'users',
      'db.response.returned_rows': 0,
      'db.cached': false,
      'db.latency_ratio': 0.25,
    });
    expect(
      value({ arrayValue: { values: [{ stringValue: 'users' }, { intValue: '7' }] } }),
    ).toEqual(['users', 7]);
    expect(value({ intValue: '9007199254740993' })).toBe('9007199254740993');
    expect(value({ kvlistValue: { values: [{ key: 'a', value: { intValue: 1 } }] } })).toEqual({
      a: 1,
    });
    expect(value({ bytesValue: 'AAE=' })).toBe('AAE=');
  });

  it('accepts enum names and base64 ids as the OTLP/JSON spec allows', () => {
    const [span] = spansFromOtlpJson({
      resourceSpans: [
        {
          scopeSpans: [
            {
              spans: [
                {
                  traceId: 'AAECAwQFBgcICQoLDA0ODw==',
                  spanId: 'AAECAwQFBgc=',
                  name: 'x',
                  kind: 'SPAN_KIND_CONSUMER',
                  startTimeUnixNano: 1500,
                  endTimeUnixNano: '4500',
                  status: { code: 'STATUS_CODE_OK' },
                },
              ],
            },
          ],
        },
      ],
    });

    expect(span).toEqual({
      traceId: '000102030405060708090a0b0c0d0e0f',
      spanId: '0001020304050607',
      name: 'x',
      kind: 'consumer',
      serviceName: 'OTLPResourceNoServiceName',
      startTimeUs: 1,
      durationUs: 3,
      attributes: {},
      events: [],
      status: 'ok',
    });
  });
});
