import { SpanStatusCode } from '@opentelemetry/api';
import { OTLP_SPAN_KIND_NAMES, spanKindFromOtlp } from '@tools/trace-model';
import { type AttrList, findAttr } from '../../model/attr-list';
import { SpanBatch } from '../../model/span-batch';
import {
  RefType,
  type RefTypeCode,
  SpanOrigin,
  type StoredEvent,
  type StoredLink,
} from '../../model/stored-span';
import { ZERO_SPAN_ID, isZeroId } from '../../model/trace-id';
import { OtlpDecodeError } from './otlp-decode.error';
import { type KeyValueLike, count, list, text } from './otlp-fields';
import { type ItemOrigin, OtlpRequestReader, type OtlpNesting } from './otlp-request.reader';

interface EventLike {
  timeUnixNano?: unknown;
  name?: unknown;
  attributes?: KeyValueLike[];
  droppedAttributesCount?: unknown;
}
interface LinkLike {
  traceId?: unknown;
  spanId?: unknown;
  traceState?: unknown;
  attributes?: KeyValueLike[];
  droppedAttributesCount?: unknown;
}
interface SpanLike {
  traceId?: unknown;
  spanId?: unknown;
  parentSpanId?: unknown;
  traceState?: unknown;
  name?: unknown;
  kind?: unknown;
  startTimeUnixNano?: unknown;
  endTimeUnixNano?: unknown;
  attributes?: KeyValueLike[];
  droppedAttributesCount?: unknown;
  events?: EventLike[];
  droppedEventsCount?: unknown;
  links?: LinkLike[];
  droppedLinksCount?: unknown;
  status?: { code?: unknown; message?: unknown } | null;
  flags?: unknown;
}

const TRACE_NESTING: OtlpNesting = {
  request: 'ExportTraceServiceRequest',
  resources: 'resourceSpans',
  scopes: 'scopeSpans',
  legacyScopes: 'instrumentationLibrarySpans',
  items: 'spans',
};

// OTLP's Status.StatusCode numbers its values as OpenTelemetry's SpanStatusCode does.
const STATUS_CODE_NAMES: Record<string, SpanStatusCode> = {
  STATUS_CODE_UNSET: SpanStatusCode.UNSET,
  STATUS_CODE_OK: SpanStatusCode.OK,
  STATUS_CODE_ERROR: SpanStatusCode.ERROR,
};

/** Walks a decoded ExportTraceServiceRequest into stored spans, rejecting spans with bad ids. */
export class OtlpSpanReader extends OtlpRequestReader<SpanLike, SpanBatch> {
  protected readonly nesting = TRACE_NESTING;

  protected newBatch(): SpanBatch {
    return new SpanBatch();
  }

  protected readItem(span: SpanLike, { process, scope }: ItemOrigin, batch: SpanBatch): void {
    const { codec } = this;
    const traceId = codec.id(span.traceId, 16);
    if (!traceId || isZeroId(traceId)) return batch.reject('invalid trace id');
    const spanId = codec.id(span.spanId, 8);
    if (!spanId || spanId === ZERO_SPAN_ID) return batch.reject('invalid span id');
    const parentSpanId = codec.id(span.parentSpanId, 8);
    if (parentSpanId === null) return batch.reject('invalid parent span id');
    const startUs = codec.micros(span.startTimeUnixNano);
    const endUs = codec.micros(span.endTimeUnixNano);
    const status = span.status ?? {};
    batch.push(traceId, {
      spanId,
      parentSpanId: parentSpanId === ZERO_SPAN_ID ? '' : parentSpanId,
      operationName: this.interner.name(text(span.name, 'span.name')),
      process,
      scope,
      kind: spanKindFromOtlp(codec.enumValue(span.kind, OTLP_SPAN_KIND_NAMES)),
      startUs,
      durationUs: Math.max(0, endUs - startUs),
      flags: typeof span.flags === 'number' ? span.flags : 0,
      statusCode: codec.enumValue(status.code, STATUS_CODE_NAMES),
      statusMessage: text(status.message, 'status.message'),
      traceState: text(span.traceState, 'traceState'),
      attrs: this.attrs(span.attributes),
      events: this.readEvents(span.events),
      links: this.readLinks(span.links),
      droppedAttrs: count(span.droppedAttributesCount),
      droppedEvents: count(span.droppedEventsCount),
      droppedLinks: count(span.droppedLinksCount),
      origin: SpanOrigin.Otlp,
    });
  }

  private readEvents(events: EventLike[] | undefined): StoredEvent[] | null {
    const items = list(events, 'events');
    if (items.length === 0) return null;
    return items.map((event) => ({
      timeUs: this.codec.micros(event.timeUnixNano),
      name: this.interner.name(text(event.name, 'event.name')),
      attrs: this.attrs(event.attributes),
      droppedAttrs: count(event.droppedAttributesCount),
    }));
  }

  private readLinks(links: LinkLike[] | undefined): StoredLink[] | null {
    const items = list(links, 'links');
    if (items.length === 0) return null;
    const out: StoredLink[] = [];
    for (const link of items) {
      const traceId = this.codec.id(link.traceId, 16);
      const spanId = this.codec.id(link.spanId, 8);
      if (!traceId || !spanId) throw new OtlpDecodeError('link with an invalid trace or span id');
      const attrs = this.attrs(link.attributes);
      out.push({
        traceId,
        spanId,
        traceState: text(link.traceState, 'link.traceState'),
        refType: refTypeOf(attrs),
        attrs,
        droppedAttrs: count(link.droppedAttributesCount),
      });
    }
    return out;
  }
}

/** OpenTracing bridges mark a link's type in `opentracing.ref_type`; links default to FOLLOWS_FROM. */
function refTypeOf(attrs: AttrList): RefTypeCode {
  return findAttr(attrs, 'opentracing.ref_type') === 'child_of'
    ? RefType.ChildOf
    : RefType.FollowsFrom;
}
