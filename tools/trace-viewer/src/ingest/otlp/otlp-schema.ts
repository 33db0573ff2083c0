import { join } from 'node:path';
import * as protobuf from 'protobufjs';

// The .proto files sit beside this module in the source tree, and nest-cli.json's `assets` copies
// them beside its compiled form in dist/, so the same relative path works in both.
const PROTO_DIR = join(__dirname, 'proto');
const SERVICES = [
  'opentelemetry/proto/collector/trace/v1/trace_service.proto',
  'opentelemetry/proto/collector/logs/v1/logs_service.proto',
];

/** One signal's export call: its request and response messages, and the response's counter. */
export interface OtlpExport {
  request: protobuf.Type;
  response: protobuf.Type;
  /** The ExportXPartialSuccess counter of refused items (rejected_spans, rejected_log_records). */
  rejectedField: string;
}

/**
 * Looks up a collector's ExportXServiceRequest and ExportXServiceResponse, and declares the
 * ExportXPartialSuccess (added to opentelemetry-proto after the vendored release, see
 * proto/README.md) as the response's `partial_success` field (number 1).
 */
function exportOf(
  root: protobuf.Root,
  signal: 'trace' | 'logs',
  rejectedField: string,
): OtlpExport {
  const collector = root.lookup(`opentelemetry.proto.collector.${signal}.v1`) as protobuf.Namespace;
  const name = signal === 'trace' ? 'Trace' : 'Logs';
  const partialSuccess = new protobuf.Type(`Export${name}PartialSuccess`)
    .add(new protobuf.Field(rejectedField, 1, 'int64'))
    .add(new protobuf.Field('errorMessage', 2, 'string'));
  collector.add(partialSuccess);
  const response = collector.lookupType(`Export${name}ServiceResponse`);
  response.add(new protobuf.Field('partialSuccess', 1, partialSuccess.name));
  return { request: collector.lookupType(`Export${name}ServiceRequest`), response, rejectedField };
}

function loadRoot(): protobuf.Root {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => join(PROTO_DIR, target);
  root.loadSync(SERVICES, { keepCase: false });

  // Fields added to opentelemetry-proto after the vendored release (see proto/README.md).
  const span = root.lookupType('opentelemetry.proto.trace.v1.Span');
  span.add(new protobuf.Field('flags', 16, 'fixed32'));
  span.lookupType('Link').add(new protobuf.Field('flags', 6, 'fixed32'));

  // google.rpc.Status, the OTLP/HTTP error body (details left out: we never send any).
  const rpc = root.define('google.rpc');
  rpc.add(
    new protobuf.Type('Status')
      .add(new protobuf.Field('code', 1, 'int32'))
      .add(new protobuf.Field('message', 2, 'string')),
  );
  return root;
}

const root = loadRoot();

/** The traces export: ExportTraceServiceRequest, answered by ExportTraceServiceResponse. */
export const TRACE_EXPORT = exportOf(root, 'trace', 'rejectedSpans');
/** The logs export: ExportLogsServiceRequest, answered by ExportLogsServiceResponse. */
export const LOGS_EXPORT = exportOf(root, 'logs', 'rejectedLogRecords');
root.resolveAll();

/** opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest */
export const ExportTraceServiceRequest = TRACE_EXPORT.request;
/** opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse */
export const ExportTraceServiceResponse = TRACE_EXPORT.response;
/** opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest */
export const ExportLogsServiceRequest = LOGS_EXPORT.request;
/** opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse */
export const ExportLogsServiceResponse = LOGS_EXPORT.response;
/** SeverityNumber's value names (SEVERITY_NUMBER_WARN...), which OTLP/JSON may send instead. */
export const SEVERITY_NUMBER_NAMES: Readonly<Record<string, number>> = root.lookupEnum(
  'opentelemetry.proto.logs.v1.SeverityNumber',
).values;
/** google.rpc.Status */
export const RpcStatus = root.lookupType('google.rpc.Status');
