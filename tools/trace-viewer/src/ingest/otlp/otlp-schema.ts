import { join } from 'node:path';
import * as protobuf from 'protobufjs';

// The .proto files sit beside this module in the source tree, and nest-cli.json's `assets` copies
// them beside its compiled form in dist/, so the same relative path works in both.
const PROTO_DIR = join(__dirname, 'proto');
const SERVICES = [
  'opentelemetry/proto/collector/trace/v1/trace_service.proto',
  'opentelemetry/proto/collector/logs/v1/logs_service.proto',
];

/** A signal's ExportXPartialSuccess message and the response that carries it. */
interface PartialSuccessShape {
  collector: string;
  type: string;
  rejectedField: string;
  response: string;
}

/** Declares an ExportXPartialSuccess and its response's `partial_success` field (number 1). */
function addPartialSuccess(root: protobuf.Root, shape: PartialSuccessShape): void {
  const collector = root.lookup(shape.collector) as protobuf.Namespace;
  collector.add(
    new protobuf.Type(shape.type)
      .add(new protobuf.Field(shape.rejectedField, 1, 'int64'))
      .add(new protobuf.Field('errorMessage', 2, 'string')),
  );
  collector.lookupType(shape.response).add(new protobuf.Field('partialSuccess', 1, shape.type));
}

function loadRoot(): protobuf.Root {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => join(PROTO_DIR, target);
  root.loadSync(SERVICES, { keepCase: false });

  // Fields added to opentelemetry-proto after the vendored release (see proto/README.md).
  const span = root.lookupType('opentelemetry.proto.trace.v1.Span');
  span.add(new protobuf.Field('flags', 16, 'fixed32'));
  span.lookupType('Link').add(new protobuf.Field('flags', 6, 'fixed32'));
  addPartialSuccess(root, {
    collector: 'opentelemetry.proto.collector.trace.v1',
    type: 'ExportTracePartialSuccess',
    rejectedField: 'rejectedSpans',
    response: 'ExportTraceServiceResponse',
  });
  addPartialSuccess(root, {
    collector: 'opentelemetry.proto.collector.logs.v1',
    type: 'ExportLogsPartialSuccess',
    rejectedField: 'rejectedLogRecords',
    response: 'ExportLogsServiceResponse',
  });

  // google.rpc.Status, the OTLP/HTTP error body (details left out: we never send any).
  const rpc = root.define('google.rpc');
  rpc.add(
    new protobuf.Type('Status')
      .add(new protobuf.Field('code', 1, 'int32'))
      .add(new protobuf.Field('message', 2, 'string')),
  );
  root.resolveAll();
  return root;
}

const root = loadRoot();

/** opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest */
export const ExportTraceServiceRequest = root.lookupType(
  'opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest',
);
/** opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse */
export const ExportTraceServiceResponse = root.lookupType(
  'opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse',
);
/** opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest */
export const ExportLogsServiceRequest = root.lookupType(
  'opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest',
);
/** opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse */
export const ExportLogsServiceResponse = root.lookupType(
  'opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse',
);
/** SeverityNumber's value names (SEVERITY_NUMBER_WARN...), which OTLP/JSON may send instead. */
export const SEVERITY_NUMBER_NAMES: Readonly<Record<string, number>> = root.lookupEnum(
  'opentelemetry.proto.logs.v1.SeverityNumber',
).values;
/** google.rpc.Status */
export const RpcStatus = root.lookupType('google.rpc.Status');
