import { join } from 'node:path';
import * as protobuf from 'protobufjs';

// The .proto files sit beside this module in the source tree, and nest-cli.json's `assets` copies
// them beside its compiled form in dist/, so the same relative path works in both.
const PROTO_DIR = join(__dirname, 'proto');
const TRACE_SERVICE = 'opentelemetry/proto/collector/trace/v1/trace_service.proto';

function loadRoot(): protobuf.Root {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => join(PROTO_DIR, target);
  root.loadSync(TRACE_SERVICE, { keepCase: false });

  // Fields added to opentelemetry-proto after the vendored release (see proto/README.md).
  const span = root.lookupType('opentelemetry.proto.trace.v1.Span');
  span.add(new protobuf.Field('flags', 16, 'fixed32'));
  span.lookupType('Link').add(new protobuf.Field('flags', 6, 'fixed32'));
  const collector = root.lookup('opentelemetry.proto.collector.trace.v1') as protobuf.Namespace;
  const partialSuccess = new protobuf.Type('ExportTracePartialSuccess')
    .add(new protobuf.Field('rejectedSpans', 1, 'int64'))
    .add(new protobuf.Field('errorMessage', 2, 'string'));
  collector.add(partialSuccess);
  collector
    .lookupType('ExportTraceServiceResponse')
    .add(new protobuf.Field('partialSuccess', 1, 'ExportTracePartialSuccess'));

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
/** google.rpc.Status */
export const RpcStatus = root.lookupType('google.rpc.Status');
