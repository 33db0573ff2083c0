import { SpanStatusCode } from '@opentelemetry/api';
import { OTLP_SPAN_KIND_NAMES, spanKindFromOtlp } from '@app/trace-model';
import { type AttrList, EMPTY_ATTRS, findAttr } from '../../model/attr-list';
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

interface KeyValueLike {
  key?: unknown;
  value?: unknown;
}
interface ScopeLike {
  name?: unknown;
  version?: unknown;
}
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
interface ScopeSpansLike {
  scope?: ScopeLike | null;
  instrumentationLibrary?: ScopeLike | null;
  spans?: SpanLike[];
}
interface ResourceSpansLike {
  resource?: { attributes?: KeyValueLike[] } | null;
  scopeSpans?: ScopeSpansLike[];
  instrumentationLibrarySpans?: ScopeSpansLike[];
}
/** The parts of an ExportTraceServiceRequest the viewer reads, in either encoding. */
export interface ExportRequestLike {
  resourceSpans?: ResourceSpansLike[];
}

// OTLP's Status.StatusCode numbers its values as OpenTelemetry's SpanStatusCode does.
const STATUS_CODE_NAMES: Record<string, SpanStatusCode> = {
  STATUS_CODE_UNSET: SpanStatusCode.UNSET,
  STATUS_CODE_OK: SpanStatusCode.OK,
  STATUS_CODE_ERROR: SpanStatusCode.ERROR,
};
const NO_SERVICE_NAME = 'OTLPResourceNoServiceName';

function list<T>(value: T[] | undefined | null, what: string): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new OtlpDecodeError(`${what} must be an array`);
  return value;
}

function text(value: unknown, what: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new OtlpDecodeError(`${what} must be a string`);
  return value;
}

function count(value: unknown): number {
  return typeof value === 'number' && value > 0 ? value : 0;
}

/** Walks a decoded ExportTraceServiceRequest into stored spans, rejecting spans with bad ids. */
export class OtlpSpanReader {
  constructor(
    private readonly codec: OtlpCodec,
    private readonly interner: ModelInterner,
  ) {}

  read(request: ExportRequestLike): SpanBatch {
    if (typeof request !== 'object' || request === null || Array.isArray(request)) {
      throw new OtlpDecodeError('request must be an ExportTraceServiceRequest object');
    }
    const batch = new SpanBatch();
    for (const resourceSpans of list(request.resourceSpans, 'resourceSpans')) {
      const process = this.readProcess(resourceSpans.resource?.attributes);
      const scopeLists = [
        ...list(resourceSpans.scopeSpans, 'scopeSpans'),
        ...list(resourceSpans.instrumentationLibrarySpans, 'instrumentationLibrarySpans'),
      ];
      for (const scopeSpans of scopeLists) {
        const scopeLike = scopeSpans.scope ?? scopeSpans.instrumentationLibrary;
        const scope = this.interner.scope(
          text(scopeLike?.name, 'scope.name'),
          text(scopeLike?.version, 'scope.version'),
        );
        for (const span of list(scopeSpans.spans, 'spans')) {
          this.readSpan(span, process, scope, batch);
        }
      }
    }
    return batch;
  }

  private readProcess(attributes: KeyValueLike[] | undefined): ProcessInfo {
    const all = this.readAttrs(attributes);
    let serviceName = NO_SERVICE_NAME;
    const tags: AttrList = [];
    for (let i = 0; i < all.length; i += 3) {
      if (all[i] === 'service.name' && typeof all[i + 2] === 'string') {
        serviceName = all[i + 2] as string;
      } else {
        tags.push(all[i], all[i + 1], all[i + 2]);
      }
    }
    return this.interner.process(serviceName, tags);
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
      attrs: this.readAttrs(span.attributes),
      events: this.readEvents(span.events),
      links: this.readLinks(span.links),
      droppedAttrs: count(span.droppedAttributesCount),
      droppedEvents: count(span.droppedEventsCount),
      droppedLinks: count(span.droppedLinksCount),
      origin: SpanOrigin.Otlp,
    });
  }

  private readAttrs(attributes: KeyValueLike[] | undefined): AttrList {
    const items = list(attributes, 'attributes');
    if (items.length === 0) return EMPTY_ATTRS;
    const out: AttrList = [];
    for (const item of items) {
      const key = this.interner.name(text(item.key, 'attribute key'));
      this.codec.pushAttr(out, key, item.value, this.interner);
    }
    return out;
  }

  private readEvents(events: EventLike[] | undefined): StoredEvent[] | null {
    const items = list(events, 'events');
    if (items.length === 0) return null;
    return items.map((event) => ({
      timeUs: this.codec.micros(event.timeUnixNano),
      name: this.interner.name(text(event.name, 'event.name')),
      attrs: this.readAttrs(event.attributes),
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
      const attrs = this.readAttrs(link.attributes);
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
