import { ModelInterner } from '../../model/model-interner';
import { OtlpDecodeError } from './otlp-decode.error';
import { OtlpLogReader } from './otlp-log.reader';
import { decodeOtlpJson } from './otlp-json.decoder';
import { decodeOtlpProtobuf } from './otlp-protobuf.decoder';
import { ExportLogsServiceRequest } from './otlp-schema';
import { OTLP_LOGS } from './otlp-signal';

const TRACE = '5b8efff798038103d269b633813fc60c';
const SPAN = 'eee19b7ec3c1b174';
const T_NANOS = '1700000000123456789';
const T_MICROS = 1_700_000_000_123_456;

const resource = {
  attributes: [
    { key: 'service.name', value: { stringValue: 'order-service' } },
    { key: 'host.name', value: { stringValue: 'box' } },
  ],
};

// What instrumentation-pino sends for `logger.warn({ context: 'Orders', req: { id: 7 } }, msg)`.
function jsonRequest(records: Record<string, unknown>[]): Buffer {
  return Buffer.from(
    JSON.stringify({
      resourceLogs: [{ resource, scopeLogs: [{ scope: { name: 'pino' }, logRecords: records }] }],
    }),
  );
}

function protobufRequest(records: Record<string, unknown>[]): Uint8Array {
  const message = ExportLogsServiceRequest.fromObject({
    resourceLogs: [{ resource, scopeLogs: [{ scope: { name: 'pino' }, logRecords: records }] }],
  });
  return ExportLogsServiceRequest.encode(message).finish();
}

const expected = {
  traceId: TRACE,
  spanId: SPAN,
  timeUs: T_MICROS,
  severityNumber: 13,
  severityText: 'warn',
  body: 'stock is low',
  attrs: ['context', 0, 'Orders', 'req.id', 2, 7],
  flags: 1,
};

describe(OtlpLogReader.name, () => {
  it('reads an OTLP/JSON record: ids, time, severity, body, attributes and resource', () => {
    const batch = decodeOtlpJson(
      jsonRequest([
        {
          timeUnixNano: T_NANOS,
          observedTimeUnixNano: '1700000000999000000',
          severityNumber: 'SEVERITY_NUMBER_WARN',
          severityText: 'warn',
          body: { stringValue: 'stock is low' },
          attributes: [
            { key: 'context', value: { stringValue: 'Orders' } },
            { key: 'req.id', value: { intValue: '7' } },
          ],
          flags: 1,
          traceId: TRACE,
          spanId: SPAN,
        },
      ]),
      new ModelInterner(),
      OTLP_LOGS,
    );
    expect(batch.rejected).toBe(0);
    expect(batch.records).toHaveLength(1);
    const [record] = batch.records;
    expect(record).toMatchObject(expected);
    expect(record.process.serviceName).toBe('order-service');
  });

  it('reads the same record from protobuf', () => {
    const batch = decodeOtlpProtobuf(
      protobufRequest([
        {
          timeUnixNano: T_NANOS,
          severityNumber: 13,
          severityText: 'warn',
          body: { stringValue: 'stock is low' },
          attributes: [
            { key: 'context', value: { stringValue: 'Orders' } },
            { key: 'req.id', value: { intValue: 7 } },
          ],
          flags: 1,
          traceId: Buffer.from(TRACE, 'hex'),
          spanId: Buffer.from(SPAN, 'hex'),
        },
      ]),
      new ModelInterner(),
      OTLP_LOGS,
    );
    expect(batch.records).toHaveLength(1);
    expect(batch.records[0]).toMatchObject(expected);
    expect(batch.records[0].process.serviceName).toBe('order-service');
  });

  it('keeps a record without a valid trace id, outside any trace, and falls back to observed time', () => {
    const batch = decodeOtlpJson(
      jsonRequest([
        { observedTimeUnixNano: T_NANOS, severityText: 'info', body: { stringValue: 'listening' } },
        { timeUnixNano: T_NANOS, traceId: '00000000000000000000000000000000', spanId: SPAN },
        { timeUnixNano: T_NANOS, traceId: 'not-hex', spanId: SPAN },
      ]),
      new ModelInterner(),
      OTLP_LOGS,
    );
    expect(batch.rejected).toBe(0);
    expect(batch.records.map((r) => [r.traceId, r.spanId, r.timeUs])).toEqual([
      ['', '', T_MICROS],
      ['', '', T_MICROS],
      ['', '', T_MICROS],
    ]);
    expect(batch.records[0].body).toBe('listening');
  });

  it('prints a structured body as JSON', () => {
    const batch = decodeOtlpJson(
      jsonRequest([
        {
          body: {
            kvlistValue: { values: [{ key: 'order', value: { intValue: '42' } }] },
          },
        },
      ]),
      new ModelInterner(),
      OTLP_LOGS,
    );
    expect(batch.records[0].body).toBe('{"order":42}');
  });

  it.each([
    [
      'invalid JSON',
      () => decodeOtlpJson(Buffer.from('{"resourceLogs": ['), new ModelInterner(), OTLP_LOGS),
      /^invalid JSON: /,
    ],
    [
      'a JSON array',
      () => decodeOtlpJson(Buffer.from('[]'), new ModelInterner(), OTLP_LOGS),
      /^request must be an ExportLogsServiceRequest object$/,
    ],
    [
      'resourceLogs not a list',
      () => decodeOtlpJson(Buffer.from('{"resourceLogs": 3}'), new ModelInterner(), OTLP_LOGS),
      /^resourceLogs must be an array$/,
    ],
    [
      'a bare string body',
      () => decodeOtlpJson(jsonRequest([{ body: 'hi' }]), new ModelInterner(), OTLP_LOGS),
      /^attribute "body" must have an AnyValue object$/,
    ],
    [
      'malformed protobuf',
      () =>
        decodeOtlpProtobuf(
          Buffer.from([0x0a, 0xff, 0xff, 0xff, 0x0f, 0x01]),
          new ModelInterner(),
          OTLP_LOGS,
        ),
      /^invalid ExportLogsServiceRequest protobuf: /,
    ],
  ])('refuses %s with an OtlpDecodeError', (_what, decode, message) => {
    expect(decode).toThrow(OtlpDecodeError);
    expect(decode).toThrow(message);
  });
});
