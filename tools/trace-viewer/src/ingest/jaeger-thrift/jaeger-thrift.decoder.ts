import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { Thrift } from 'thriftrw';
import { spanKindFromName } from '@tools/trace-model';
import { type AttrList, AttrType, EMPTY_ATTRS, findAttr } from '../../model/attr-list';
import type { ModelInterner } from '../../model/model-interner';
import { SpanBatch } from '../../model/span-batch';
import { RefType, SpanOrigin, type StoredLink } from '../../model/stored-span';
import { ZERO_SPAN_ID, isZeroId } from '../../model/trace-id';
import type { ThriftBatch, ThriftSpan, ThriftSpanRef, ThriftTag } from './jaeger-thrift.types';
import { ThriftDecodeError } from './thrift-decode.error';

// The IDL ships inside jaeger-client, which @opentelemetry/exporter-jaeger depends on.
function loadIdl(): string {
  const exporter = dirname(require.resolve('@opentelemetry/exporter-jaeger/package.json'));
  const client = dirname(require.resolve('jaeger-client/package.json', { paths: [exporter] }));
  return readFileSync(join(client, 'dist/src/jaeger-idl/thrift/jaeger.thrift'), 'utf8');
}

const thrift = new Thrift({ source: loadIdl(), allowOptionalArguments: true });
const BatchType = thrift.getType<ThriftBatch>('Batch');

function int64(buffer: Buffer | null): number | string {
  if (!buffer || buffer.length !== 8) return 0;
  const value = buffer.readBigInt64BE(0);
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : value.toString();
}

function hex(buffer: Buffer | null): string {
  return buffer && buffer.length === 8 ? buffer.toString('hex') : ZERO_SPAN_ID;
}

/** Jaeger prints a trace id without its high half when that half is zero. */
function traceIdOf(high: Buffer, low: Buffer): string {
  return hex(high) + hex(low);
}

function readTags(tags: ThriftTag[] | null, interner: ModelInterner): AttrList {
  if (!tags || tags.length === 0) return EMPTY_ATTRS;
  const out: AttrList = [];
  for (const tag of tags) {
    const key = interner.name(tag.key);
    switch (tag.vType) {
      case 'DOUBLE':
        out.push(key, AttrType.Double, tag.vDouble ?? 0);
        break;
      case 'BOOL':
        out.push(key, AttrType.Bool, tag.vBool === true);
        break;
      case 'LONG':
        out.push(key, AttrType.Int, int64(tag.vLong));
        break;
      case 'BINARY':
        out.push(key, AttrType.Bytes, (tag.vBinary ?? Buffer.alloc(0)).toString('base64'));
        break;
      default:
        out.push(key, AttrType.String, interner.value(tag.vStr ?? ''));
    }
  }
  return out;
}

function readRefs(span: ThriftSpan, traceId: string, parentSpanId: string): StoredLink[] | null {
  const refs: StoredLink[] = (span.references ?? []).map((ref: ThriftSpanRef) => ({
    traceId: traceIdOf(ref.traceIdHigh, ref.traceIdLow),
    spanId: hex(ref.spanId),
    traceState: '',
    refType: ref.refType === 'CHILD_OF' ? RefType.ChildOf : RefType.FollowsFrom,
    attrs: EMPTY_ATTRS,
    droppedAttrs: 0,
  }));
  // As Jaeger's model.MaybeAddParentSpanID: the parent becomes the first CHILD_OF reference.
  if (parentSpanId && !refs.some((ref) => ref.spanId === parentSpanId && ref.traceId === traceId)) {
    refs.unshift({
      traceId,
      spanId: parentSpanId,
      traceState: '',
      refType: RefType.ChildOf,
      attrs: EMPTY_ATTRS,
      droppedAttrs: 0,
    });
  }
  return refs.length > 0 ? refs : null;
}

function kindOf(attrs: AttrList): SpanKind | undefined {
  const value = findAttr(attrs, 'span.kind');
  return typeof value === 'string' ? spanKindFromName(value) : undefined;
}

function hasErrorTag(attrs: AttrList): boolean {
  const value = findAttr(attrs, 'error');
  return value === true || value === 'true';
}

/** Decodes a jaeger.Batch (Thrift binary protocol) as POSTed to /api/traces. */
export function decodeJaegerThrift(body: Buffer, interner: ModelInterner): SpanBatch {
  let batch: ThriftBatch;
  try {
    const result = BatchType.rw.readFrom(body, 0);
    if (result.err) throw result.err;
    batch = result.value;
  } catch (error) {
    throw new ThriftDecodeError(`invalid Thrift jaeger.Batch: ${(error as Error).message}`);
  }
  if (!batch?.process || !Array.isArray(batch.spans)) {
    throw new ThriftDecodeError('invalid Thrift jaeger.Batch: missing process or spans');
  }
  const process = interner.process(
    batch.process.serviceName ?? '',
    readTags(batch.process.tags, interner),
  );
  const decoded = new SpanBatch();
  for (const span of batch.spans) {
    const traceId = traceIdOf(span.traceIdHigh, span.traceIdLow);
    const spanId = hex(span.spanId);
    if (isZeroId(traceId)) {
      decoded.reject('invalid trace id');
      continue;
    }
    const parent = hex(span.parentSpanId);
    const parentSpanId = parent === ZERO_SPAN_ID ? '' : parent;
    const attrs = readTags(span.tags, interner);
    const logs = span.logs ?? [];
    decoded.push(traceId, {
      spanId,
      parentSpanId,
      operationName: interner.name(span.operationName ?? ''),
      process,
      scope: null,
      kind: kindOf(attrs),
      startUs: Number(int64(span.startTime)),
      durationUs: Number(int64(span.duration)),
      flags: span.flags ?? 0,
      statusCode: hasErrorTag(attrs) ? SpanStatusCode.ERROR : SpanStatusCode.UNSET,
      statusMessage: '',
      traceState: '',
      attrs,
      events:
        logs.length > 0
          ? logs.map((log) => ({
              timeUs: Number(int64(log.timestamp)),
              name: '',
              attrs: readTags(log.fields, interner),
              droppedAttrs: 0,
            }))
          : null,
      links: readRefs(span, traceId, parentSpanId),
      droppedAttrs: 0,
      droppedEvents: 0,
      droppedLinks: 0,
      origin: SpanOrigin.JaegerThrift,
    });
  }
  return decoded;
}
