import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Thrift } from 'thriftrw';
import { AttrList, AttrType, EMPTY_ATTRS } from '../store/attr-list';
import { DecodedBatch } from '../store/decoded-batch';
import { ModelInterner } from '../store/model-interner';
import { RefType, SpanOrigin, StoredLink, StoredSpan } from '../store/stored-span';
import { ThriftBatch, ThriftSpan, ThriftSpanRef, ThriftTag } from './jaeger-thrift-types';

/** Thrown for a body that is not a binary-protocol jaeger.Batch. */
export class ThriftDecodeError extends Error {}

// The IDL ships inside jaeger-client, which @opentelemetry/exporter-jaeger depends on.
function loadIdl(): string {
  const exporter = dirname(require.resolve('@opentelemetry/exporter-jaeger/package.json'));
  const client = dirname(require.resolve('jaeger-client/package.json', { paths: [exporter] }));
  return readFileSync(join(client, 'dist/src/jaeger-idl/thrift/jaeger.thrift'), 'utf8');
}

const thrift = new Thrift({ source: loadIdl(), allowOptionalArguments: true });
const BatchType = thrift.getType<ThriftBatch>('Batch');
const ZERO_ID = '0000000000000000';

function int64(buffer: Buffer | null): number | string {
  if (!buffer || buffer.length !== 8) return 0;
  const value = buffer.readBigInt64BE(0);
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : value.toString();
}

function hex(buffer: Buffer | null): string {
  return buffer && buffer.length === 8 ? buffer.toString('hex') : ZERO_ID;
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

function kindOf(attrs: AttrList): number {
  for (let i = 0; i < attrs.length; i += 3) {
    if (attrs[i] === 'span.kind') {
      const index = ['internal', 'server', 'client', 'producer', 'consumer'].indexOf(
        attrs[i + 2] as string,
      );
      return index + 1;
    }
  }
  return 0;
}

function hasErrorTag(attrs: AttrList): boolean {
  for (let i = 0; i < attrs.length; i += 3) {
    if (attrs[i] === 'error' && (attrs[i + 2] === true || attrs[i + 2] === 'true')) return true;
  }
  return false;
}

/** Decodes a jaeger.Batch (Thrift binary protocol) as POSTed to /api/traces. */
export function decodeJaegerThrift(body: Buffer, interner: ModelInterner): DecodedBatch {
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
  const decoded = new DecodedBatch();
  for (const span of batch.spans) {
    const traceId = traceIdOf(span.traceIdHigh, span.traceIdLow);
    const spanId = hex(span.spanId);
    if (/^0+$/.test(traceId)) {
      decoded.reject('invalid trace id');
      continue;
    }
    const parent = hex(span.parentSpanId);
    const parentSpanId = parent === ZERO_ID ? '' : parent;
    const attrs = readTags(span.tags, interner);
    decoded.push(
      traceId,
      new StoredSpan(
        spanId,
        parentSpanId,
        interner.name(span.operationName ?? ''),
        process,
        null,
        kindOf(attrs),
        Number(int64(span.startTime)),
        Number(int64(span.duration)),
        span.flags ?? 0,
        hasErrorTag(attrs) ? 2 : 0,
        '',
        '',
        attrs,
        (span.logs ?? []).length > 0
          ? span.logs!.map((log) => ({
              timeUs: Number(int64(log.timestamp)),
              name: '',
              attrs: readTags(log.fields, interner),
              droppedAttrs: 0,
            }))
          : null,
        readRefs(span, traceId, parentSpanId),
        0,
        0,
        0,
        SpanOrigin.JaegerThrift,
      ),
    );
  }
  return decoded;
}
