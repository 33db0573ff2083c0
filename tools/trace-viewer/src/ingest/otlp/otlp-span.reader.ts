import { SpanStatusCode } from '@opentelemetry/api';
import { OTLP_SPAN_KIND_NAMES, spanKindFromOtlp } from '@tools/trace-model';
import { type AttrList, findAttr } from '../../model/attr-list';
import type { ModelInterner } from '../../model/model-interner';
import type { ProcessInfo, ScopeInfo } from '../../model/process-info';
import { SpanBatch } from '../../model/span-batch';
import {
  RefType,
  type RefTypeCode,
  SpanOrigin,
  type StoredEvent,
  type StoredLink,
} from '../../model/stored-span';
import { ZERO_SPAN_ID, isZeroId } from '../../model/trace-id';
import type { OtlpCodec } from './otlp-codec';
import { OtlpDecodeError } from './otlp-decode.error';
import { type KeyValueLike, count, list, text } from './otlp-fields';
import { OtlpResourceReader, type OtlpNesting } from './otlp-resource.reader';

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
export class OtlpSpanReader {
  private readonly common: OtlpResourceReader;

  constructor(
    private readonly codec: OtlpCodec,
    private readonly interner: ModelInterner,
  ) {
    this.common = new OtlpResourceReader(codec, interner);
  }

  read(request: unknown): SpanBatch {
    const batch = new SpanBatch();
    this.common.forEachItem<SpanLike>(request, TRACE_NESTING, (span, { process, scope }) =>
      this.readSpan(span, process, scope, batch),
    );
    return batch;
  }

  private readSpan(
    span: SpanLike,
    process: ProcessInfo,
    scope: ScopeInfo | null,
    batch: SpanBatch,
  ): void {
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
      attrs: this.common.attrs(span.attributes),
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
      attrs: this.common.attrs(event.attributes),
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
      const attrs = this.common.attrs(link.attributes);
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
